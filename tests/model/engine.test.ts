import { describe, expect, it } from 'vitest';
import { compileModel, evaluateFlows, solveLoop, type SteadyState } from '../../src/model/engine';
import { buildPortSystem } from '../../src/model/linear';
import { headlineFigures, roundTrips } from '../../src/model/figures';
import { unrollRounds } from '../../src/model/rounds';
import { defaultValues } from '../../src/model/defaults';
import { amountFlow, dataset, entity, shareFlow, smallLoop } from './fixtures';
import { flowRows } from './flowRows';

function steady(ds = smallLoop(), values = defaultValues(ds.parameters)) {
  const model = compileModel(ds);
  const result = solveLoop(model, values);
  if (result.status !== 'converged') throw new Error('expected a steady state');
  return { model, result: result as SteadyState };
}

const inflowOf = (model: ReturnType<typeof compileModel>, result: SteadyState, id: string) =>
  result.inflow[model.structure.entityIndex.get(id)!]!;

describe('flow engine on a hand-computed loop', () => {
  it('matches the closed form 100 / (1 − 0.8 × 0.5 × 0.25)', () => {
    const { model, result } = steady();
    expect(result.gain).toBeCloseTo(0.1, 12);
    expect(inflowOf(model, result, 'startup')).toBeCloseTo(1000 / 9, 10);
    expect(inflowOf(model, result, 'cloud')).toBeCloseTo(800 / 9, 10);
    expect(inflowOf(model, result, 'chip')).toBeCloseTo(400 / 9, 10);
    expect(inflowOf(model, result, 'chip-kept')).toBeCloseTo(300 / 9, 10);
    const reinvest = model.dataset.flows.findIndex((f) => f.kind === 'reinvestment');
    expect(result.flowValue[reinvest]).toBeCloseTo(100 / 9, 10);
  });

  it("labels reinvested money as the reinvestor's own and nets it out", () => {
    const { model, result } = steady();
    const chip = roundTrips(model, result).find((r) => r.entity === 'chip')!;
    // The chipmaker reinvests 100/9; 0.8 × 0.5 of it comes back: 40/9 of its 400/9 revenue.
    expect(chip.own).toBeCloseTo(40 / 9, 10);
    expect(chip.share).toBeCloseTo(0.1, 12);
    expect(chip.net).toBeCloseTo(360 / 9, 10);
    const figures = headlineFigures(model, result);
    expect(figures.focus).toBe('chip');
    expect(figures.roundTripShare).toBeCloseTo(0.1, 12);
    expect(figures.customerShare).toBe(0);
    // Revenue booked: compute 800/9 + GPUs 400/9 per 100 invested.
    expect(figures.revenuePerDollarInvested).toBeCloseTo(12 / 9, 10);
  });

  it('ends every injected dollar in exactly one sink', () => {
    const { result } = steady();
    const absorbed = result.absorbed.reduce((a, b) => a + b, 0);
    expect(Math.abs(absorbed - 100) / 100).toBeLessThan(1e-12);
  });

  it('equals the sum of many rounds, which shrink by the gain', () => {
    const { model, result } = steady();
    const rounds = unrollRounds(model, result.coefficients, 40);
    expect(rounds[0]!.entering).toBeCloseTo(100, 12);
    expect(rounds[1]!.entering).toBeCloseTo(10, 12);
    expect(rounds[2]!.entering).toBeCloseTo(1, 12);
    result.flowValue.forEach((total, f) => {
      const summed = rounds.reduce((sum, round) => sum + round.flowValue[f]!, 0);
      expect(summed).toBeCloseTo(total, 10);
    });
    flowRows(result).forEach((total, i) => {
      const summed = rounds.reduce((sum, round) => sum + round.flowByOrigin[i]!, 0);
      expect(summed).toBeCloseTo(total, 10);
    });
  });

  it('reports a gain ≥ 1 as divergent, never NaN or Infinity', () => {
    const ds = smallLoop();
    ds.flows[3] = shareFlow('cloud', 'chip', 1, 'gpu-purchase');
    const model = compileModel(ds);
    const result = solveLoop(model, { invest: 100, compute: 1, reinvest: 1 });
    expect(result.status).toBe('divergent');
    expect(result.gain).toBeGreaterThanOrEqual(1);
    expect(Number.isFinite(result.gain)).toBe(true);
    const figures = headlineFigures(model, result);
    expect(figures.roundTripShare).toBeNull();
    const rounds = unrollRounds(model, result.coefficients, 5);
    expect(rounds.map((r) => r.entering)).toEqual([100, 100, 100, 100, 100]);
  });

  it('treats a gain just below 1 as a steady state with large but finite totals', () => {
    const model = compileModel(smallLoop());
    const ds = model.dataset;
    ds.flows[3] = shareFlow('cloud', 'chip', 1, 'gpu-purchase');
    const result = solveLoop(compileModel(ds), { invest: 1, compute: 1, reinvest: 0.999 });
    expect(result.status).toBe('converged');
    expect(result.gain).toBeCloseTo(0.999, 9);
  });

  it('handles several sources, two interlocking cycles and an entity with only inflow', () => {
    const ds = dataset({
      entities: [
        entity('a', 'source'),
        entity('b', 'source'),
        entity('x', 'other'),
        entity('y', 'other'),
        entity('z', 'other'),
        entity('end', 'sink'),
      ],
      flows: [
        amountFlow('a', 'x', 10),
        amountFlow('b', 'y', 5),
        shareFlow('x', 'y', 0.5),
        shareFlow('y', 'x', 0.4),
        shareFlow('y', 'z', 0.3),
        shareFlow('z', 'x', 0.5),
        shareFlow('z', 'end', 'rest', 'leakage'),
      ],
    });
    const { model, result } = steady(ds, {});
    // x = 10 + 0.4y + 0.5z, y = 5 + 0.5x, z = 0.3y  →  x = 10 + 0.55y, y = 5 + 0.5x.
    const x = (10 + 0.55 * 5) / (1 - 0.55 * 0.5);
    const y = 5 + 0.5 * x;
    expect(inflowOf(model, result, 'x')).toBeCloseTo(x, 10);
    expect(inflowOf(model, result, 'y')).toBeCloseTo(y, 10);
    expect(inflowOf(model, result, 'end')).toBeCloseTo(0.5 * 0.3 * y, 10);
    const kept = result.absorbed.reduce((s, v) => s + v, 0);
    expect(kept).toBeCloseTo(15, 10);
  });
});

