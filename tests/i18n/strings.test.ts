import { USD_BILLIONS, formatMoney } from '../../src/model/format';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { KIND_LABELS } from '../../src/i18n/datasetLabels';
import { isLanguageLoaded, loadLanguage, pickText, translate } from '../../src/i18n/strings';
import { unitLabel } from '../../src/i18n/unitLabel';
import { money } from '../../src/model/units';
import { zhTW } from '../../src/i18n/zhTW';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const zh = zhTW;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('loads each language when asked and translates with its words', async () => {
    await Promise.all([loadLanguage('en'), loadLanguage('zh-TW')]);
    expect(isLanguageLoaded('en')).toBe(true);
    expect(isLanguageLoaded('zh-TW')).toBe(true);
    expect(translate('en', 'view.loop')).toBe(en['view.loop']);
    expect(translate('zh-TW', 'view.loop')).toBe(zhTW['view.loop']);
  });

  // (Every status's words in both languages are held by their types: see provenanceText.ts.)
  it('labels every flow kind in both languages', () => {
    expect(Object.keys(KIND_LABELS['zh-TW']).sort()).toEqual(Object.keys(KIND_LABELS.en).sort());
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'play.round', { round: 2, total: 4 })).toBe('Round 2 of 4');
    expect(translate('zh-TW', 'play.round', { round: 2 })).toBe('第 2 輪，共 {total} 輪');
  });

  it('falls back to the other language, flagged, never to nothing', () => {
    expect(pickText({ en: 'OpenAI' }, 'zh-TW')).toEqual({ text: 'OpenAI', fallback: true });
    expect(pickText({ 'zh-TW': '輝達', en: '  ' }, 'en')).toEqual({ text: '輝達', fallback: true });
    expect(pickText({ en: 'Nvidia', 'zh-TW': '輝達' }, 'zh-TW')).toEqual({ text: '輝達', fallback: false });
  });
});

describe('chart label names', () => {
  it('tag a name shown in the other language', async () => {
    const { entityLabelName } = await import('../../src/i18n/chartText');
    const { smallLoop } = await import('../model/fixtures');
    const ds = smallLoop();
    ds.entities[1]!.label = { en: 'Startup' };
    ds.entities[2]!.label = { en: 'Cloud', 'zh-TW': '雲端' };
    expect(entityLabelName(ds, 1, 'zh-TW')).toBe('Startup（EN）');
    expect(entityLabelName(ds, 2, 'zh-TW')).toBe('雲端');
    ds.entities[3]!.label = { 'zh-TW': '晶片商' };
    expect(entityLabelName(ds, 3, 'en')).toBe('晶片商 (中)');
  });

  it('names in Chinese the unit every Chinese figure is written in (億美元, not 十億美元)', () => {
    const written = formatMoney(money(30), 'zh-TW', USD_BILLIONS);
    const unit = unitLabel({ currency: 'USD', unit: 'US$ billions' }, 'zh-TW');
    expect(written.endsWith(unit)).toBe(true);
    expect(unit).toBe('億美元');
  });
});
