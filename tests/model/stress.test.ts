import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/model/engine';
import { modelYears } from '../../src/model/resolveMoment';
import { runStress, spreadOfPayments, type ObligationOutcome, type StressResult } from '../../src/model/stress';
import { defaultValues } from '../../src/model/defaults';
import type { Dataset, Shocks } from '../../src/model/types';
import { loadDefaultDataset } from './fixtures';
import { owingLoop } from './owingLoop';

function stress(ds: Dataset, shocks: Shocks, costs = { alpha: 1, beta: 1 }): StressResult {
  const model = compileModel(ds);
  const result = runStress(model, defaultValues(ds.parameters), shocks, costs);
  if (result.status !== 'converged') throw new Error('divergent');
  return result;
}

const at = (ds: Dataset, id: string) => ds.entities.findIndex((e) => e.id === id);
const flowAt = (ds: Dataset, id: string) => ds.flows.findIndex((f) => f.id === id);

describe('runStress', () => {
  it('changes nothing without a shock: every obligation paid, the flows as the chart draws them today', () => {
    const ds = owingLoop();
    const r = stress(ds, {});
    expect(r.clearing.rounds).toBe(0);
    expect([...r.stressed.flowValue]).toEqual([...r.base.flowValue]);
  });

  it('clears a two-round cascade when funding and revenue halve (hand-computed)', () => {
    // The startup has 25 + 25 = 50 < 80: it defaults in round 1 and pays 50 (62.5%). The cloud keeps
    // half of 50 = 25 < 30 for its bank: it defaults in round 2. The chip's revenue falls from 40 to 25.
    const ds = owingLoop();
    const r = stress(ds, { equitySlowdown: 0.5, revenueFall: 0.5 });
    const startup = at(ds, 'startup');
    const cloud = at(ds, 'cloud');
    expect(r.clearing.paid[startup]).toBeCloseTo(50, 9);
    expect(r.clearing.round[startup]).toBe(1);
    expect(r.clearing.paid[cloud]).toBeCloseTo(25, 9);
    expect(r.clearing.round[cloud]).toBe(2);
    expect(r.stressed.flowValue[flowAt(ds, 'startup-cloud')]).toBeCloseTo(50, 9);
    expect(r.revenueLoss[at(ds, 'chip')]).toBeCloseTo(15, 9);
    expect(r.creditorLoss[at(ds, 'bank')]).toBeCloseTo(5, 9);
    // The investor's 25 is written down by the startup's creditors' loss, 30 of 80.
    expect(r.equityLosses).toEqual([{ investor: 'investor', entity: 'startup', stake: 25, loss: expect.closeTo(25 * (30 / 80), 9) }]);
  });

  it('a failed company pays nothing and its creditors default in the next round', () => {
    const ds = owingLoop();
    const r = stress(ds, { fails: 'startup' });
    expect(r.clearing.paid[at(ds, 'startup')]).toBe(0);
    expect(r.clearing.round[at(ds, 'startup')]).toBe(1);
    expect(r.clearing.round[at(ds, 'cloud')]).toBe(2);
    expect(r.stressed.flowValue[flowAt(ds, 'startup-cloud')]).toBe(0);
  });

  it('default costs lower what a defaulter pays', () => {
    const ds = owingLoop();
    const r = stress(ds, { equitySlowdown: 0.5, revenueFall: 0.5 }, { alpha: 0.5, beta: 1 });
    expect(r.clearing.paid[at(ds, 'startup')]).toBeCloseTo(25, 9);
  });

  it('drops money not committed and a stopping lender’s loans', () => {
    const ds = owingLoop();
    ds.flows[0] = { ...ds.flows[0]!, kind: 'debt' };
    ds.obligations![0]!.firmness = 'letter-of-intent';
    const r = stress(ds, { lenderStops: 'investor', dropUncommitted: true });
    expect(r.obligations.map((o) => o.obligation?.id ?? null)).toEqual([null]);
    expect(r.clearing.paid[at(ds, 'startup')]).toBeCloseTo(50, 9);
  });

  // In 2027 and 2028 the labs already owe more than they receive (the engine pays them pro rata):
  // clearing pays them exactly that, so the chart still does not change.
  it('leaves the default dataset’s chart as it is without a shock, in every year', () => {
    const ds = loadDefaultDataset();
    for (const year of modelYears(ds.meta)) {
      const model = compileModel(ds, { year });
      const again = runStress(model, defaultValues(ds.parameters), {}, { alpha: 1, beta: 1 });
      if (again.status !== 'converged') throw new Error('divergent');
      again.stressed.flowValue.forEach((x, f) => expect(Math.abs(x - again.base.flowValue[f]!)).toBeLessThanOrEqual(1e-9));
    }
  });
});

