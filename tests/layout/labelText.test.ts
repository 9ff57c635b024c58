import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateTextWidth, labelVariants, wrapInTwo } from '../../src/layout/labelText';
import { wrapBalanced, wrapLines } from '../../src/layout/wrapLines';

const measure = (text: string) => text.length;

/** Up to twelve pieces of a chart's names and amounts, English and Chinese, for the wrapping properties. */
const wordLists = fc.array(fc.constantFrom('Nvidia', 'OpenAI', '→', '(0%', '–', '100%)', '輝達', '資金', '（自有', '資金）', '億美元'), {
  maxLength: 12,
});

describe('label wordings', () => {
  it('tries the full name, the short name, then each wrapped, each with the amount whole and split at its " · "', () => {
    const variants = labelVariants({ name: 'Frontier lab', short: 'Lab one', amount: 'gross 2 · net 1' }, measure);
    expect(variants.map((v) => [v.name.join('|'), v.amount.join('|')])).toEqual([
      ['Frontier lab', 'gross 2 · net 1'],
      ['Frontier lab', 'gross 2|net 1'],
      ['Lab one', 'gross 2 · net 1'],
      ['Lab one', 'gross 2|net 1'],
      ['Frontier|lab', 'gross 2 · net 1'],
      ['Frontier|lab', 'gross 2|net 1'],
      ['Lab|one', 'gross 2 · net 1'],
      ['Lab|one', 'gross 2|net 1'],
    ]);
    expect(labelVariants({ name: 'Nvidia', short: 'Nvidia', amount: '$1' }, measure)).toEqual([{ name: ['Nvidia'], amount: ['$1'] }]);
  });

  it('tries two wordings that read the same only once: the first', () => {
    // The name and the short name differ, but both wrap to the same two lines.
    const variants = labelVariants({ name: 'Ab  cd', short: 'Ab cd', amount: 'x · y' }, measure);
    expect(variants.map((v) => [v.name.join('|'), v.amount.join('|')])).toEqual([
      ['Ab  cd', 'x · y'],
      ['Ab  cd', 'x|y'],
      ['Ab cd', 'x · y'],
      ['Ab cd', 'x|y'],
      ['Ab|cd', 'x · y'],
      ['Ab|cd', 'x|y'],
    ]);
  });

  it('wraps at the space or CJK break that makes the lines most even, never before closing or after opening punctuation', () => {
    expect(wrapInTwo('Bond markets and banks', measure)).toEqual(['Bond markets', 'and banks']);
    expect(wrapInTwo('雲端業者其他成本', measure)).toEqual(['雲端業者', '其他成本']);
    expect(wrapInTwo('輝達（自有資金）', measure)).toEqual(['輝達', '（自有資金）']);
    expect(wrapInTwo('CoreWeave', measure)).toBeNull();
  });

  it('wraps a long text on as many lines as it needs, full ones, breaking where a name may break', () => {
    expect(wrapLines('Nvidia → OpenAI investment (US$0 – US$100B)', 20, measure)).toEqual([
      'Nvidia → OpenAI',
      'investment (US$0 –',
      'US$100B)',
    ]);
    // Not after an opening bracket, nor before a closing one.
    expect(wrapLines('其他投資人 → OpenAI（2026 年募資）', 14, measure)).toEqual(['其他投資人 → OpenAI', '（2026 年募資）']);
    expect(wrapLines('short', 20, measure)).toEqual(['short']);
    expect(wrapLines('  abc def', 4, measure)).toEqual(['abc', 'def']);
    expect(wrapLines('   ', 4, measure)).toEqual([]);
    expect(wrapLines('abc \n\t def', 20, measure)).toEqual(['abc def']);
    expect(wrapLines('Unbreakable-piece-of-text', 5, measure)).toEqual(['Unbreakable-piece-of-text']);
  });

  it('keeps every character, and every line within the width unless one piece is wider', () => {
    fc.assert(
      fc.property(wordLists, fc.integer({ min: 4, max: 40 }), (parts, width) => {
        const text = parts.join(' ');
        const lines = wrapLines(text, width, measure);
        expect(lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        for (const line of lines) if (measure(line) > width) expect(line.includes(' ')).toBe(false);
      }),
    );
  });

  it('balances wrapped lines: as many as full lines need, none left with a lone character', () => {
    const text = '真正的客戶：讓循環持續運轉的力量';
    expect(wrapLines(text, 15, measure)).toEqual(['真正的客戶：讓循環持續運轉的力', '量']);
    expect(wrapBalanced(text, 15, measure)).toEqual(['真正的客戶：讓循', '環持續運轉的力量']);
    expect(wrapBalanced('short', 20, measure)).toEqual(['short']);
  });

  it('balances to the same line count and characters as full lines, each line no wider than full ones allow', () => {
    fc.assert(
      fc.property(wordLists, fc.integer({ min: 4, max: 40 }), (parts, width) => {
        const text = parts.join(' ');
        const full = wrapLines(text, width, measure);
        const balanced = wrapBalanced(text, width, measure);
        expect(balanced).toHaveLength(full.length);
        expect(balanced.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        const widest = (lines: string[]) => Math.max(0, ...lines.map(measure));
        expect(widest(balanced)).toBeLessThanOrEqual(widest(full));
      }),
    );
  });

  it('measures bold Latin 10% wider, and CJK as wide (as Chromium draws the names)', () => {
    expect(estimateTextWidth('Bond markets', 12, true)).toBeCloseTo(estimateTextWidth('Bond markets', 12) * 1.1, 9);
    expect(estimateTextWidth('債券市場', 12, true)).toBe(estimateTextWidth('債券市場', 12));
    expect(estimateTextWidth('TPU、博通', 12, true) - estimateTextWidth('TPU、博通', 12)).toBeCloseTo(
      estimateTextWidth('TPU', 12) * 0.1,
      9,
    );
  });
});
