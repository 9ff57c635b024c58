import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utf8Length } from '../../src/model/utf8Length';
import { sizeProblem } from '../../src/model/parseDataset';
import { MAX_DATASET_BYTES } from '../../src/model/limits';

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe('utf8Length', () => {
  it('counts what TextEncoder writes, for any text (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === encoded(text)));
    // Any UTF-16 units, surrogates often side by side: pairs, and unpaired high and low ones in every order.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.constantFrom(0x7f, 0x80, 0x7ff, 0x800, 0xdbff, 0xdc00, 0xdfff, 0xe000),
    );
    const units = fc.array(unit, { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));
    fc.assert(fc.property(units, (text) => utf8Length(text) === encoded(text)));
  });

  it('counts one to four bytes a character, and 3 for a lone surrogate', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('號')).toBe(3);
    expect(utf8Length('💰')).toBe(4);
    expect(utf8Length('\ud83d')).toBe(3);
    expect(utf8Length('\udcb0\ud83d')).toBe(6);
    expect(utf8Length('\ud83d' + 'a')).toBe(4);
    // Two highs or two lows are not a pair; a low then a high neither.
    expect(utf8Length('\ud83d\ud83d')).toBe(6);
    expect(utf8Length('\udcb0\udcb0')).toBe(6);
    expect(utf8Length('\ud83d\ud83d\udcb0')).toBe(7);
  });
});

describe('sizeProblem', () => {
  it('counts bytes, not characters, near the limit', () => {
    // A third of the limit in 3-byte characters is exactly at it; one character more is over.
    const third = Math.floor(MAX_DATASET_BYTES / 3);
    const pad = 'x'.repeat(MAX_DATASET_BYTES - 3 * third);
    expect(sizeProblem('號'.repeat(third) + pad)).toBeUndefined();
    expect(sizeProblem('號'.repeat(third) + pad + 'x')).toMatchObject({ code: 'file-too-large', params: { bytes: MAX_DATASET_BYTES + 1 } });
    // Just past the limit, in 4-byte pairs (2 units each).
    const pairs = Math.floor(MAX_DATASET_BYTES / 4) + 1;
    expect(sizeProblem('💰'.repeat(pairs))).toMatchObject({ params: { bytes: 4 * pairs } });
  });
});
