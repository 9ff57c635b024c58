import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { utf8Length } from '../../src/model/utf8Length';
import { sizeProblem } from '../../src/model/parseDataset';
import { MAX_DATASET_BYTES } from '../../src/model/limits';

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe('utf8Length', () => {
  it('counts what TextEncoder writes, for any text (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === encoded(text)));
    // Any UTF-16 units at all: unpaired high and low surrogates, in every order.
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));
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
  });
});

describe('sizeProblem', () => {
  it('counts bytes, not characters, near the limit', () => {
    // A third of the limit in 3-byte characters is exactly at it; one character more is over.
    const third = Math.floor(MAX_DATASET_BYTES / 3);
    const pad = 'x'.repeat(MAX_DATASET_BYTES - 3 * third);
    expect(sizeProblem('號'.repeat(third) + pad)).toBeUndefined();
    expect(sizeProblem('號'.repeat(third) + pad + 'x')).toMatchObject({ code: 'file-too-large', params: { bytes: MAX_DATASET_BYTES + 1 } });
    // Just past what needs no counting, in 4-byte pairs (2 units each).
    const pairs = Math.floor(MAX_DATASET_BYTES / 4) + 1;
    expect(sizeProblem('💰'.repeat(pairs))).toMatchObject({ params: { bytes: 4 * pairs } });
  });
});
