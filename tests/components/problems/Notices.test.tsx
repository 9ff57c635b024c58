// What a link got wrong, in the reader's words: a slider by its name and in its unit.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../../src/i18n/strings';
import { describeNotice } from '../../../src/components/problems/Notices';
import { compileStructure } from '../../../src/model/structure';
import { decodeState } from '../../../src/state/urlState';
import type { Lang } from '../../../src/model/types';
import { defaultDataset } from '../renderApp';

const dataset = defaultDataset();
const said = (search: string, lang: Lang) =>
  decodeState(search, dataset, compileStructure(dataset).origins, lang).notices.map((notice) => describeNotice(notice, lang, dataset));

beforeAll(() => Promise.all([loadLanguage('en'), loadLanguage('zh-TW')]));

describe('a notice of what a link got wrong', () => {
  // A reader's review: "改用 100" reads as 100 億美元 (US$10B), where the slider's 100 is US$100B.
  it('says a slider’s clamped value in its unit, with its name and range', () => {
    expect(said('?p.nvidia-openai=999999', 'zh-TW')).toEqual([
      'p.nvidia-openai=999999 超出「輝達 → OpenAI 投資」的範圍（0 美元 – 1,000 億美元），改用 1,000 億美元。',
    ]);
    expect(said('?p.nvidia-openai=250', 'en')).toEqual([
      'p.nvidia-openai=250 is outside the range of “Nvidia → OpenAI investment” (US$0 – US$100B), so US$100B is used.',
    ]);
    expect(said('?p.debt=-2', 'en')).toEqual([
      'p.debt=-2 is outside the range of “Lending (share of reported)” (0% – 100%), so 0% is used.',
    ]);
  });

  it('says how a link sets a slider named without its prefix, and which years there are', () => {
    expect(said('?nvidia-openai=50', 'en')).toEqual(['Ignored “nvidia-openai”: a link sets this slider as “p.nvidia-openai”.']);
    expect(said('?year=1999', 'zh-TW')).toEqual(['已忽略 year=1999：這份資料集的年度為 2025、2026、2027、2028。']);
    expect(said('?sideways=1', 'en')).toEqual(['Ignored “sideways”: not a setting of this chart.']);
  });
});
