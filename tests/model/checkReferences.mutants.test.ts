import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/model/checkReferences';
import type { Dataset } from '../../src/model/types';
import { amountFlow, dataset, entity, parameter, shareFlow, smallLoop } from './fixtures';

/** A two-entity dataset with one injected amount: nothing wrong with it. */
function tiny(parts: Partial<Dataset> = {}): Dataset {
  return dataset({
    entities: [entity('a', 'source'), entity('b', 'sink')],
    flows: [amountFlow('a', 'b', 10)],
    ...parts,
  });
}

describe('checkReferences (mutants)', () => {
  it('finds nothing wrong in the small loop', () => {
    expect(checkReferences(smallLoop())).toEqual([]);
  });

  it('refuses an owner that has an owner of its own, naming both', () => {
    const ds = tiny({
      entities: [
        entity('a', 'source'),
        entity('b', 'sink'),
        entity('parent', 'other', 'grand'),
        entity('grand', 'other'),
        entity('child', 'other', 'parent'),
      ],
    });
    expect(checkReferences(ds)).toEqual([
      { path: 'entities[4].owner', code: 'owner-has-owner', params: { owner: 'parent', ownersOwner: 'grand' } },
    ]);
  });

  it('accepts an owner without an owner, and one that owns itself', () => {
    const ds = tiny({
      entities: [entity('a', 'source'), entity('b', 'sink', 'a'), entity('self', 'other', 'self')],
    });
    expect(checkReferences(ds)).toEqual([]);
  });

  it('names an unknown owner with its path and the known ids', () => {
    const ds = tiny({ entities: [entity('a', 'source'), entity('b', 'sink', 'zzz')] });
    expect(checkReferences(ds)).toEqual([
      { path: 'entities[1].owner', code: 'unknown-id', params: { kind: 'entity', id: 'zzz', known: ['a', 'b'], moreKnown: false } },
    ]);
  });

  it('names an unknown focus', () => {
    const base = tiny();
    const ds = { ...base, meta: { ...base.meta, focus: 'qqq' } };
    expect(checkReferences(ds)).toEqual([
      { path: 'meta.focus', code: 'unknown-id', params: { kind: 'entity', id: 'qqq', known: ['a', 'b'], moreKnown: false } },
    ]);
  });

  it('lists at most eight known ids and says there are more', () => {
    const ids = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10'];
    const base = tiny({ entities: ids.map((id) => entity(id, 'other')), flows: [amountFlow('e1', 'e2', 1)] });
    const ds = { ...base, meta: { ...base.meta, focus: 'qqqqqqqq' } };
    expect(checkReferences(ds)).toEqual([
      { path: 'meta.focus', code: 'unknown-id', params: { kind: 'entity', id: 'qqqqqqqq', known: ids.slice(0, 8), moreKnown: true } },
    ]);
  });

  it('names duplicate flow, parameter, scenario and source ids with their kind and first place', () => {
    const base = tiny();
    const source = { id: 's', title: 't', publisher: 'p', date: '2026', url: '' };
    const ds: Dataset = {
      ...base,
      meta: { ...base.meta, sources: [source, source] },
      flows: [amountFlow('a', 'b', 10), amountFlow('a', 'b', 10)],
      parameters: [parameter('p', 0, 1, 0.5), parameter('p', 0, 1, 0.5)],
      scenarios: [
        { id: 'sc', label: { en: 'x' }, values: {} },
        { id: 'sc', label: { en: 'x' }, values: {} },
      ],
    };
    expect(checkReferences(ds)).toEqual([
      { path: 'flows[1].id', code: 'duplicate-id', params: { kind: 'flow', id: 'a-b', first: 'flows[0]' } },
      { path: 'parameters[1].id', code: 'duplicate-id', params: { kind: 'parameter', id: 'p', first: 'parameters[0]' } },
      { path: 'scenarios[1].id', code: 'duplicate-id', params: { kind: 'scenario', id: 'sc', first: 'scenarios[0]' } },
      { path: 'meta.sources[1].id', code: 'duplicate-id', params: { kind: 'source', id: 's', first: 'meta.sources[0]' } },
    ]);
  });

  it('names unknown parameters in amounts and shares under the right field', () => {
    const ds = dataset({
      entities: [entity('a', 'source'), entity('b', 'other'), entity('c', 'sink')],
      flows: [amountFlow('a', 'b', { param: 'nope' }), shareFlow('b', 'c', { param: 'nada' })],
    });
    expect(checkReferences(ds)).toEqual([
      { path: 'flows[0].amount', code: 'unknown-id', params: { kind: 'parameter', id: 'nope', known: [], moreKnown: false } },
      { path: 'flows[1].share', code: 'unknown-id', params: { kind: 'parameter', id: 'nada', known: [], moreKnown: false } },
    ]);
  });

  it('names unknown sources of a parameter under its provenance', () => {
    const p = { ...parameter('p', 0, 1, 0.5), provenance: { basis: 'assumption' as const, sources: ['ghost'] } };
    expect(checkReferences(tiny({ parameters: [p] }))).toEqual([
      {
        path: 'parameters[0].provenance.sources[0]',
        code: 'unknown-id',
        params: { kind: 'source', id: 'ghost', known: [], moreKnown: false },
      },
    ]);
  });

  it('accepts a slider whose min equals its max, and values on the edges', () => {
    const ds = tiny({
      parameters: [
        parameter('fixed', 0.5, 0.5, 0.5),
        { ...parameter('edge', 0.2, 0.8, 0.2), reference: 0.8 },
        parameter('big', 0, 1e9, 5, 'amount'),
      ],
      scenarios: [{ id: 's', label: { en: 's' }, values: { edge: 0.8, fixed: 0.5 } }],
    });
    expect(checkReferences(ds)).toEqual([]);
  });

  it('reports a min above max once, without the other range checks', () => {
    expect(checkReferences(tiny({ parameters: [parameter('p', 2, 1, 1.5)] }))).toEqual([
      { path: 'parameters[0].min', code: 'min-above-max', params: { min: 2, max: 1 } },
    ]);
  });

  it('checks share ranges on both ends, and amount ranges', () => {
    const ds = tiny({
      parameters: [
        parameter('low', -0.1, 0.5, 0),
        parameter('high', 0, 1.5, 0),
        parameter('neg', -1, 5, 0, 'amount'),
        parameter('huge', 0, 2e9, 0, 'amount'),
      ],
    });
    expect(checkReferences(ds)).toEqual([
      { path: 'parameters[0].max', code: 'share-range', params: { min: -0.1, max: 0.5 } },
      { path: 'parameters[1].max', code: 'share-range', params: { min: 0, max: 1.5 } },
      { path: 'parameters[2].min', code: 'negative-amount-min', params: { min: -1 } },
      { path: 'parameters[3].max', code: 'amount-too-big', params: { max: 2e9, limit: 1e9 } },
    ]);
  });

  it('names defaults and reference values outside the slider range', () => {
    const ds = tiny({ parameters: [{ ...parameter('p', 0.2, 0.8, 0.1), reference: 0.9 }] });
    expect(checkReferences(ds)).toEqual([
      { path: 'parameters[0].default', code: 'outside-slider-range', params: { field: 'default', value: 0.1, min: 0.2, max: 0.8 } },
      { path: 'parameters[0].reference', code: 'outside-slider-range', params: { field: 'reference', value: 0.9, min: 0.2, max: 0.8 } },
    ]);
  });

  it('names scenario values outside the range, with a dotted or quoted path', () => {
    const ds = tiny({
      parameters: [parameter('p', 0.2, 0.8, 0.5), parameter('my-p', 0.2, 0.8, 0.5), parameter('1p', 0.2, 0.8, 0.5)],
      scenarios: [{ id: 's', label: { en: 's' }, values: { p: 0.1, 'my-p': 0.9, '1p': 0.95 } }],
    });
    expect(checkReferences(ds)).toEqual([
      { path: 'scenarios[0].values.p', code: 'outside-scenario-range', params: { id: 'p', value: 0.1, min: 0.2, max: 0.8 } },
      { path: 'scenarios[0].values["my-p"]', code: 'outside-scenario-range', params: { id: 'my-p', value: 0.9, min: 0.2, max: 0.8 } },
      { path: 'scenarios[0].values["1p"]', code: 'outside-scenario-range', params: { id: '1p', value: 0.95, min: 0.2, max: 0.8 } },
    ]);
  });

  it('names an unknown scenario parameter at its path', () => {
    const ds = tiny({ scenarios: [{ id: 's', label: { en: 's' }, values: { ghost: 1 } }] });
    expect(checkReferences(ds)).toEqual([
      { path: 'scenarios[0].values.ghost', code: 'unknown-id', params: { kind: 'parameter', id: 'ghost', known: [], moreKnown: false } },
    ]);
  });
});
