import { describe, expect, it, vi } from 'vitest';
import { memoSteps } from '../../src/i18n/memoSteps';

describe('memoSteps', () => {
  it('answers from the last entry made or the one kept, keeps what the last call answered with, and nothing more', () => {
    const { memo, keep } = memoSteps();
    const fn = vi.fn((a: object, b: number) => ({ a, b }));
    const double = memo(fn);
    const x = {};
    const shown = double(x, 1);
    keep();
    const newer = double(x, 2);
    // The kept entry answers without calling, and the last one made stays.
    expect(double(x, 1)).toBe(shown);
    expect(double(x, 2)).toBe(newer);
    expect(fn).toHaveBeenCalledTimes(2);
    // Answered from the kept entry, then kept: the last one made is still there.
    double(x, 1);
    keep();
    expect(double(x, 2)).toBe(newer);
    expect(double(x, 1)).toBe(shown);
    // Same arguments by identity, not by value.
    expect(double({}, 1)).not.toBe(shown);
    // Two entries only, the one kept and the last one made: the first is let go.
    keep();
    double(x, 3);
    expect(double(x, 1)).not.toBe(shown);
  });

  it('keeps every memoised function at once', () => {
    const { memo, keep } = memoSteps();
    const first = memo((n: number) => ({ n }));
    const second = memo((n: number) => ({ n }));
    const kept = [first(1), second(1)];
    keep();
    first(2);
    second(2);
    expect([first(1), second(1)]).toEqual(kept);
    expect(first(1)).toBe(kept[0]);
    expect(second(1)).toBe(kept[1]);
  });
});
