// An untimed drag before a timed one that has no room for warm-up steps of its own (the default
// loop dragged up from where it is: see scripts/bench/appTimings.mjs).

/**
 * Drags the slider to and fro `steps` times, one input per frame as the timed drags do, then back
 * to the value it had, and lets go; waits until the chart has been still for 200 ms (up to 5 s) and
 * two more frames. Throws if the slider did not come back to its value (its step snapped it).
 */
export async function warmDrag(page, sliderSelector, steps) {
  await page.evaluate(
    async ([steps, sliderSelector]) => {
      const input = document.querySelector(sliderSelector);
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const start = input.value;
      const to = (value) => {
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      for (let i = 0; i < steps; i++) {
        await frame();
        const at = (i % 2 === 0 ? 10 + (i % 80) : 90 - (i % 80)) / 100;
        to(String(Number(input.min) + at * (Number(input.max) - Number(input.min))));
      }
      await frame();
      to(start);
      window.dispatchEvent(new PointerEvent('pointerup'));
      if (input.value !== start) throw new Error(`${sliderSelector} came back to ${input.value}, not ${start}`);
      // The drag's canvas goes and the SVG catches up (its transitions too): wait until the chart is still.
      let changed = true;
      const changes = new MutationObserver(() => (changed = true));
      changes.observe(document.querySelector('svg.chart__svg'), { subtree: true, attributes: true, childList: true, characterData: true });
      for (let waited = 0, still = 0; still < 200 && waited < 5000; waited += 50) {
        still = changed ? 0 : still + 50;
        changed = false;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      changes.disconnect();
      await frame();
      await frame();
    },
    [steps, sliderSelector],
  );
}
