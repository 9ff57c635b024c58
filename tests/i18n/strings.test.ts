import { describe, expect, it } from 'vitest';
import { KIND_LABELS, STATUS_LABELS, STRINGS, pickText, translate } from '../../src/i18n/strings';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const en = STRINGS.en;
    const zh = STRINGS['zh-TW'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('labels every status and flow kind in both languages', () => {
    expect(Object.keys(STATUS_LABELS['zh-TW']).sort()).toEqual(Object.keys(STATUS_LABELS.en).sort());
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
