import { describe, expect, it } from 'vitest';
import { scratch } from '../../src/model/scratch';

describe('scratch', () => {
  it('hands out zeroes every time, in the same memory while it is large enough', () => {
    const owner = {};
    const first = scratch(owner, 'reach', 8);
    first.fill(7);
    const again = scratch(owner, 'reach', 5);
    expect([...again]).toEqual([0, 0, 0, 0, 0]);
    expect(again.buffer).toBe(first.buffer);
    // Larger than before: new memory, kept from then on.
    const larger = scratch(owner, 'reach', 16);
    expect(larger.buffer).not.toBe(first.buffer);
    expect(scratch(owner, 'reach', 3).buffer).toBe(larger.buffer);
  });

  it('keeps slots and owners apart', () => {
    const [a, b] = [{}, {}];
    const units = scratch(a, 'units', 4);
    expect(scratch(a, 'reach', 4).buffer).not.toBe(units.buffer);
    expect(scratch(b, 'units', 4).buffer).not.toBe(units.buffer);
  });
});
