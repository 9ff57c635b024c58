// The graphs the peers draw: the same nodes and links our chart draws, at the same slider positions
// as our own drag, computed by our engine in Node before any timing starts and handed to the peers'
// pages as JSON (only the peer's drawing is timed). Used by scripts/bench/peerTimings.mjs.
import defaultJson from '../../data/ai-capital-loop.json';
import { buildLoopGraph } from '../../src/layout/buildGraphs';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { generateDataset } from './generateDataset';

export interface PeerGraph {
  names: string[];
  /** Every link with money on it; `back` marks the links that close a loop (ECharts refuses them). */
  links: { source: number; target: number; value: number; back: boolean }[];
}

export interface PeerCase {
  name: string;
  /** One graph per slider position, drawn in turn as during a drag. */
  steps: PeerGraph[];
}

export function peerCases(positions = 50): PeerCase[] {
  const checked = validateDataset(defaultJson);
  if (!checked.ok) throw new Error('default dataset invalid');
  return [
    // The sliders our own bench drags: Nvidia → OpenAI on the default dataset, the first on the large one.
    graphsOf('default', checked.dataset, 'nvidia-openai', positions),
    graphsOf('generated 500/2500', generateDataset(500, 2500), undefined, positions),
  ];
}

function graphsOf(name: string, dataset: Dataset, sliderId: string | undefined, positions: number): PeerCase {
  const model = compileModel(dataset);
  const base = defaultValues(dataset.parameters);
  const slider = dataset.parameters.find((p) => p.id === sliderId) ?? dataset.parameters[0]!;
  const names = dataset.entities.map((e) => e.label.en ?? e.id);
  const steps: PeerGraph[] = [];
  for (let i = 0; i < positions; i++) {
    const value = slider.min + (0.1 + (0.8 * i) / (positions - 1)) * (slider.max - slider.min);
    const result = solveLoop(model, { ...base, [slider.id]: value });
    if (result.status !== 'converged') throw new Error(`${name} diverges at ${slider.id} = ${value}`);
    const graph = buildLoopGraph(model, result);
    steps.push({
      names,
      links: graph.links.filter((l) => l.value > 0).map((l) => ({ source: l.source, target: l.target, value: l.value, back: l.back })),
    });
  }
  return { name, steps };
}
