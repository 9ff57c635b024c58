// What one company books from the loop, worked out by hand on a small web without a cycle.
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop, type SteadyState } from '../../src/model/engine';
import { annualRevenue, headlineFigures, loopRevenue, loopRevenues } from '../../src/model/figures';
import { fy26, web } from './fixtures';

function solved(year = 2026) {
  const model = compileModel(web(), { year });
  return { model, result: solveLoop(model, defaultValues(model.dataset.parameters)) as SteadyState };
}

describe('loop revenue', () => {
  it('counts only payments for compute, chips and services, not the loan a company receives', () => {
    const { model, result } = solved();
    const azure = loopRevenue(model, result, 'azure');
    expect(result.inflow[model.structure.entityIndex.get('azure')!]).toBeCloseTo(90, 10);
    expect(azure.revenue).toBeCloseTo(50, 10);
  });

  it('splits it into the owner’s money coming back, real customers’ and everyone else’s', () => {
    const { model, result } = solved();
    const azure = loopRevenue(model, result, 'azure');
    // Azure is Microsoft's: Microsoft's equity in the lab comes back to it as revenue.
    expect(azure.own).toBeCloseTo(15, 10);
    expect(azure.ownShare).toBeCloseTo(0.3, 12);
    expect(azure.customers).toBeCloseTo(10, 10);
    expect(azure.customerShare).toBeCloseTo(0.2, 12);
    const chip = loopRevenue(model, result, 'chip');
    expect(chip.revenue).toBeCloseTo(45, 10);
    // The chipmaker put nothing in: none of it is its own, though Microsoft's money reaches it.
    expect(chip.own).toBe(0);
    expect(chip.ownShare).toBe(0);
    expect(chip.customers).toBeCloseTo(5, 10);
  });

  it('sets it against the annual revenue of the company or of its owner, for the model year or the latest before it', () => {
    const { model, result } = solved();
    const azure = loopRevenue(model, result, 'azure');
    expect(azure.annual).toBe(fy26);
    expect(azure.annualShare).toBeCloseTo(50 / 250, 12);
    expect(loopRevenue(model, result, 'chip').annual).toBeNull();
    expect(loopRevenue(model, result, 'chip').annualShare).toBeNull();
    const earlier = compileModel(web(), { year: 2025 });
    expect(annualRevenue(earlier, 'azure')).toBeNull();
    expect(annualRevenue(earlier, 'microsoft')).toBeNull();
    expect(annualRevenue(model, 'microsoft')).toBe(fy26);
    // A year not reported yet is set against the latest reported one, whose period the text names.
    const later = web();
    later.meta.years = [2025, 2026, 2027];
    expect(annualRevenue(compileModel(later, { year: 2027 }), 'azure')).toBe(fy26);
  });

  it('has one row per company a reader can follow', () => {
    const { model, result } = solved();
    expect(loopRevenues(model, result).map((r) => r.entity)).toEqual(['azure', 'chip']);
  });
});

describe('headline figures for the company followed', () => {
  it('follows the company chosen, else the dataset’s', () => {
    const { model, result } = solved();
    expect(headlineFigures(model, result).focus).toBe('chip');
    const azure = headlineFigures(model, result, 'azure');
    expect(azure.focus).toBe('azure');
    expect(azure.focusRevenue).toBeCloseTo(50, 10);
    expect(azure.focusOwn).toBeCloseTo(15, 10);
    expect(azure.focusCustomers).toBeCloseTo(10, 10);
    expect(azure.roundTripShare).toBeCloseTo(0.3, 12);
    expect(azure.customerShare).toBeCloseTo(0.2, 12);
    expect(azure.annual).toBe(fy26);
    expect(azure.annualShare).toBeCloseTo(0.2, 12);
  });

  it('counts equity and loans as outside capital, and revenue at every tier', () => {
    const { model, result } = solved();
    const figures = headlineFigures(model, result, 'azure');
    expect(figures.outsideInvestment).toBeCloseTo(30 + 50 + 40, 10);
    // The customer's 20, the lab's 50 to Azure and Azure's 45 to the chipmaker.
    expect(figures.revenueBooked).toBeCloseTo(20 + 50 + 45, 10);
    // Per dollar of outside capital, its money alone: the customer's 20 is left out, and so is the
    // customer's part of the lab's 50 to Azure (10) and of Azure's 45 (5: Azure also borrows).
    expect(figures.revenuePerDollarInvested).toBeCloseTo((115 - 20 - 10 - 5) / 120, 12);
  });

  it('sums the result it is given: the flows it sums are found once per model, their amounts each time', () => {
    const { model, result } = solved();
    headlineFigures(model, result, 'azure');
    // Microsoft's stake doubled: 30 more outside capital, and (a share of the lab's money goes to Azure) more revenue.
    const values = { ...defaultValues(model.dataset.parameters), stake: 60 };
    const doubled = solveLoop(model, values) as SteadyState;
    const figures = headlineFigures(model, doubled, 'azure');
    expect(figures.outsideInvestment).toBeCloseTo(60 + 50 + 40, 10);
    expect(figures.revenueBooked).toBeGreaterThan(20 + 50 + 45);
    // As a model compiled afresh (nothing found before) figures it.
    const fresh = compileModel(web(), { year: 2026 });
    expect(figures).toEqual(headlineFigures(fresh, solveLoop(fresh, values) as SteadyState, 'azure'));
    expect(loopRevenue(model, doubled, 'azure')).toEqual(loopRevenue(fresh, solveLoop(fresh, values) as SteadyState, 'azure'));
  });

  it('keeps what it found apart for each model: the same loop with its flows in the other order', () => {
    const forwards = solved().model;
    const backwards = compileModel({ ...web(), flows: [...web().flows].reverse() }, { year: 2026 });
    const figure = (model: typeof forwards) =>
      headlineFigures(model, solveLoop(model, defaultValues(model.dataset.parameters)) as SteadyState, 'azure');
    const first = figure(backwards);
    figure(forwards);
    expect(figure(backwards)).toEqual(first);
    expect(first.outsideInvestment).toBeCloseTo(30 + 50 + 40, 10);
    expect(first.revenueBooked).toBeCloseTo(20 + 50 + 45, 10);
    expect(first.focusOwn).toBeCloseTo(15, 10);
  });
});
