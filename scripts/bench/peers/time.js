// Shared by the peers' pages: fetch the graphs, time `draw` over them, publish medians and p95.
export async function timePeer(draw, { setup, teardown, runs }) {
  try {
    const cases = await (await fetch('./cases.json')).json();
    const results = [];
    for (const { name, steps } of cases) {
      const host = document.createElement('div');
      host.style.width = '1000px';
      host.style.height = '640px';
      document.body.append(host);
      const state = await setup(host, steps[0]);
      const n = runs[name] ?? 30;
      const warmup = 5;
      const samples = [];
      for (let i = 0; i < n + warmup; i++) {
        const t0 = performance.now();
        await draw(state, steps[i % steps.length]);
        if (i >= warmup) samples.push(performance.now() - t0);
      }
      await teardown(state);
      host.remove();
      const sorted = samples.sort((a, b) => a - b);
      const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      results.push({ name, update: { median: at(0.5), p95: at(0.95), runs: samples.length } });
    }
    window.__bench = results;
  } catch (error) {
    window.__bench = { error: String(error) };
  }
}
