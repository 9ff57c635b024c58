// Headline figures on a loop with a paying customer, worked out by hand.
import { describe, expect, it } from 'vitest';
import { compileModel, solveLoop, type SteadyState } from '../../src/model/engine';
import { focusEntity, headlineFigures, REVENUE_KINDS, roundTrips } from '../../src/model/figures';
import { amountFlow, dataset, entity, shareFlow, smallLoop } from './fixtures';

/**
 * An investor (40) and a customer (60) pay a startup; half goes to the chipmaker as GPU purchases,
 * which reinvests 20% of its inflow back in the startup. startup = 100 / (1 − 0.1) = 1000/9.
 */
function customerLoop(focus?: string) {
  const base = dataset({ entities: [], flows: [] });
  return dataset({
    meta: { ...base.meta, ...(focus ? { focus } : {}) },
    entities: [
      entity('investor', 'source'),
      entity('buyer', 'customer'),
      entity('startup', 'startup'),
      entity('chip', 'chipmaker'),
      entity('costs', 'sink'),
      entity('kept', 'sink'),
    ],
    flows: [
      amountFlow('investor', 'startup', 40),
      amountFlow('buyer', 'startup', 60, 'customer-revenue'),
      shareFlow('startup', 'chip', 0.5, 'gpu-purchase'),
      shareFlow('startup', 'costs', 'rest', 'leakage'),
      shareFlow('chip', 'startup', 0.2, 'reinvestment'),
      shareFlow('chip', 'kept', 'rest', 'leakage'),
    ],
  });
}

describe('headline figures', () => {
  // Built inside each test: Stryker counts only code run by a test as covered by it.
  const solved = () => {
    const model = compileModel(customerLoop());
    return { model, figures: headlineFigures(model, solveLoop(model, {}) as SteadyState) };
  };
  const startup = 1000 / 9;
  const chip = startup / 2;

  it('is about the first chipmaker unless the dataset names a focus', () => {
    const { model } = solved();
    expect(focusEntity(model)).toBe('chip');
    expect(focusEntity(compileModel(customerLoop('startup')))).toBe('startup');
    const noChip = customerLoop();
    noChip.entities[3]!.role = 'other';
    expect(focusEntity(compileModel(noChip))).toBeNull();
  });

  it('splits the focus entity’s revenue into customers’ money and its own coming back', () => {
    const { figures } = solved();
    expect(figures.focus).toBe('chip');
    expect(figures.focusRevenue).toBeCloseTo(chip, 10);
    // The customer's 60 reaches the chipmaker once, half of it (reinvested money becomes the
    // chipmaker's own); its own money is a tenth of its revenue.
    expect(figures.customerShare).toBeCloseTo(30 / chip, 12);
    expect(figures.roundTripShare).toBeCloseTo(0.1, 12);
  });

  it('counts only equity investment as outside investment, and payments as revenue', () => {
    const { figures } = solved();
    expect(figures.outsideInvestment).toBe(40);
    // Revenue: the customer's 60 and the GPU purchases; reinvestment and leakage are not revenue.
    expect(figures.revenueBooked).toBeCloseTo(60 + chip, 10);
    // Per dollar of outside capital its money alone: the customer's 60 and the 30 of it in the GPU purchases left out.
    expect(figures.revenuePerDollarInvested).toBeCloseTo((chip - 30) / 40, 10);
    expect(figures.gain).toBeCloseTo(0.1, 12);
    expect([...REVENUE_KINDS].sort()).toEqual(['compute-spend', 'customer-revenue', 'gpu-purchase']);
  });

  it('has no ratios where nothing was invested or nothing arrived', () => {
    const ds = customerLoop('kept');
    ds.flows[0] = amountFlow('investor', 'startup', 0);
    ds.flows[1] = amountFlow('buyer', 'startup', 0, 'customer-revenue');
    const empty = compileModel(ds);
    const none = headlineFigures(empty, solveLoop(empty, {}));
    expect(none.focusRevenue).toBe(0);
    expect(none.roundTripShare).toBeNull();
    expect(none.customerShare).toBeNull();
    expect(none.revenuePerDollarInvested).toBeNull();
  });

  it('has no revenue for a focus that is not in the graph', () => {
    const ds = customerLoop('nobody');
    const m = compileModel(ds);
    const f = headlineFigures(m, solveLoop(m, {}));
    expect(f.focusRevenue).toBe(0);
    expect(f.customerShare).toBeNull();
  });

  it('reports an unbounded loop without shares', () => {
    const ds = smallLoop();
    ds.flows[3] = shareFlow('cloud', 'chip', 1, 'gpu-purchase');
    const m = compileModel(ds);
    const divergent = solveLoop(m, { invest: 100, compute: 1, reinvest: 1 });
    expect(headlineFigures(m, divergent)).toEqual({
      focus: 'chip',
      focusRevenue: Infinity,
      focusOwn: Infinity,
      focusCustomers: Infinity,
      roundTripShare: null,
      annual: null,
      annualShare: null,
      customerShare: null,
      revenuePerDollarInvested: null,
      outsideInvestment: 100,
      revenueBooked: Infinity,
      gain: divergent.gain,
    });
  });
});

describe('round trips', () => {
  it('nets each entity’s own money out of its inflow', () => {
    const model = compileModel(customerLoop());
    const result = solveLoop(model, {}) as SteadyState;
    const trips = new Map(roundTrips(model, result).map((t) => [t.entity, t]));
    const chip = trips.get('chip')!;
    expect(chip.gross).toBeCloseTo(500 / 9, 10);
    expect(chip.own).toBeCloseTo((500 / 9) * 0.1, 10);
    expect(chip.net).toBeCloseTo(chip.gross - chip.own, 12);
    expect(chip.share).toBeCloseTo(0.1, 12);
    // The startup injects nothing itself: none of its inflow is its own.
    expect(trips.get('startup')!.own).toBe(0);
    expect(trips.get('startup')!.share).toBe(0);
    // A source receives nothing.
    expect(trips.get('investor')).toEqual({ entity: 'investor', gross: 0, own: 0, net: 0, share: null });
  });
});

describe('origins in dataset order', () => {
  it('finds the own money of the first origin, and none for an entity without one', () => {
    // The chipmaker comes first, so its reinvestment is origin 0; the startup (no origin) follows it.
    const ds = dataset({
      entities: [entity('chip', 'chipmaker'), entity('startup', 'startup'), entity('investor', 'source'), entity('kept', 'sink')],
      flows: [
        amountFlow('investor', 'startup', 100),
        shareFlow('startup', 'chip', 0.5, 'gpu-purchase'),
        shareFlow('startup', 'kept', 'rest', 'leakage'),
        shareFlow('chip', 'startup', 0.2, 'reinvestment'),
        shareFlow('chip', 'kept', 'rest', 'leakage'),
      ],
    });
    const model = compileModel(ds);
    expect(model.structure.origins).toEqual(['chip', 'investor']);
    const trips = new Map(roundTrips(model, solveLoop(model, {}) as SteadyState).map((t) => [t.entity, t]));
    expect(trips.get('chip')!.share).toBeCloseTo(0.1, 12);
    expect(trips.get('startup')!.own).toBe(0);
  });

  it('counts money of an owner that is not an entity as no customer’s', () => {
    const ds = customerLoop();
    ds.entities[0] = { ...ds.entities[0]!, owner: 'outside-fund' };
    const model = compileModel(ds);
    const figures = headlineFigures(model, solveLoop(model, {}));
    expect(figures.customerShare).toBeCloseTo(30 / (500 / 9), 12);
  });
});
