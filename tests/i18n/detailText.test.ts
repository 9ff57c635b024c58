import { describe, expect, it } from 'vitest';
import { DETAIL_STRINGS, detailText } from '../../src/i18n/detailText';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the round-trip table’s and the sensitivity chart’s strings', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const { en, 'zh-TW': zh } = DETAIL_STRINGS;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(detailText('zh-TW', 'sensitivity.points', { points: '5.2' })).toBe('5.2 個百分點');
  });
});
