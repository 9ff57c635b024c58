import { pathRound } from 'd3-path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RoundedPath } from '../../src/layout/roundedPath';

type Call = ['moveTo' | 'lineTo', number, number] | ['quadraticCurveTo', number, number, number, number] | ['bezierCurveTo', ...number[]];

const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const call: fc.Arbitrary<Call> = fc.oneof(
  fc.tuple(fc.constantFrom('moveTo' as const, 'lineTo' as const), coordinate, coordinate),
  fc.tuple(fc.constant('quadraticCurveTo' as const), coordinate, coordinate, coordinate, coordinate),
  fc.tuple(fc.constant('bezierCurveTo' as const), coordinate, coordinate, coordinate, coordinate, coordinate, coordinate),
);

function trace(context: Record<Call[0], (...args: number[]) => void>, calls: Call[]): void {
  for (const [name, ...args] of calls) context[name](...args);
}

describe('RoundedPath', () => {
  it('writes the same path data as d3-path pathRound, for any calls and any of 0–3 decimals', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (calls, digits) => {
        const ours = new RoundedPath(digits);
        const theirs = pathRound(digits);
        trace(ours, calls);
        trace(theirs as unknown as Record<Call[0], (...args: number[]) => void>, calls);
        expect(ours.toString()).toBe(theirs.toString());
      }),
      { numRuns: 500 },
    );
  });
});
