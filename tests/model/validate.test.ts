import { describe, expect, it } from 'vitest';
import type { DatasetIssue } from '../../src/model/problems';
import { validateDataset } from '../../src/model/validate';
import type { Dataset } from '../../src/model/types';
import { amountFlow, loadDefaultDataset, shareFlow, smallLoop } from './fixtures';

const ds0 = () => smallLoop();
const GUARDED = ['constructor', '__proto__', 'prototype'];

function errorsOf(mutate: (ds: Dataset) => void): DatasetIssue[] {
  const ds = structuredClone(smallLoop());
  mutate(ds);
  const result = validateDataset(ds);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateDataset', () => {
  it('accepts the small loop', () => {
    const result = validateDataset(smallLoop());
    expect(result.ok).toBe(true);
  });

  it('names an unknown entity with a did-you-mean', () => {
    const errors = errorsOf((ds) => (ds.flows[1]!.to = 'clowd'));
    expect(errors).toContainEqual({
      path: 'flows[1].to',
      code: 'unknown-id',
      params: { kind: 'entity', id: 'clowd', suggestion: 'cloud', known: expect.arrayContaining(['cloud']), moreKnown: false },
    });
  });

  it('lists known ids when nothing is close', () => {
    const errors = errorsOf((ds) => (ds.flows[1]!.from = 'zzzzzzzzzz'));
    expect(errors[0]).toEqual({
      path: 'flows[1].from',
      code: 'unknown-id',
      params: {
        kind: 'entity',
        id: 'zzzzzzzzzz',
        known: ['investor', 'startup', 'cloud', 'chip', 'startup-costs', 'cloud-costs', 'chip-kept'],
        moreKnown: false,
      },
    });
  });

  it('rejects shares out of one entity that can sum over 1', () => {
    const errors = errorsOf((ds) => ds.flows.push(shareFlow('startup', 'chip', 0.3)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toEqual({
      path: 'flows[1].share',
      code: 'shares-over-one',
      params: { entity: 'startup', sum: 1.1, at: [{ id: 'compute', value: 0.8 }] },
    });
  });

  it('keeps the scenario values of sliders named "constructor" or "__proto__", and checks them', () => {
    // Through JSON, as a dataset arrives: an object literal cannot hold a "__proto__" key.
    const named = (value: string) => {
      const ds = { ...smallLoop(), parameters: smallLoop().parameters.map((p, i) => ({ ...p, id: GUARDED[i]! })), flows: [] };
      const values = `{"constructor": ${value}, "__proto__": 0.5, "prototype": 0.25}`;
      return JSON.parse(JSON.stringify(ds).replace(/}$/, `,"scenarios":[{"id":"s","label":{"en":"s"},"values":${values}}]}`)) as unknown;
    };
    const result = validateDataset(named('50'));
    const values = result.ok ? result.dataset.scenarios[0]!.values : {};
    expect(Object.entries(values).sort()).toEqual([
      ['__proto__', 0.5],
      ['constructor', 50],
      ['prototype', 0.25],
    ]);
    const bad = validateDataset(named('"x"'));
    expect(bad.ok ? [] : bad.errors).toContainEqual({ path: 'scenarios[0].values.constructor', code: 'not-a-number', params: {} });
  });

  it('rejects negative and non-finite numbers', () => {
    const negative = errorsOf((ds) => ((ds.flows[3] as { share: number }).share = -0.5));
    expect(negative[0]).toEqual({ path: 'flows[3].share', code: 'negative', params: {} });
    const infinite = errorsOf((ds) => (ds.parameters[0]!.max = Infinity));
    expect(infinite).toContainEqual({ path: 'parameters[0].max', code: 'not-finite', params: {} });
    const nan = errorsOf((ds) => (ds.parameters[0]!.default = Number.NaN));
    expect(nan).toContainEqual({ path: 'parameters[0].default', code: 'not-a-number', params: {} });
  });

  it('rejects a slider default outside its range', () => {
    const errors = errorsOf((ds) => (ds.parameters[1]!.default = 1.5));
    expect(errors).toContainEqual({
      path: 'parameters[1].default',
      code: 'outside-slider-range',
      params: { field: 'default', value: 1.5, min: 0, max: 1 },
    });
  });

  it('rejects duplicate ids', () => {
    const errors = errorsOf((ds) => (ds.entities[2]!.id = 'startup'));
    expect(errors[0]).toEqual({
      path: 'entities[2].id',
      code: 'duplicate-id',
      params: { kind: 'entity', id: 'startup', first: 'entities[1]' },
    });
  });

  it('rejects missing labels and missing fields', () => {
    const blank = errorsOf((ds) => (ds.entities[0]!.label = { en: '  ' }));
    expect(blank).toContainEqual({ path: 'entities[0].label', code: 'no-text', params: {} });
    const missing = errorsOf((ds) => delete (ds.entities[0] as Partial<Dataset['entities'][0]>).label);
    expect(missing[0]).toEqual({ path: 'entities[0].label', code: 'missing', params: {} });
  });

  it('takes a source note in both languages, and names one that is not', () => {
    const source = { id: 's', title: 'T', publisher: 'P', date: '2026-01-01', url: 'https://example.org/' };
    expect(
      validateDataset({ ...smallLoop(), meta: { ...smallLoop().meta, sources: [{ ...source, note: { en: 'n', 'zh-TW': '注' } }] } }).ok,
    ).toBe(true);
    const plain = errorsOf((ds) => (ds.meta.sources = [{ ...source, note: 'n' } as never]));
    expect(plain[0]).toEqual(expect.objectContaining({ path: 'meta.sources[0].note' }));
  });

  it('rejects a flow with neither or both of amount and share', () => {
    const errors = errorsOf((ds) => ((ds.flows[0] as unknown as Record<string, unknown>).share = 0.5));
    expect(errors[0]).toEqual({ path: 'flows[0]', code: 'amount-or-share', params: {} });
  });

  it('rejects unknown parameters, sources and scenario keys', () => {
    const param = errorsOf((ds) => ((ds.flows[1] as { share: unknown }).share = { param: 'compte' }));
    expect(param).toContainEqual(
      expect.objectContaining({ path: 'flows[1].share', params: expect.objectContaining({ id: 'compte', suggestion: 'compute' }) }),
    );
    const source = errorsOf((ds) => (ds.flows[1]!.provenance.sources = ['wsj']));
    expect(source[0]).toEqual({
      path: 'flows[1].provenance.sources[0]',
      code: 'unknown-id',
      params: { kind: 'source', id: 'wsj', known: [], moreKnown: false },
    });
    const scenario = errorsOf((ds) => ds.scenarios.push({ id: 's', label: { en: 's' }, values: { reinvst: 0.5 } }));
    expect(scenario).toContainEqual(
      expect.objectContaining({
        path: 'scenarios[0].values.reinvst',
        code: 'unknown-id',
        params: expect.objectContaining({ kind: 'parameter', id: 'reinvst', suggestion: 'reinvest' }),
      }),
    );
    const outside = errorsOf((ds) => ds.scenarios.push({ id: 's', label: { en: 's' }, values: { reinvest: 2 } }));
    expect(outside).toContainEqual({
      path: 'scenarios[0].values.reinvest',
      code: 'outside-scenario-range',
      params: { id: 'reinvest', value: 2, min: 0, max: 1 },
    });
  });

  it('accepts a fixed payment out of an entity that receives money', () => {
    const ds = structuredClone(smallLoop());
    ds.flows.push(amountFlow('cloud', 'chip-kept', 5));
    expect(validateDataset(ds).ok).toBe(true);
  });

  it('asks for the model years when an amount depends on the year, and names years outside them', () => {
    const byYear = { byYear: { '2026': 5, '2031': 1 } };
    const noYears = errorsOf((ds) => ds.flows.push({ ...amountFlow('investor', 'chip-kept', 5), amount: byYear }));
    expect(noYears).toEqual([{ path: 'flows[7].amount', code: 'needs-years', params: {} }]);
    const outside = errorsOf((ds) => {
      ds.meta.years = [2025, 2026];
      ds.meta.year = 2027;
      ds.flows.push({ ...amountFlow('investor', 'chip-kept', 5), amount: byYear });
    });
    expect(outside).toEqual([
      { path: 'meta.year', code: 'year-not-covered', params: { year: 2027, years: [2025, 2026] } },
      { path: 'flows[7].amount', code: 'year-not-covered', params: { year: 2031, years: [2025, 2026] } },
    ]);
  });

  it('names a basis given for a year outside the model years, or of no known kind', () => {
    const errors = errorsOf((ds) => {
      ds.meta.years = [2025, 2026];
      ds.flows[0]!.provenance = { basis: 'reported', basisInYears: { '2026': 'assumption', '2030': 'estimate' } };
      ds.flows[1]!.provenance = { basis: 'reported', basisInYears: { '2026': 'guess' } } as never;
    });
    expect(errors.map((e) => [e.path, e.code])).toEqual([['flows[1].provenance.basisInYears["2026"]', 'not-one-of']]);
    const outside = errorsOf((ds) => {
      ds.meta.years = [2025, 2026];
      ds.flows[0]!.provenance = { basis: 'reported', basisInYears: { '2026': 'assumption', '2030': 'estimate' } };
    });
    expect(outside).toEqual([
      { path: 'flows[0].provenance.basisInYears', code: 'year-not-covered', params: { year: 2030, years: [2025, 2026] } },
    ]);
  });

  it('wants dates written yyyy-mm-dd and years in ascending order', () => {
    const errors = errorsOf((ds) => {
      ds.meta.asOf = '31 March 2026';
      ds.meta.years = [2026, 2025];
      ds.scenarios.push({ id: 's', label: { en: 's' }, date: '2026-3-1', values: {} });
    });
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['meta.asOf', 'not-a-date'],
      ['meta.years', 'years-not-ascending'],
      ['scenarios[0].date', 'not-a-date'],
    ]);
  });

  it('rejects a second "rest" flow and a flow to itself', () => {
    const rest = errorsOf((ds) => ds.flows.push(shareFlow('cloud', 'chip-kept', 'rest', 'leakage')));
    expect(rest[0]).toEqual({ path: 'flows[7].share', code: 'second-rest', params: { entity: 'cloud', first: 'flows[4]' } });
    const self = errorsOf((ds) => ds.flows.push(shareFlow('chip', 'chip', 0.1)));
    expect(self).toContainEqual({ path: 'flows[7].to', code: 'self-flow', params: { entity: 'chip' } });
  });

  it('rejects a non-object and reports the root', () => {
    const result = validateDataset('nope');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toEqual({
        path: { whole: 'dataset' },
        code: 'not-a-dataset',
        params: { received: 'text' },
      });
  });

  it('keeps what was expected and received when the schema has no code of its own, and refuses deep nesting', () => {
    const wrongType = errorsOf((ds) => ((ds.entities[0] as unknown as { id: number }).id = 5));
    expect(wrongType).toEqual([{ path: 'entities[0].id', code: 'invalid-value', params: { expected: 'string', received: '5' } }]);
    const deep = validateDataset(JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`));
    expect(deep.ok ? [] : deep.errors).toEqual([{ path: { whole: 'dataset' }, code: 'too-deep', params: { max: 64 } }]);
  });

  it('checks parameter ranges, and amounts that can turn negative', () => {
    expect(errorsOf((ds) => (ds.parameters[0]!.min = 300))).toContainEqual({
      path: 'parameters[0].min',
      code: 'min-above-max',
      params: { min: 300, max: ds0().parameters[0]!.max },
    });
    expect(errorsOf((ds) => (ds.parameters[1]!.max = 2))).toContainEqual({
      path: 'parameters[1].max',
      code: 'share-range',
      params: { min: 0, max: 2 },
    });
    expect(errorsOf((ds) => (ds.parameters[0]!.min = -1))).toContainEqual({
      path: 'parameters[0].min',
      code: 'negative-amount-min',
      params: { min: -1 },
    });
    expect(errorsOf((ds) => (ds.parameters[0]!.max = 2e9))).toContainEqual({
      path: 'parameters[0].max',
      code: 'amount-too-big',
      params: { max: 2e9, limit: 1e9 },
    });
  });
});

describe('precise messages for wrong types and shapes', () => {
  it.each<[unknown, string]>([
    [[], 'array'],
    [null, 'null'],
    ['a dataset', 'text'],
    [12, 'number'],
    [true, 'boolean'],
  ])('says a top-level %j is not a dataset object', (input, received) => {
    const result = validateDataset(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: { whole: 'dataset' }, code: 'not-a-dataset', params: { received } }]);
  });

  it('says an amount written as text must be a number, at the amount', () => {
    const input = JSON.parse(JSON.stringify(loadDefaultDataset()));
    const index = input.flows.findIndex((f: { amount?: unknown }) => f.amount !== undefined);
    input.flows[index].amount = '12';
    const result = validateDataset(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: `flows[${index}].amount`, code: 'not-a-number', params: {} }]);
  });

  it('still says amount or share when a flow has both or neither', () => {
    const input = JSON.parse(JSON.stringify(loadDefaultDataset()));
    delete input.flows[0].amount;
    delete input.flows[0].share;
    const result = validateDataset(input);
    expect(!result.ok && result.errors[0]?.code).toBe('amount-or-share');
  });
});
