import { describe, expect, it } from 'vitest';
import { evaluateFormula } from '../../src/model/derivation';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop, type SteadyState } from '../../src/model/engine';
import { evaluateExpr, exprInYear } from '../../src/model/expr';
import { headlineFigures } from '../../src/model/figures';
import { kindBehaviour } from '../../src/model/kinds';
import { flowStandings } from '../../src/model/flowStanding';
import { OriginMatrix } from '../../src/model/originMatrix';
import { momentDate, statusAt } from '../../src/model/resolveMoment';
import { isAmountFlow, type Dataset, type Derivation, type Flow } from '../../src/model/types';
import { loadDefaultDataset } from './fixtures';

// The default dataset's figures, checked against what its notes and the issue promise: the
// arithmetic in every derivation, which contracts run in which year, and the headline numbers
// that depend on not counting Nvidia's money twice.

const ds = loadDefaultDataset();

function scenario(id: string) {
  const found = ds.scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

/** The loop solved at a scenario's date and values, in a model year. */
function solveAt(dataset: Dataset, year: number, scenarioId?: string) {
  const s = scenarioId ? scenario(scenarioId) : undefined;
  const model = compileModel(dataset, { year, date: momentDate(dataset, s) });
  const result = solveLoop(model, { ...defaultValues(dataset.parameters), ...(s?.values ?? {}) });
  if (result.status !== 'converged') throw new Error('the default dataset diverges');
  return { model, result: result as SteadyState };
}

function inflowOf(dataset: Dataset, year: number, entity: string, scenarioId?: string): number {
  const { model, result } = solveAt(dataset, year, scenarioId);
  return result.inflow[model.structure.entityIndex.get(entity)!]!;
}

/** Money into `entity` whose origin is `origin`'s company. */
function originInto(dataset: Dataset, year: number, scenarioId: string, entity: string, origin: string): number {
  const { model, result } = solveAt(dataset, year, scenarioId);
  const s = model.structure;
  const byOrigin = new OriginMatrix(result.inflowByOrigin, s.origins.length);
  return byOrigin.get(s.entityIndex.get(entity)!, s.origins.indexOf(origin));
}

/**
 * A derivation's value must be what its formula gives, within rounding: 0.5% of the value, or half
 * a unit in its last printed decimal, whichever is larger (0.82 stands for 7 / 8.5 = 0.8235…).
 */
function tolerance(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return Math.max(Math.abs(value) * 0.005, 0.5 * 10 ** -decimals);
}

/**
 * The flow's amount or share in model year `year`, at the parameters' defaults, on the date it was
 * first made when that is after the defaults' date (a later deal counts 0 at the defaults).
 */
function flowFigure(flow: Flow, year: number): number {
  const first = flow.provenance.status?.[0]?.date;
  const date = first && first > ds.meta.asOf ? first : ds.meta.asOf;
  const resolved = compileModel(ds, { year, date }).dataset.flows.find((f) => f.id === flow.id)!;
  const expr = isAmountFlow(resolved) ? resolved.amount : resolved.share;
  if (expr === 'rest') throw new Error(`${flow.id} takes the rest; a derivation has no figure to match`);
  return evaluateExpr(expr, defaultValues(ds.parameters));
}

/** The year a flow's derivation is about: the default year, or the first year with money when it has none then (Oracle: 2027). */
function derivationYear(flow: Flow): number {
  const year = ds.meta.year!;
  if (flowFigure(flow, year) > 0) return year;
  return ds.meta.years!.find((y) => flowFigure(flow, y) > 0) ?? year;
}

describe('the default dataset’s figures', () => {
  it('puts exactly 30 of Nvidia’s money into OpenAI at the March 2026 close, in 2026', () => {
    expect(originInto(ds, 2026, 'mar-2026-close', 'openai', 'nvidia')).toBeCloseTo(30, 9);
    // The what-if reinvestment is what would add to it, and it is off by default.
    expect(ds.parameters.find((p) => p.id === 'nvidia-reinvest')!.default).toBe(0);
  });

  it('evaluates every derivation to the value it states, and states the value the dataset uses', () => {
    const checked: string[] = [];
    const check = (id: string, derivation: Derivation, used: number) => {
      const computed = evaluateFormula(derivation.formula, derivation.inputs);
      expect(Math.abs(computed - derivation.value), `${id}: ${derivation.formula} = ${computed}`).toBeLessThanOrEqual(
        tolerance(derivation.value),
      );
      expect(Math.abs(used - derivation.value), `${id} uses ${used}, its derivation says ${derivation.value}`).toBeLessThanOrEqual(
        tolerance(derivation.value),
      );
      checked.push(id);
    };
    for (const p of ds.parameters) {
      if (p.provenance.derivation) check(p.id, p.provenance.derivation, p.reference ?? p.default);
    }
    for (const f of ds.flows) {
      if (f.provenance.derivation) check(f.id, f.provenance.derivation, flowFigure(f, derivationYear(f)));
    }
    for (const e of ds.entities) {
      for (const r of e.revenue ?? []) if (r.provenance.derivation) check(`${e.id} ${r.year}`, r.provenance.derivation, r.amount);
    }
    for (const o of ds.obligations ?? []) {
      const year = ds.meta.years!.find((y) => evaluateExpr(exprInYear(o.amount, y), defaultValues(ds.parameters)) > 0)!;
      if (o.provenance.derivation)
        check(o.id, o.provenance.derivation, evaluateExpr(exprInYear(o.amount, year), defaultValues(ds.parameters)));
    }
    expect(checked).toEqual(expect.arrayContaining(['oracle-notes-interest', 'oracle-bond-interest']));
    expect(checked.length).toBeGreaterThan(15);
  });

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

  it('labels no estimate or assumption as reported', () => {
    const everything = [
      ...ds.parameters,
      ...ds.flows,
      ...ds.entities.flatMap((e) => (e.revenue ?? []).map((r) => ({ id: `${e.id} ${r.year}`, ...r }))),
    ];
    for (const item of everything) {
      // A figure with arithmetic behind it is our estimate (or rests on an assumption), never a reported one, in any year.
      if (item.provenance.derivation) {
        const bases = [item.provenance.basis, ...Object.values(item.provenance.basisInYears ?? {})];
        for (const basis of bases) expect(['estimate', 'assumption'], item.id).toContain(basis);
      }
    }
    for (const id of ['startup-compute-share', 'nvidia-margin', 'cloud-gpu-share', 'bigtech-vc-openai', 'nvidia-reinvest']) {
      expect(ds.parameters.find((p) => p.id === id)!.provenance.basis, id).not.toBe('reported');
    }
    for (const id of ['oracle-nvidia', 'azure-nvidia', 'coreweave-nvidia', 'aws-nvidia', 'nvidia-coreweave-backstop']) {
      expect(ds.flows.find((f) => f.id === id)!.provenance.basis, id).not.toBe('reported');
    }
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

  it('labels OpenAI’s customer revenue reported where it was booked, a projection where a source forecast it, and an assumption in 2027', () => {
    const standingIn = (year: number) => {
      const model = compileModel(ds, { year });
      return flowStandings(model)[model.dataset.flows.findIndex((f) => f.id === 'customers-openai')]!;
    };
    const years = [2025, 2026, 2027, 2028].map(standingIn);
    expect(years.map((s) => s.basis)).toEqual(['reported', 'projection', 'assumption', 'projection']);
    // Revenue forecast, not booked, is not drawn as committed money.
    expect(years.map((s) => s.commitment)).toEqual(['committed', 'uncommitted', 'assumed', 'uncommitted']);
  });

  it('names sliders in its notes as the page labels them, never by id', () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(ds.flows.map((f) => f.provenance.note ?? {}));
    collect(ds.flows.map((f) => f.provenance.derivation?.inputs ?? {}));
    collect(ds.parameters.map((p) => p.provenance.note ?? {}));
    collect(ds.entities.map((e) => e.description ?? {}));
    // Ids with a hyphen ("cloud-gpu-share") are no words of a sentence.
    const ids = ds.parameters.map((p) => p.id).filter((id) => id.includes('-'));
    expect(texts.filter((text) => ids.some((id) => text.includes(id)))).toEqual([]);
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

  it('maps the whole web, with a source or a labelled assumption for every flow', () => {
    expect(ds.entities.length).toBeGreaterThanOrEqual(25);
    const ids = new Set(ds.entities.map((e) => e.id));
    for (const id of ['microsoft', 'azure', 'anthropic', 'alphabet', 'google-cloud', 'amd', 'xai', 'xai-spv', 'custom-chips', 'lenders']) {
      expect(ids, id).toContain(id);
    }
    expect(ds.flows.some((f) => f.kind === 'debt' && f.from === 'lenders')).toBe(true);
    for (const f of ds.flows) {
      const { basis, sources = [], note } = f.provenance;
      if (basis === 'assumption') {
        expect(note?.en, f.id).toBeTruthy();
        expect(note?.['zh-TW'], f.id).toBeTruthy();
      } else {
        expect(sources.length, f.id).toBeGreaterThan(0);
      }
    }
  });

  it('names no two entities alike, in full or short, in either language', () => {
    for (const lang of ['en', 'zh-TW'] as const) {
      const owner = new Map<string, string>();
      for (const e of ds.entities)
        for (const name of new Set([e.label[lang], e.short?.[lang]].filter((n): n is string => Boolean(n)))) {
          expect(owner.get(name), `${lang} "${name}": ${e.id} and ${owner.get(name)}`).toBeUndefined();
          owner.set(name, e.id);
        }
    }
  });

  it('has no round trip in the linear economy: only customers pay, and there is no outside capital to multiply', () => {
    const { model, result } = solveAt(ds, 2026, 'linear-economy');
    const figures = headlineFigures(model, result);
    expect(figures.roundTripShare).toBe(0);
    expect(figures.customerShare).toBeCloseTo(1, 9);
    expect(figures.revenuePerDollarInvested).toBeNull();
  });
});

describe("the bundled dataset's chip purchases", () => {
  it('call only Nvidia and AMD chips GPUs: custom chips (Trainium, TPU) are chips, counted as chip sales all the same', () => {
    const gpus = ds.flows.filter((f) => f.kind === 'gpu-purchase').map((f) => f.to);
    expect(new Set(gpus)).toEqual(new Set(['nvidia', 'amd']));
    const custom = ds.flows.filter((f) => f.to === 'custom-chips');
    expect(custom.map((f) => f.kind)).toEqual(['chip-purchase', 'chip-purchase']);
    expect(custom.every((f) => kindBehaviour(ds.meta, f.kind) === 'gpu-purchase')).toBe(true);
  });
});
