// The editor's actions: pure edits of a draft dataset. Fuzzed like the loader: any sequence of edits
// leaves a draft that either validates (and then the engine's numbers are finite and money is
// conserved) or is rejected with located problems; nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { editDataset, emptyDataset, flowValueText, type EditAction, type EditList } from '../../src/model/editDataset';
import { compileModel, solveLoop } from '../../src/model/engine';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { loadDefaultDataset, smallLoop } from './fixtures';
import { flowRows } from './flowRows';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 10_000);
const run = (start: Dataset, actions: EditAction[]) => actions.reduce(editDataset, start);
const set = (list: EditList, index: number, field: string, value: string): EditAction => ({ type: 'set', list, index, field, value });

describe('editing a dataset', () => {
  it('builds a valid loop from empty', () => {
    const draft = run(emptyDataset('2026-01-01'), [
      { type: 'add', list: 'entities' },
      set('entities', 0, 'id', 'fund'),
      set('entities', 0, 'label.en', 'Fund'),
      set('entities', 0, 'role', 'source'),
      { type: 'add', list: 'entities' },
      set('entities', 1, 'id', 'lab'),
      set('entities', 1, 'label.en', 'Lab'),
      set('entities', 1, 'role', 'startup'),
      { type: 'add', list: 'entities' },
      set('entities', 2, 'id', 'out'),
      set('entities', 2, 'label.en', 'Out'),
      set('entities', 2, 'role', 'sink'),
      { type: 'add', list: 'flows' },
      set('flows', 0, 'amount', '10'),
      { type: 'add', list: 'flows' },
      set('flows', 1, 'from', 'lab'),
      set('flows', 1, 'to', 'out'),
      set('flows', 1, 'kind', 'leakage'),
      set('flows', 1, 'mode', 'share'),
      set('flows', 1, 'share', 'rest'),
    ]);
    const checked = validateDataset(draft);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(draft.flows[0]).toMatchObject({ from: 'fund', to: 'lab', amount: 10 });
    expect(draft.flows[1]).toMatchObject({ from: 'lab', to: 'out', share: 'rest' });
    // What the editor downloads loads back as it is.
    expect(JSON.parse(JSON.stringify(draft))).toEqual(draft);
  });

  it('renames every reference with an id', () => {
    const ds = loadDefaultDataset();
    const index = ds.entities.findIndex((e) => e.id === 'nvidia');
    const uses = ds.flows.filter((f) => f.from === 'nvidia' || f.to === 'nvidia').length;
    const renamed = editDataset(ds, set('entities', index, 'id', 'nvda'));
    expect(renamed.flows.filter((f) => f.from === 'nvda' || f.to === 'nvda')).toHaveLength(uses);
    expect(renamed.flows.some((f) => f.from === 'nvidia' || f.to === 'nvidia')).toBe(false);
    const checked = validateDataset(renamed);
    expect(checked.ok).toBe(true);

    const p = ds.parameters.findIndex((x) => x.id === 'nvidia-openai');
    const withSlider = editDataset(ds, set('parameters', p, 'id', 'nv-oa'));
    expect(JSON.stringify(withSlider.flows)).not.toContain('"nvidia-openai"');
    expect(validateDataset(withSlider).ok).toBe(true);
  });

  it("renames the story steps' references too: states, highlights and callouts", () => {
    const ds = loadDefaultDataset();
    const rename = (list: 'entities' | 'flows' | 'scenarios' | 'parameters', id: string, next: string) => {
      const renamed = editDataset(
        ds,
        set(
          list,
          ds[list].findIndex((x) => x.id === id),
          'id',
          next,
        ),
      );
      const checked = validateDataset(renamed);
      expect(checked.ok ? [] : checked.errors, `${list} ${id}`).toEqual([]);
      expect(JSON.stringify(renamed.story), `${list} ${id}`).not.toContain(`"${id}"`);
      return renamed.story!;
    };
    // nvidia is highlighted and called out; the flow is highlighted and called out; the scenario and the slider set by steps.
    expect(rename('entities', 'nvidia', 'nvda')[1]!.annotations).toMatchObject([{ entity: 'nvda' }]);
    expect(rename('flows', 'nvidia-fund-openai-loi', 'loi')[0]).toMatchObject({
      highlight: { flows: ['loi'] },
      annotations: [{ flow: 'loi' }],
    });
    expect(rename('scenarios', 'mar-2026-close', 'close')[3]!.state).toMatchObject({ scenario: 'close' });
    expect(rename('parameters', 'softbank-openai', 'sb')[5]!.state!.values).toMatchObject({ sb: 15 });
  });

  it('keeps what the reader types where it is not (yet) a number, for validation to point at', () => {
    const ds = loadDefaultDataset();
    const typed = editDataset(ds, set('parameters', 0, 'max', '1e'));
    expect(typed.parameters[0]!.max).toBe('1e');
    const checked = validateDataset(typed);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.some((e) => e.path === 'parameters[0].max')).toBe(true);
  });

  it('reads a flow value as a number, a slider, rest or an expression, and writes it back the same', () => {
    const ds = loadDefaultDataset();
    const f = ds.flows.findIndex((x) => 'amount' in x);
    for (const text of ['12.5', ds.parameters[0]!.id, '{"product":[0.5,{"param":"' + ds.parameters[0]!.id + '"}]}']) {
      expect(flowValueText(editDataset(ds, set('flows', f, 'amount', text)).flows[f]!)).toBe(text);
      // The editor's value column sets the flow's amount or share, whichever it has.
      const edited = editDataset(ds, set('flows', f, 'value', text));
      expect(flowValueText(edited.flows[f]!)).toBe(text);
      expect(Object.keys(edited.flows[f]!)).not.toContain('value');
    }
    const share = editDataset(editDataset(ds, set('flows', f, 'mode', 'share')), set('flows', f, 'share', 'rest'));
    expect(share.flows[f]).toMatchObject({ share: 'rest' });
    expect('amount' in share.flows[f]!).toBe(false);
  });

  const list = fc.constantFrom<EditList>('entities', 'flows', 'parameters', 'scenarios');
  const field = fc.constantFrom(
    'id',
    'label.en',
    'label.zh-TW',
    'role',
    'owner',
    'from',
    'to',
    'kind',
    'mode',
    'amount',
    'share',
    'value',
    'min',
    'max',
    'step',
    'default',
    'unit',
    'group',
    'date',
    'values',
    'provenance.basis',
  );
  const value = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '0',
      '1',
      '0.5',
      '-1',
      'rest',
      'nvidia',
      'openai',
      'nvidia-openai',
      'amount',
      'share',
      'sink',
      '__proto__',
      'a=1; b=2',
      '{"param":"x"}',
      '{',
    ),
    fc.double({ noNaN: true }).map(String),
  );
  const action: fc.Arbitrary<EditAction> = fc.oneof(
    list.map((l) => ({ type: 'add', list: l }) as EditAction),
    fc.record({ list, index: fc.nat(40) }).map(({ list: l, index }) => ({ type: 'remove', list: l, index }) as EditAction),
    fc.record({ list, index: fc.nat(40), by: fc.constantFrom<-1 | 1>(-1, 1) }).map((a) => ({ type: 'move', ...a }) as EditAction),
    fc.record({ list, index: fc.nat(40), field, value }).map((a) => ({ type: 'set', ...a }) as EditAction),
    fc.record({ field: fc.constantFrom('title.en', 'currency', 'unit', 'asOf'), value }).map((a) => ({ type: 'meta', ...a }) as EditAction),
  );

  it(`never throws, and any valid draft gives finite numbers with money conserved (${TOTAL} sequences)`, { timeout: 300_000 }, () => {
    // Mostly small starts (the default dataset's share checks take most of a case's time), some the default.
    const starts = [
      emptyDataset('2026-01-01'),
      smallLoop(),
      smallLoop(),
      smallLoop(),
      smallLoop(),
      smallLoop(),
      smallLoop(),
      smallLoop(),
      smallLoop(),
      loadDefaultDataset(),
    ];
    fc.assert(
      fc.property(fc.nat(starts.length - 1), fc.array(action, { maxLength: 8 }), (start, actions) => {
        const draft = run(starts[start]!, actions);
        const checked = validateDataset(JSON.parse(JSON.stringify(draft)));
        if (!checked.ok) {
          expect(checked.errors.length).toBeGreaterThan(0);
          return;
        }
        const model = compileModel(checked.dataset);
        const result = solveLoop(model, defaultValues(checked.dataset.parameters));
        if (result.status !== 'converged') return;
        for (const array of [result.flowValue, result.inflow, flowRows(result), result.absorbed])
          expect(array.every((x) => Number.isFinite(x) && x >= -1e-9)).toBe(true);
        // Conservation: every unit injected ends absorbed (left the loop, or kept by whoever holds it).
        const absorbed = result.absorbed.reduce((a, b) => a + b, 0);
        expect(Math.abs(absorbed - result.injected) / Math.max(1, result.injected)).toBeLessThan(1e-9);
      }),
      { numRuns: TOTAL },
    );
  });
});
