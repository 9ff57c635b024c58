import { describe, expect, it } from 'vitest';
import { scratch } from '../../src/model/scratch';

describe('scratch', () => {
  it('hands out zeroes every time, in the same memory while it is large enough', () => {
    const first = scratch('reach', 8);
    first.fill(7);
    const again = scratch('reach', 5);
    expect([...again]).toEqual([0, 0, 0, 0, 0]);
    expect(again.buffer).toBe(first.buffer);
    // Larger than before: new memory, kept from then on.
    const larger = scratch('reach', 16);
    expect(larger.buffer).not.toBe(first.buffer);
    expect(scratch('reach', 3).buffer).toBe(larger.buffer);
  });

  it('keeps slots apart', () => {
    const units = scratch('units', 4);
    expect(scratch('reach', 4).buffer).not.toBe(units.buffer);
  });
});
