// Frames as the browser produces them during a drag: whole frames of a 60 Hz display, counted from
// the times the browser stamps its frames (the argument of every requestAnimationFrame callback).
// Used by scripts/bench/appTimings.mjs and scripts/bench.mjs.

/** One frame of a 60 Hz display, ms: headless Chromium produces its frames at 60 Hz. */
export const FRAME_MS = 1000 / 60;

/**
 * From one frame's time to the next's, in whole frames: the stamps differ by 16.6–16.8 ms for one
 * frame, 33.2–33.4 for two (timer rounding), so each interval is read as the frames it spans and
 * given as that many frames' ms (a frame dropped: 33.3). Throws on an interval that is not a whole
 * number of 60 Hz frames (frames off the display's beat: see also sixtyHertz). `missed`: the frames
 * the display showed without a new one, of all the frames the intervals span.
 */
export function wholeFrames(intervals) {
  const counts = intervals.map((ms) => {
    const n = Math.max(1, Math.round(ms / FRAME_MS));
    if (!(Math.abs(ms - n * FRAME_MS) < 1.5)) throw new Error(`a frame of ${ms} ms, not a whole number of 60 Hz frames`);
    return n;
  });
  const spanned = counts.reduce((sum, n) => sum + n, 0);
  // (n × 1000 / 60: whole frames as exact as they can be, 150 ms for nine.)
  return { times: counts.map((n) => (n * 1000) / 60), missed: spanned - counts.length, spanned };
}

/**
 * Throws unless most of an idle page's frames come one display frame apart: frames at 60 Hz (an
 * unthrottled headless mode, or a slower beat, would make every frame target meaningless).
 */
export function sixtyHertz(intervals) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!(Math.abs(median - FRAME_MS) < 0.5)) throw new Error(`an idle page's frames come every ${median} ms, not at 60 Hz`);
}

/**
 * An empty page's requestAnimationFrame loop (`frames` frames), timed as a drag's steps are: by the
 * frames' stamps, and from one callback's start to the next's. The floor the machine puts under the
 * callbacks' figure in this run.
 */
export async function emptyPageFrames(browser, stats, frames = 300) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent('<p>frames</p>');
  const [stamps, callbacks] = await page.evaluate(
    (frames) =>
      new Promise((resolve) => {
        const out = [];
        const step = (vsync) => {
          out.push([vsync, performance.now()]);
          if (out.length <= frames) requestAnimationFrame(step);
          else resolve([out.slice(1).map((s, i) => s[0] - out[i][0]), out.slice(1).map((s, i) => s[1] - out[i][1])]);
        };
        requestAnimationFrame(step);
      }),
    frames,
  );
  await page.close();
  sixtyHertz(stamps);
  const whole = wholeFrames(stamps);
  return { frame: stats(whole.times), missed: whole.missed, spanned: whole.spanned, callbackToCallback: stats(callbacks) };
}
