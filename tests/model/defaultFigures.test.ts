import { describe, expect, it } from 'vitest';
import { evaluateFormula } from '../../src/model/derivation';
import { evaluateExpr, exprInYear } from '../../src/model/expr';
import { defaultValues } from '../../src/model/defaults';
import { compileModel } from '../../src/model/engine';
import { headlineFigures } from '../../src/model/figures';
import { kindBehaviour } from '../../src/model/kinds';
import { flowStandings } from '../../src/model/flowStanding';
import { type Derivation, type Flow } from '../../src/model/types';
import { ds, flowFigure, originInto, solveAt } from './defaultSolve';

// The default dataset's figures, checked against what its notes and the issue promise: the
// arithmetic in every derivation and the headline numbers that depend on not counting Nvidia's
// money twice (which deal counts from which date: defaultDates.test.ts).

/**
 * A derivation's value must be what its formula gives, within rounding: 0.5% of the value, or half
 * a unit in its last printed decimal, whichever is larger (0.82 stands for 7 / 8.5 = 0.8235…).
 */
function tolerance(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return Math.max(Math.abs(value) * 0.005, 0.5 * 10 ** -decimals);
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