describe('flow engine with fewer senders of back flows than receivers', () => {
  it('solves the loop on the senders side: one chipmaker reinvesting in two startups', () => {
    const ds = dataset({
      entities: [
        entity('investor', 'source'),
        entity('a', 'startup'),
        entity('b', 'startup'),
        entity('chip', 'chipmaker'),
        entity('kept', 'sink'),
        entity('costs', 'sink'),
      ],
      flows: [
        amountFlow('investor', 'a', 100),
        shareFlow('a', 'chip', 0.5, 'gpu-purchase'),
        shareFlow('a', 'costs', 'rest', 'leakage'),
        shareFlow('b', 'chip', 0.5, 'gpu-purchase'),
        shareFlow('b', 'costs', 'rest', 'leakage'),
        shareFlow('chip', 'a', 0.2, 'reinvestment'),
        shareFlow('chip', 'b', 0.2, 'reinvestment'),
        shareFlow('chip', 'kept', 'rest', 'leakage'),
      ],
    });
    const { model, result } = steady(ds, {});
    const { shares } = evaluateFlows(model, {});
    expect(buildPortSystem(model.structure, shares).side).toBe('exit');
    // chip = 0.5 a + 0.5 b, a = 100 + 0.2 chip, b = 0.2 chip  →  chip = 62.5.
    expect(inflowOf(model, result, 'chip')).toBeCloseTo(62.5, 10);
    expect(inflowOf(model, result, 'a')).toBeCloseTo(112.5, 10);
    expect(inflowOf(model, result, 'b')).toBeCloseTo(12.5, 10);
    expect(result.gain).toBeCloseTo(0.2, 10);
  });
});

