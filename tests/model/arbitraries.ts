import fc from 'fast-check';
import type { Dataset, Flow, FlowKind } from '../../src/model/types';
import { dataset, entity } from './fixtures';

/**
 * Random valid datasets with cycles: every inner entity passes on at most 90% of its inflow to
 * other inner entities, so the loop always settles (gain ≤ 0.9).
 */
export const validDataset: fc.Arbitrary<Dataset> = fc
  .record({
    sources: fc.integer({ min: 1, max: 3 }),
    inner: fc.integer({ min: 1, max: 7 }),
    sinks: fc.integer({ min: 1, max: 3 }),
    seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 200, maxLength: 200 }),
  })
  .map(({ sources, inner, sinks, seed }) => {
    let cursor = 0;
    const next = () => seed[cursor++ % seed.length]!;
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length) % items.length]!;
    const sourceIds = Array.from({ length: sources }, (_, i) => `src${i}`);
    const innerIds = Array.from({ length: inner }, (_, i) => `n${i}`);
    const sinkIds = Array.from({ length: sinks }, (_, i) => `sink${i}`);
    const flows: Flow[] = [];
    for (const s of sourceIds) {
      const to = pick(innerIds);
      if (!flows.some((f) => f.from === s && f.to === to)) {
        flows.push({
          id: `${s}-${to}`,
          from: s,
          to,
          kind: 'equity-investment',
          amount: Math.round(next() * 1000 * 100) / 100,
          provenance: { basis: 'assumption' },
        });
      }
    }
    for (const from of innerIds) {
      const targets = innerIds.filter((t) => t !== from && next() < 0.5);
      const weights = targets.map(() => next() + 0.01);
      const total = next() * 0.9;
      const sum = weights.reduce((a, b) => a + b, 0);
      targets.forEach((to, i) => {
        const kind: FlowKind = next() < 0.25 ? 'reinvestment' : 'compute-spend';
        flows.push({ id: `${from}-${to}`, from, to, kind, share: (weights[i]! / sum) * total, provenance: { basis: 'assumption' } });
      });
      if (next() < 0.8) {
        const to = pick(sinkIds);
        flows.push({ id: `${from}-${to}`, from, to, kind: 'leakage', share: 'rest', provenance: { basis: 'estimate' } });
      }
    }
    const entities = [
      ...sourceIds.map((id) => entity(id, 'source')),
      ...innerIds.map((id) =>
        entity(id, pick(['startup', 'cloud', 'chipmaker', 'other'] as const), next() < 0.3 ? pick(sourceIds) : undefined),
      ),
      ...sinkIds.map((id) => entity(id, 'sink')),
    ];
    return dataset({ entities, flows });
  });
