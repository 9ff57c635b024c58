import type { Moment } from '../../src/model/resolveMoment';
import type { StressResult } from '../../src/model/stress';
import type { Dataset, Shocks } from '../../src/model/types';
import { generateDataset } from './generateDataset';

/** One stress test the bench times: a dataset at a moment, its shocks, and the cascade it must produce. */
export interface ClearingCase {
  name: string;
  dataset: Dataset;
  at: Partial<Moment>;
  shocks: Shocks;
  /** At least this many defaults over at least this many rounds, else the case no longer times the cascade (null: no defaults expected). */
  cascade: { defaults: number; rounds: number } | null;
}

/**
 * The generated dataset with obligations: every startup's compute spending becomes an amount due
 * (a payment, cleared by the stress test) of 40% of what its investors put in, shared among its
 * clouds; every cloud's GPU purchases an amount due of 90% of what its startups owe it, shared
 * among its chipmakers. Two layers of obligations, so a startup's default reaches a cloud's
 * chipmakers in a later round.
 */
export function withObligations(dataset: Dataset): Dataset {
  const invested = new Map<string, number>();
  for (const flow of dataset.flows) {
    if ('amount' in flow && typeof flow.amount === 'object' && 'param' in flow.amount) {
      const value = dataset.parameters.find((p) => p.id === (flow.amount as { param: string }).param)?.default ?? 0;
      invested.set(flow.to, (invested.get(flow.to) ?? 0) + value);
    }
  }
  const count = new Map<string, number>();
  for (const flow of dataset.flows) count.set(`${flow.from} ${flow.kind}`, (count.get(`${flow.from} ${flow.kind}`) ?? 0) + 1);
  const owed = new Map<string, number>();
  const due = (flow: Dataset['flows'][number], amount: number) => {
    const { share: _, ...rest } = flow as typeof flow & { share: unknown };
    return { ...rest, amount, obligation: { firmness: 'firm' as const } };
  };
  const computeDue = dataset.flows.map((flow) => {
    if (flow.kind !== 'compute-spend') return flow;
    const amount = (0.4 * (invested.get(flow.from) ?? 0)) / count.get(`${flow.from} ${flow.kind}`)!;
    owed.set(flow.to, (owed.get(flow.to) ?? 0) + amount);
    return due(flow, amount);
  });
  const flows = computeDue.map((flow) =>
    flow.kind === 'gpu-purchase' ? due(flow, (0.9 * (owed.get(flow.from) ?? 0)) / count.get(`${flow.from} ${flow.kind}`)!) : flow,
  );
  return { ...dataset, flows };
}

/**
 * What the bench clears: the default dataset with no default ("funding slows" in its default
 * year), then in 2027 with every shock pulled at once, where the startups default in round 1 and
 * Oracle in round 2; the generated 500/2,500 dataset with obligations with no default (new equity
 * −50%) and in a cascade of several rounds (new equity −80%). Checked by scripts/bench/checkClearingCases.ts.
 */
export function clearingCases(defaultDataset: Dataset): ClearingCase[] {
  const generated = withObligations(generateDataset(500, 2500));
  return [
    { name: 'default, funding slows (2026)', dataset: defaultDataset, at: {}, shocks: { equitySlowdown: 0.5 }, cascade: null },
    {
      name: 'default, every shock at once (2027)',
      dataset: defaultDataset,
      at: { year: 2027 },
      shocks: { equitySlowdown: 1, revenueFall: 0.9, lenderStops: 'lenders', dropUncommitted: true },
      cascade: { defaults: 4, rounds: 2 },
    },
    {
      name: 'generated 500/2500 with obligations, equity −50%',
      dataset: generated,
      at: {},
      shocks: { equitySlowdown: 0.5 },
      cascade: null,
    },
    {
      name: 'generated 500/2500 with obligations, equity −80% (cascade)',
      dataset: generated,
      at: {},
      shocks: { equitySlowdown: 0.8 },
      cascade: { defaults: 100, rounds: 3 },
    },
  ];
}

/** What a case's stress test produced, and what is wrong with it if it no longer produces the cascade it should. */
export function describeCascade(c: ClearingCase, outcome: StressResult) {
  const { round, rounds } = outcome.clearing;
  const perRound = Array.from({ length: rounds }, (_, k) => round.filter((r) => r === k + 1).length);
  const defaults = perRound.reduce((a, b) => a + b, 0);
  const problem = c.cascade
    ? defaults < c.cascade.defaults || rounds < c.cascade.rounds
      ? `expected at least ${c.cascade.defaults} defaults in ${c.cascade.rounds} rounds`
      : null
    : defaults > 0
      ? 'expected no default'
      : null;
  return { obligations: outcome.obligations.length, defaults, rounds, perRound, problem };
}
