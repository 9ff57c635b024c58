// Runs in headless Chromium (served by vite's dev server from scripts/bench.mjs): the engine and the
// layout on the default dataset and on a generated 500-entity / 2,500-flow dataset with cycles.
import { sankey } from 'd3-sankey';
import defaultJson from '../../data/ai-capital-loop.json';
import { buildLoopGraph } from '../../src/layout/buildGraphs';
import { layoutSankey, nodeOrder } from '../../src/layout/sankeyLayout';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { runStress } from '../../src/model/stress';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { clearingCases, describeCascade, type ClearingCase } from './clearingCases';
import { generateDataset } from './generateDataset';

interface Stats {
  median: number;
  p95: number;
  runs: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

/**
 * Per-call times. Chromium's timer ticks in 0.1 ms steps, so calls that fast are timed in batches
 * of `batch` and divided; each sample is still one batch.
 */
function measure(runs: number, fn: (i: number) => void, batch = 1): Stats {
  for (let i = 0; i < Math.min(5, runs) * batch; i++) fn(i); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let j = 0; j < batch; j++) fn(i * batch + j);
    samples.push((performance.now() - t0) / batch);
  }
  return stats(samples);
}

function benchDataset(name: string, dataset: Dataset, runs: number, batch: number) {
  const model = compileModel(dataset);
  const base = defaultValues(dataset.parameters);
  const slider = dataset.parameters[0]!;
  // Each run is one slider position, as during a drag.
  const valuesAt = (i: number) => ({ ...base, [slider.id]: slider.min + ((i % 50) / 49) * (slider.max - slider.min) });
  const width = 1000;
  const height = 640;
  const first = solveLoop(model, base);
  if (first.status !== 'converged') throw new Error(`${name} diverges at its defaults`);
  const order = nodeOrder(buildLoopGraph(model, first), width, height);

  const engine = measure(runs, (i) => solveLoop(model, valuesAt(i)), batch);
  const update = measure(
    runs,
    (i) => {
      const result = solveLoop(model, valuesAt(i));
      if (result.status !== 'converged') return;
      layoutSankey(buildLoopGraph(model, result), { width, height, order });
    },
    batch,
  );
  // The bare layout: d3-sankey alone on the same graph with its back links removed, as it comes
  // (relaxing node positions 6 times) and with relaxation off, as ours runs while the order is held.
  const graph = buildLoopGraph(model, first);
  const plainWith = (iterations: number | undefined) => () => {
    const nodes = graph.nodes.map((n) => ({ key: n.key }));
    const links = graph.links.filter((l) => !l.back && l.value > 0).map((l) => ({ source: l.source, target: l.target, value: l.value }));
    const layout = sankey<{ key: string }, { value: number }>()
      .nodeId((d) => (d as { index?: number }).index ?? 0)
      .extent([
        [0, 0],
        [width, height],
      ]);
    if (iterations !== undefined) layout.iterations(iterations);
    layout({ nodes, links });
  };
  const plain = measure(runs, plainWith(undefined), batch);
  const plainHeld = measure(runs, plainWith(0), batch);
  return {
    name,
    entities: dataset.entities.length,
    flows: dataset.flows.length,
    backLinks: model.structure.backEdges.length,
    engine,
    update,
    plainSankey: plain,
    plainSankeyHeld: plainHeld,
    overheadRatio: update.median / plain.median,
    heldOverheadRatio: update.median / plainHeld.median,
  };
}

/** Clearing per slider position: shocks applied, obligations cleared, the loop solved again (and once without shocks, for the losses). */
function benchClearing(c: ClearingCase, runs: number, batch: number) {
  const model = compileModel(c.dataset, c.at);
  const base = defaultValues(c.dataset.parameters);
  const first = runStress(model, base, c.shocks, { alpha: 1, beta: 1 });
  if (first.status !== 'converged') throw new Error(`${c.name} diverges under stress`);
  // A case that no longer produces its cascade would time something else under the same name.
  const { obligations, defaults, rounds, perRound, problem } = describeCascade(c, first);
  if (problem) throw new Error(`${c.name}: ${problem}`);
  // Every run clears the same network, so the defaults and rounds printed beside the times are the ones timed.
  const clearing = measure(runs, () => runStress(model, { ...base }, c.shocks, { alpha: 1, beta: 1 }), batch);
  return { name: c.name, obligations, defaults, rounds, perRound, clearing };
}

async function run() {
  const checked = validateDataset(defaultJson);
  if (!checked.ok) throw new Error('default dataset invalid');
  const results = [
    benchDataset('default', checked.dataset, 200, 20),
    benchDataset('generated 500/2500', generateDataset(500, 2500), 40, 1),
  ];
  // The small dataset is timed in batches (its clearing takes well under a ms), the generated one call by call.
  const clearing = clearingCases(checked.dataset).map((c) =>
    c.dataset === checked.dataset ? benchClearing(c, 200, 5) : benchClearing(c, 20, 1),
  );
  (window as unknown as { __clearing: unknown }).__clearing = clearing;
  (window as unknown as { __bench: unknown }).__bench = results;
  document.getElementById('status')!.textContent = 'done';
}

run().catch((error) => {
  (window as unknown as { __bench: unknown }).__bench = { error: String(error) };
});
