import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/model/engine';
import { flowStanding, flowStandings } from '../../src/model/flowStanding';
import type { Provenance } from '../../src/model/types';
import { smallLoop } from './fixtures';

const loi: Provenance = {
  basis: 'reported',
  status: [
    { date: '2025-09-22', status: 'letter-of-intent' },
    { date: '2026-01-30', status: 'on-ice' },
  ],
};

describe('flowStanding', () => {
  it('follows a deal from letter of intent to on ice by date', () => {
    expect(flowStanding(loi, '2025-09-21')).toEqual({ status: 'not-yet', basis: 'reported', commitment: 'uncommitted' });
    expect(flowStanding(loi, '2025-09-22')).toEqual({ status: 'letter-of-intent', basis: 'reported', commitment: 'uncommitted' });
    expect(flowStanding(loi, '2026-01-29').commitment).toBe('uncommitted');
    expect(flowStanding(loi, '2026-01-30')).toEqual({ status: 'on-ice', basis: 'reported', commitment: 'on-ice' });
    expect(flowStanding(loi, '2026-03-31').commitment).toBe('on-ice');
  });

  it('counts in-talks and conditional amounts as not committed, announced, definitive and completed deals as committed', () => {
    const at = (status: NonNullable<Provenance['status']>[number]['status'], basis: Provenance['basis'] = 'reported') =>
      flowStanding({ basis, status: [{ date: '2025-01-01', status }] }, '2026-01-01').commitment;
    expect(at('in-talks')).toBe('uncommitted');
    expect(at('conditional')).toBe('uncommitted');
    expect(at('announced')).toBe('committed');
    expect(at('definitive')).toBe('committed');
    expect(at('completed')).toBe('committed');
    // A status that says the money is not committed outranks the basis; a committed one leaves an assumption an assumption.
    expect(at('letter-of-intent', 'assumption')).toBe('uncommitted');
    expect(at('completed', 'assumption')).toBe('assumed');
  });

  it('draws figures without a deal status by their basis: assumptions apart, reported figures and estimates committed', () => {
    expect(flowStanding({ basis: 'assumption' }, '2026-01-01')).toEqual({ status: null, basis: 'assumption', commitment: 'assumed' });
    expect(flowStanding({ basis: 'estimate' }, '2026-01-01').commitment).toBe('committed');
    expect(flowStanding({ basis: 'reported' }, '2026-01-01').commitment).toBe('committed');
  });

  it('draws a reported projection as not committed, even under a definitive deal', () => {
    expect(flowStanding({ basis: 'projection' }, '2026-01-01')).toEqual({ status: null, basis: 'projection', commitment: 'uncommitted' });
    const signed: Provenance = { basis: 'projection', status: [{ date: '2025-01-01', status: 'definitive' }] };
    expect(flowStanding(signed, '2026-01-01').commitment).toBe('uncommitted');
  });
});

describe('flowStandings', () => {
  it("gives each flow its standing at the model's date, computed once per model", () => {
    const ds = smallLoop();
    ds.flows[0] = { ...ds.flows[0]!, provenance: loi };
    const atLoi = compileModel(ds, { date: '2025-10-01' });
    const standings = flowStandings(atLoi);
    expect(standings.map((s) => s.commitment)).toEqual(['uncommitted', ...new Array(6).fill('assumed')]);
    expect(flowStandings(atLoi)).toBe(standings);
    expect(flowStandings(compileModel(ds, { date: '2026-02-01' }))[0]?.commitment).toBe('on-ice');
  });
});