describe('flow engine across slider moves', () => {
  it('gives the same answer on a model that has solved other values first (reused port system)', () => {
    const ds = smallLoop();
    const model = compileModel(ds);
    const moves = [
      { invest: 100, compute: 0.8, reinvest: 0.25 },
      { invest: 150, compute: 0.8, reinvest: 0.25 }, // amount only: the shares, and so the port system, stay
      { invest: 150, compute: 0.6, reinvest: 0.5 },
      { invest: 100, compute: 0.8, reinvest: 0.25 },
    ];
    for (const values of moves) {
      const reused = solveLoop(model, values) as SteadyState;
      const fresh = solveLoop(compileModel(ds), values) as SteadyState;
      expect(reused.gain).toBe(fresh.gain);
      expect(Array.from(reused.inflow)).toEqual(Array.from(fresh.inflow));
      expect(Array.from(flowRows(reused))).toEqual(Array.from(flowRows(fresh)));
    }
    const moved = solveLoop(model, moves[2]!) as SteadyState;
    expect(moved.gain).toBeCloseTo(0.6 * 0.5 * 0.5, 12);
  });
});

describe('payments out of what an entity receives', () => {
  // Two investors fund a lab; the lab pays its cloud a fixed amount and keeps the rest as cash.
  function lab(pay: number, loopShare = 0) {
    const ds = dataset({
      entities: [
        entity('a', 'source'),
        entity('b', 'source'),
        entity('lab', 'startup'),
        entity('cloud', 'cloud'),
        entity('chip', 'chipmaker'),
        entity('cash', 'sink'),
        entity('costs', 'sink'),
      ],
      flows: [
        amountFlow('a', 'lab', 60),
        amountFlow('b', 'lab', 40),
        { ...amountFlow('lab', 'cloud', pay, 'compute-spend') },
        { ...amountFlow('lab', 'costs', 30, 'leakage') },
        shareFlow('lab', 'cash', 'rest', 'leakage'),
        shareFlow('cloud', 'chip', 0.5, 'gpu-purchase'),
        shareFlow('cloud', 'costs', 'rest', 'leakage'),
        shareFlow('chip', 'lab', loopShare, 'compute-spend'),
        shareFlow('chip', 'costs', 'rest', 'leakage'),
      ],
    });
    return steady(ds, {});
  }

  it('pays the fixed amount in the mix of origins the payer received, and keeps the rest', () => {
    const { model, result } = lab(50);
    expect(inflowOf(model, result, 'cloud')).toBeCloseTo(50, 10);
    expect(inflowOf(model, result, 'cash')).toBeCloseTo(20, 10);
    const cloud = model.structure.entityIndex.get('cloud')!;
    const origins = model.structure.origins;
    const byOrigin = (o: string) => result.inflowByOrigin[cloud * origins.length + origins.indexOf(o)]!;
    expect(byOrigin('a')).toBeCloseTo(30, 10);
    expect(byOrigin('b')).toBeCloseTo(20, 10);
    expect(origins).toEqual(['a', 'b']);
    expect([...result.unpaid]).toEqual(new Array(9).fill(0));
  });

  it('pays what it has in proportion to what it owes when it receives too little', () => {
    const { model, result } = lab(120);
    // Owes 120 + 30 from 100: pays 80 and 20, 40 and 10 unpaid, keeps nothing.
    expect(inflowOf(model, result, 'cloud')).toBeCloseTo(80, 10);
    expect(result.flowValue[3]).toBeCloseTo(20, 10);
    expect(inflowOf(model, result, 'cash')).toBeCloseTo(0, 10);
    expect(result.unpaid[2]).toBeCloseTo(40, 10);
    expect(result.unpaid[3]).toBeCloseTo(10, 10);
  });

  it('does not spend more because money comes back round the loop: the payer keeps it', () => {
    const { model, result } = lab(50, 0.2);
    expect(inflowOf(model, result, 'cloud')).toBeCloseTo(50, 10);
    // 50 × 0.5 reaches the chip, 0.2 of it returns: 5 more for the lab to keep.
    expect(inflowOf(model, result, 'lab')).toBeCloseTo(105, 10);
    expect(inflowOf(model, result, 'cash')).toBeCloseTo(25, 10);
  });
});
