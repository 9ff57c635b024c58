import { describe, expect, it } from 'vitest';
import { sixtyHertz, wholeFrames } from '../../scripts/bench/frames.mjs';

// The bench's frames (scripts/bench/frames.mjs): the browser's frame stamps read as whole frames of a 60 Hz display.
describe('the bench reads frame stamps as whole frames', () => {
  it('counts an interval as the frames it spans, whatever the timer rounded it to', () => {
    const { times, missed, spanned } = wholeFrames([16.6, 16.7, 16.8, 33.2, 33.4, 50.1, 16.7]);
    expect(times.map((t) => Math.round(t * 100) / 100)).toEqual([16.67, 16.67, 16.67, 33.33, 33.33, 50, 16.67]);
    expect(missed).toBe(4);
    expect(spanned).toBe(11);
  });

  it('gives nine frames as 150 ms exactly (a target of 150 ms is met by nine frames)', () => {
    expect(wholeFrames([16.7, 16.6, 150.1]).times[2]).toBe(150);
  });

  it('reads a slow drag, whose every frame spans several, as those frames', () => {
    expect(wholeFrames([33.3, 83.4, 66.6]).missed).toBe(8);
  });

  it('stops on frames off the 60 Hz beat, and when an idle page does not get a frame every 16.7 ms', () => {
    expect(() => wholeFrames([16.7, 25.1])).toThrow(/not a whole number of 60 Hz frames/);
    expect(() => wholeFrames([8.3, 8.4])).toThrow(/not a whole number of 60 Hz frames/);
    expect(() => sixtyHertz([33.3, 33.4, 33.3])).toThrow(/not at 60 Hz/);
    expect(() => sixtyHertz([16.7, 16.6, 33.3])).not.toThrow();
  });
});