describe('the default dataset’s stress tests', () => {
  const ds = loadDefaultDataset();
  const run = (id: string, year: number) => {
    const test = ds.stressTests!.find((t) => t.id === id)!;
    const result = runStress(compileModel(ds, { year }), defaultValues(ds.parameters), test.shocks, { alpha: 1, beta: 1 });
    if (result.status !== 'converged') throw new Error('divergent');
    return result;
  };

  it('funding slows: OpenAI cannot pay all its cloud bills in 2027, and its clouds and Nvidia lose revenue', () => {
    const r = run('funding-slows', 2027);
    const openai = at(ds, 'openai');
    expect(r.clearing.round[openai]).toBe(1);
    expect(r.clearing.paid[openai]! / r.due[openai]!).toBeLessThan(0.9);
    expect(r.revenueLoss[at(ds, 'oracle')]).toBeGreaterThan(0);
    expect(r.revenueLoss[at(ds, 'nvidia')]).toBeGreaterThan(0);
  });

  it('funding slows: halves the cash OpenAI draws from its earlier rounds in 2027, as the test’s description says', () => {
    const r = run('funding-slows', 2027);
    const reserves = ds.flows.findIndex((f) => f.id === 'openai-reserves-openai');
    expect(r.base.flowValue[reserves]).toBeGreaterThan(0);
    expect(r.stressed.flowValue[reserves]).toBeCloseTo(r.base.flowValue[reserves]! / 2, 9);
    const { description } = ds.stressTests!.find((t) => t.id === 'funding-slows')!;
    expect(description?.en).toContain('so does the cash OpenAI draws in 2027–2028 from its earlier rounds (our assumption');
    expect(description?.['zh-TW']).toContain('從先前募資動用的現金也減半（本站假設');
  });

  it('reports no default for a shock that does not touch a company: OpenAI pays in full in 2027 when Nvidia pulls back', () => {
    // OpenAI's compute split once summed to 1.0001 of its compute budget, and every shock showed it
    // US$7.4M short in 2027.
    for (const id of ['nvidia-pulls-back', 'lender-stops']) {
      const r = run(id, 2027);
      expect(r.clearing.round[at(ds, 'openai')], id).toBe(0);
    }
  });

  it('OpenAI cannot pay Oracle: Oracle cannot pay its lenders from the loop in the next round', () => {
    const r = run('openai-cannot-pay-oracle', 2027);
    expect(r.clearing.round[at(ds, 'oracle')]).toBe(2);
    // The interest on both bonds: (18 + 25) × 5.275%.
    expect(r.creditorLoss[at(ds, 'lenders')]).toBeCloseTo(2.26825, 9);
  });

  it('a lender stops lending: xAI’s GPU-lease vehicle cannot pay Nvidia in 2026', () => {
    const r = run('lender-stops', 2026);
    expect(r.clearing.round[at(ds, 'xai-spv')]).toBe(1);
    expect(r.revenueLoss[at(ds, 'nvidia')]).toBeGreaterThan(10);
  });
});

describe('spreadOfPayments', () => {
  /** The spread by its definition, entity by entity: payer → receiver → Σ over the payer's obligations of part × keep × reach. */
  function spreadByDefinition(
    obligations: ObligationOutcome[],
    payees: number[],
    reach: Float64Array,
    keep: Float64Array,
    due: Float64Array,
  ) {
    const rows = Array.from(due, () => new Map<number, number>());
    for (const o of obligations) {
      if (o.due === 0) continue;
      const c = payees.indexOf(o.to);
      for (let e = 0; e < due.length; e++) {
        const w = (o.due / due[o.from]!) * keep[e]! * reach[e * payees.length + c]!;
        if (w > 0 && due[e]! > 0) rows[o.from]!.set(e, (rows[o.from]!.get(e) ?? 0) + w);
      }
    }
    return rows;
  }

  it("gives each payer, in the entities' order, what a unit it pays adds to each entity that owes (random networks)", () => {
    const network = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        owed: fc.array(
          fc.record({
            from: fc.nat(n - 1),
            to: fc.nat(n - 1),
            due: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
          }),
          { maxLength: 30 },
        ),
        // Reach is often 0 (a unit paid reaches few entities); keep is often 0 or 1.
        reach: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2, noNaN: true })), { minLength: n * n, maxLength: n * n }),
        keep: fc.array(fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: n,
          maxLength: n,
        }),
      }),
    );
    fc.assert(
      fc.property(network, ({ n, owed, reach, keep }) => {
        const obligations: ObligationOutcome[] = owed.map((o) => ({ flow: null, obligation: null, ...o, paid: 0 }));
        const due = new Float64Array(n);
        for (const o of obligations) due[o.from]! += o.due;
        const payees = [...new Set(obligations.map((o) => o.to))];
        // One column per payee, as runStress solves it.
        const reachByPayee = Float64Array.from({ length: n * payees.length }, (_, k) => reach[k]!);
        const spread = spreadOfPayments(obligations, payees, reachByPayee, Float64Array.from(keep), due);
        const expected = spreadByDefinition(obligations, payees, reachByPayee, Float64Array.from(keep), due);
        for (let j = 0; j < n; j++) {
          const targets = [...spread.targets.slice(spread.offsets[j], spread.offsets[j + 1])];
          const row = expected[j]!;
          expect(targets).toEqual([...row.keys()].sort((a, b) => a - b));
          targets.forEach((e, k) => expect(spread.weights[spread.offsets[j]! + k]).toBe(row.get(e)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
