import { describe, expect, it } from 'vitest';
import { statusAt } from '../../src/model/resolveMoment';
import { ds, flowFigure, inflowOf, originInto, scenario, solveAt } from './defaultSolve';

// The default dataset's deals as they stood on each scenario's date, and its contracts by model
// year: which counts, from when, and what the scenarios say of it.

describe('the default dataset’s deals by date and year', () => {
  it('counts Anthropic’s April 2026 deals only from their dates: 0 at the defaults, their upfront parts in the April scenario', () => {
    const later = ['amazon-anthropic-2026', 'alphabet-anthropic-2026', 'anthropic-aws-2026'];
    const valueOf = (id: string, year: number, scenarioId?: string) => {
      const { model, result } = solveAt(ds, year, scenarioId);
      return result.flowValue[model.dataset.flows.findIndex((f) => f.id === id)]!;
    };
    // After the defaults' date (31 March 2026): nothing of them in any year, so the headline stands.
    for (const id of later) for (const year of ds.meta.years!) expect(valueOf(id, year), `${id} ${year}`).toBe(0);
    for (const id of later) expect(valueOf(id, 2026, 'mar-2026-close'), id).toBe(0);
    // On 24 April 2026: Amazon's 5 now and Alphabet's 10 upfront, not their milestone parts (20 and 30).
    expect(valueOf('amazon-anthropic-2026', 2026, 'apr-2026-anthropic')).toBeCloseTo(5, 9);
    expect(valueOf('alphabet-anthropic-2026', 2026, 'apr-2026-anthropic')).toBeCloseTo(10, 9);
    // Anthropic's US$100B over ten years on AWS is 10 a year owed in all, Project Rainier's assumed 5
    // included, not 10 beside it; in 2026 it is paid in full (later years have no investment to pay it from).
    const flow = (id: string) => ds.flows.find((f) => f.id === id)!;
    for (const year of [2026, 2027, 2028])
      expect(flowFigure(flow('anthropic-aws'), year) + flowFigure(flow('anthropic-aws-2026'), year), String(year)).toBeCloseTo(10, 9);
    const toAws = (scenarioId: string) => valueOf('anthropic-aws', 2026, scenarioId) + valueOf('anthropic-aws-2026', 2026, scenarioId);
    expect(toAws('apr-2026-anthropic')).toBeCloseTo(10, 9);
    expect(toAws('mar-2026-close')).toBeCloseTo(5, 9);
    // Amazon's money comes back to AWS through Anthropic's spending: more of it than before the deal.
    const amazonBack = (scenarioId: string) => originInto(ds, 2026, scenarioId, 'aws', 'amazon');
    expect(amazonBack('apr-2026-anthropic')).toBeGreaterThan(amazonBack('mar-2026-close') + 0.1);
    // Every part is marked announced at the scenario's date, and each note says what is left out.
    const date = scenario('apr-2026-anthropic').date!;
    for (const id of later) expect(statusAt(ds.flows.find((f) => f.id === id)!.provenance, date), id).toBe('announced');
    expect(ds.flows.find((f) => f.id === 'amazon-anthropic-2026')!.provenance.note!.en).toContain(
      'US$20B depends on commercial milestones: not committed, so not counted',
    );
    expect(ds.flows.find((f) => f.id === 'alphabet-anthropic-2026')!.provenance.note!.en).toContain(
      'US$30B depends on performance milestones: not committed, so not counted',
    );
  });

  it('lets the model year decide which contracts run: Oracle is paid by OpenAI from 2027 only', () => {
    const paid = (year: number) => {
      const { model, result } = solveAt(ds, year);
      return result.flowValue[model.dataset.flows.findIndex((f) => f.id === 'openai-oracle')]!;
    };
    expect(paid(2025)).toBe(0);
    expect(paid(2026)).toBe(0);
    expect(paid(2027)).toBeGreaterThan(10);
    expect(inflowOf(ds, 2026, 'oracle')).toBeGreaterThan(0); // its bonds, not OpenAI
  });

  it('counts each of Oracle’s bonds, and the interest on it, only from the day it was sold', () => {
    const fromLenders = (year: number, scenarioId: string) => {
      const { model, result } = solveAt(ds, year, scenarioId);
      return model.dataset.flows.reduce((sum, f, i) => sum + (f.from === 'lenders' && f.to === 'oracle' ? result.flowValue[i]! : 0), 0);
    };
    // The September 2025 notes (sold on the 26th), in model year 2025.
    expect(fromLenders(2025, 'sept-2025-loi')).toBe(0);
    expect(fromLenders(2025, 'jan-2026-on-ice')).toBeCloseTo(18, 9);
    // The bond of 2 February 2026, in model year 2026: not yet on 30 January.
    expect(fromLenders(2026, 'jan-2026-on-ice')).toBe(0);
    expect(fromLenders(2026, 'feb-2026-round')).toBeCloseTo(25, 9);
    const interest = (id: string, scenarioId: string) =>
      statusAt(ds.obligations!.find((o) => o.id === id)!.provenance, scenario(scenarioId).date!);
    expect(interest('oracle-bond-interest', 'jan-2026-on-ice')).toBe('not-yet');
    expect(interest('oracle-bond-interest', 'feb-2026-round')).toBe('completed');
    expect(interest('oracle-notes-interest', 'sept-2025-loi')).toBe('not-yet');
    expect(interest('oracle-notes-interest', 'jan-2026-on-ice')).toBe('completed');
  });

  it('says so where a scenario splits compute spending by contracts signed after its date', () => {
    // The split among OpenAI's providers (and AWS's between Nvidia and Trainium) rests on the contracts
    // its sources report: the latest source of those flows dated to the day (as a contract's filing
    // or report is; a year's outlook is not) is when the split was last known (AWS's US$100B, signed
    // on 2026-02-27, when this was written).
    const splitFlows = ds.flows.filter(
      (f) =>
        (f.from === 'openai' && f.kind === 'compute-spend') || (f.from === 'aws' && ['gpu-purchase', 'chip-purchase'].includes(f.kind)),
    );
    const dates = splitFlows.flatMap((f) => f.provenance.sources ?? []).map((id) => ds.meta.sources.find((s) => s.id === id)!.date);
    const lastContract = dates
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .at(-1)!;
    expect(lastContract >= '2026-02-27').toBe(true);
    const earlier = ds.scenarios.filter((s) => s.date !== undefined && s.date < lastContract);
    expect(earlier.map((s) => s.id)).toEqual(['sept-2025-loi', 'jan-2026-on-ice']);
    for (const s of earlier) {
      expect(s.description?.en, s.id).toContain('hindsight');
      expect(s.description?.['zh-TW'], s.id).toContain('後見之明');
    }
  });

  it('counts Anthropic’s February 2026 round from the month’s end, as its scenario says', () => {
    const round = ds.flows.find((f) => f.id === 'bigtech-vc-anthropic')!;
    expect(statusAt(round.provenance, scenario('feb-2026-round').date!)).toBe('not-yet');
    expect(scenario('feb-2026-round').description?.en).toContain('so it is not in yet');
    expect(statusAt(round.provenance, scenario('mar-2026-close').date!)).toBe('completed');
  });

  it('keeps the round’s three big stakes definitive at its close: their payment is not reported, only the round’s committed capital', () => {
    for (const id of ['nvidia-fund-openai', 'softbank-openai', 'amazon-openai']) {
      const flow = ds.flows.find((f) => f.id === id)!;
      expect(statusAt(flow.provenance, scenario('mar-2026-close').date!), id).toBe('definitive');
    }
  });

  it('keeps the letter of intent on ice after the stake, as no report says it ended, and the story says so', () => {
    const loi = ds.flows.find((f) => f.id === 'nvidia-fund-openai-loi')!;
    expect(statusAt(loi.provenance, scenario('mar-2026-close').date!)).toBe('on-ice');
    const step = ds.story!.find((s) => s.id === 'a-stake-instead')!;
    expect(step.text.en).toContain('last reported on ice');
    expect(step.text['zh-TW']).toContain('最後報導的狀態為擱置');
    expect(step.text.en).not.toMatch(/in place of/i);
  });

  it('shows the Nvidia letter of intent as a letter of intent in September 2025 and on ice in January 2026', () => {
    const loi = ds.flows.find((f) => f.id === 'nvidia-fund-openai-loi')!;
    expect(statusAt(loi.provenance, scenario('sept-2025-loi').date!)).toBe('letter-of-intent');
    expect(statusAt(loi.provenance, scenario('jan-2026-on-ice').date!)).toBe('on-ice');
    // The equity stake that replaced it did not exist yet in September 2025, so it counts 0 there.
    expect(originInto(ds, 2026, 'sept-2025-loi', 'openai', 'nvidia')).toBeCloseTo(scenario('sept-2025-loi').values['nvidia-loi']!, 9);
  });
});
