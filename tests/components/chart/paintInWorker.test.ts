// A painting worker paints the newest frame when it is free; a frame of a canvas since replaced is
// dropped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcePaintedWithFrame, paintNewest } from '../../../src/components/chart/paintInWorker';

describe('paintNewest', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('paints only the newest of the frames that arrived meanwhile, and forgets a dropped one', () => {
    const paints: string[] = [];
    const frames = paintNewest((frame: string) => paints.push(frame));
    frames.receive('a');
    frames.receive('b');
    frames.receive('c');
    expect(paints).toEqual([]);
    vi.runAllTimers();
    expect(paints).toEqual(['c']);
    frames.receive('d');
    vi.runAllTimers();
    expect(paints).toEqual(['c', 'd']);
    // A new canvas: the frame of the one before is not painted into it.
    frames.receive('old');
    frames.drop();
    vi.runAllTimers();
    expect(paints).toHaveLength(2);
    frames.receive('old');
    frames.drop();
    frames.receive('new');
    vi.runAllTimers();
    expect(paints.slice(2)).toEqual(['new']);
  });

  it('is done with every frame exactly once: painted, passed over or dropped', () => {
    const done: string[] = [];
    const frames = paintNewest(
      () => {},
      (frame: string) => done.push(frame),
    );
    frames.receive('a');
    frames.receive('b');
    expect(done).toEqual(['a']);
    vi.runAllTimers();
    expect(done).toEqual(['a', 'b']);
    frames.receive('c');
    frames.drop();
    vi.runAllTimers();
    expect(done).toEqual(['a', 'b', 'c']);
    // A paint that throws is done with too.
    const failing = paintNewest(
      () => {
        throw new Error('lost context');
      },
      (frame: string) => done.push(frame),
    );
    failing.receive('d');
    expect(() => vi.runAllTimers()).toThrow('lost context');
    expect(done).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('announcePaintedWithFrame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("announces the page's paint from the next animation frame (its pixels are on screen with its frame), not at once", () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const canvas = document.createElement('canvas');
    const heard: { at: number; sent: number }[] = [];
    canvas.addEventListener('linkspainted', (event) => heard.push((event as CustomEvent<{ at: number; sent: number }>).detail));
    announcePaintedWithFrame(canvas, 1234);
    expect(heard).toEqual([]);
    frames.shift()!(0);
    expect(heard).toEqual([{ at: expect.any(Number), sent: 1234 }]);
  });
});
