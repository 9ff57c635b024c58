import { describe, expect, it } from 'vitest';
import { compileModel, solveLoop } from '../../src/model/engine';
import { defaultYear, momentDate, resolveMoment, statusAt } from '../../src/model/resolveMoment';
import type { Dataset, Provenance } from '../../src/model/types';
import { amountFlow, dataset, entity, shareFlow } from './fixtures';

function yearly(): Dataset {
  const ds = dataset({
    entities: [entity('investor', 'source'), entity('lab', 'startup'), entity('cash', 'sink')],
    flows: [
      { ...amountFlow('investor', 'lab', 0), id: 'round', amount: { byYear: { '2025': 10, '2026': { param: 'stake' } } } },
      { ...amountFlow('investor', 'lab', 0), id: 'contract', amount: { schedule: { start: 2026, term: 4, total: 38 } } },
      {
        ...amountFlow('investor', 'lab', 7),
        id: 'later',
        provenance: {
          basis: 'reported',
          status: [
            { date: '2025-09-22', status: 'letter-of-intent' },
            { date: '2026-01-30', status: 'on-ice' },
          ],
        },
      },
      shareFlow('lab', 'cash', 'rest', 'leakage'),
    ],
  });
  ds.meta.years = [2025, 2026, 2027, 2028, 2029, 2030];
  ds.meta.year = 2026;
  return ds;
}

const amountIn = (ds: Dataset, id: string) => ds.flows.find((f) => f.id === id) as { amount: unknown };

describe('resolveMoment', () => {
  it('picks a per-year value, 0 in years not listed', () => {
    const ds = yearly();
    expect(amountIn(resolveMoment(ds, { year: 2025, date: '2026-03-31' }), 'round').amount).toBe(10);
    expect(amountIn(resolveMoment(ds, { year: 2026, date: '2026-03-31' }), 'round').amount).toEqual({ param: 'stake' });
    expect(amountIn(resolveMoment(ds, { year: 2027, date: '2026-03-31' }), 'round').amount).toBe(0);
  });

  it('gives a flow the basis of its figure in the year, and its own basis in other years', () => {
    const ds = yearly();
    ds.flows[0]!.provenance = { basis: 'reported', basisInYears: { '2026': 'assumption' } };
    const basisIn = (year: number) => resolveMoment(ds, { year, date: '2026-03-31' }).flows[0]!.provenance.basis;
    expect(basisIn(2025)).toBe('reported');
    expect(basisIn(2026)).toBe('assumption');
    expect(basisIn(2027)).toBe('reported');
    // The dataset itself is left as it was.
    expect(ds.flows[0]!.provenance.basis).toBe('reported');
  });

  it('spreads a schedule evenly over its term and nowhere else', () => {
    const ds = yearly();
    const perYear = [2025, 2026, 2029, 2030].map((year) => {
      const result = solveLoop(compileModel(ds, { year }), {});
      if (result.status !== 'converged') throw new Error('converges');
      return result.flowValue[1];
    });
    expect(perYear).toEqual([0, 9.5, 9.5, 0]);
  });

  it('counts a deal at 0 before its first status, and shows the status of the date', () => {
    const ds = yearly();
    const provenance = ds.flows[2]!.provenance as Provenance;
    expect(statusAt(provenance, '2025-09-21')).toBe('not-yet');
    expect(statusAt(provenance, '2025-09-22')).toBe('letter-of-intent');
    expect(statusAt(provenance, '2026-01-29')).toBe('letter-of-intent');
    expect(statusAt(provenance, '2026-03-31')).toBe('on-ice');
    expect(statusAt({ basis: 'assumption' }, '2026-03-31')).toBeNull();
    expect(amountIn(resolveMoment(ds, { year: 2026, date: '2025-09-01' }), 'later').amount).toBe(0);
    expect(amountIn(resolveMoment(ds, { year: 2026, date: '2025-10-01' }), 'later').amount).toBe(7);
  });

  it('starts at the dataset year and date, and a scenario shows its own date', () => {
    const ds = yearly();
    ds.scenarios.push(
      { id: 'loi', label: { en: 'LOI' }, date: '2025-09-22', values: {} },
      { id: 'undated', label: { en: 'u' }, values: {} },
    );
    expect(defaultYear(ds.meta)).toBe(2026);
    expect(defaultYear({ ...ds.meta, year: 2031 })).toBe(2025);
    expect(momentDate(ds, 'loi')).toBe('2025-09-22');
    expect(momentDate(ds, 'undated')).toBe('2026-03-31');
    expect(momentDate(ds, null)).toBe('2026-03-31');
    expect(compileModel(ds).moment).toEqual({ year: 2026, date: '2026-03-31' });
  });

  it('compiles the same dataset and moment once', () => {
    const ds = yearly();
    expect(compileModel(ds, { year: 2027 })).toBe(compileModel(ds, { year: 2027, date: '2026-03-31' }));
    expect(compileModel(ds, { year: 2027 })).not.toBe(compileModel(ds, { year: 2028 }));
    expect(compileModel(ds, { year: 2027 }).source).toBe(ds);
  });
});
