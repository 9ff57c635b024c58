// The in-page editor's actions: each takes a draft dataset and returns a new one (never mutating
// it, so undo is a list of drafts). A draft may be invalid while the reader types; validation says
// where, and the chart keeps the last valid dataset. Renaming an id renames every reference to it,
// so a reader fixing a typo in an id does not break the flows that use it.
import type { Annotation, StoryStep } from './storyTypes';
import type { Dataset, Entity, Expr, Flow, Parameter, Scenario } from './types';

export type EditList = 'entities' | 'flows' | 'parameters' | 'scenarios';

export type EditAction =
  | { type: 'add'; list: EditList }
  | { type: 'remove'; list: EditList; index: number }
  | { type: 'move'; list: EditList; index: number; by: -1 | 1 }
  | { type: 'set'; list: EditList; index: number; field: string; value: string }
  | { type: 'meta'; field: string; value: string };

/** A dataset with nothing in it but what a dataset must say about itself: the editor's blank page. */
export function emptyDataset(asOf: string): Dataset {
  return {
    meta: {
      title: { en: 'My loop', 'zh-TW': '我的資金循環' },
      description: { en: 'A loop built in the editor.', 'zh-TW': '在編輯器中建立的資金循環。' },
      currency: 'USD',
      unit: 'US$ billions',
      asOf,
      convention: { en: 'Amounts per year.', 'zh-TW': '金額以年計。' },
      sources: [],
    },
    entities: [],
    flows: [],
    parameters: [],
    scenarios: [],
  };
}

export function editDataset(draft: Dataset, action: EditAction): Dataset {
  switch (action.type) {
    case 'add':
      return { ...draft, [action.list]: [...draft[action.list], blank(draft, action.list)] };
    case 'remove':
      return { ...draft, [action.list]: draft[action.list].filter((_, i) => i !== action.index) };
    case 'move': {
      const list = [...draft[action.list]] as unknown[];
      const to = action.index + action.by;
      if (to < 0 || to >= list.length || action.index < 0 || action.index >= list.length) return draft;
      [list[action.index], list[to]] = [list[to], list[action.index]];
      return { ...draft, [action.list]: list };
    }
    case 'set':
      return setField(draft, action.list, action.index, action.field, action.value);
    case 'meta':
      return { ...draft, meta: setPath(draft.meta, action.field, action.value) };
  }
}

/** A new row with a fresh id, filled so that it is as nearly valid as an empty row can be. */
function blank(draft: Dataset, list: EditList): Dataset[EditList][number] {
  const id = freshId(
    draft[list].map((x) => x.id),
    { entities: 'entity', flows: 'flow', parameters: 'slider', scenarios: 'scenario' }[list],
  );
  switch (list) {
    case 'entities':
      return { id, label: { en: '', 'zh-TW': '' }, role: 'other' } satisfies Entity;
    case 'flows': {
      const [from, to] = [draft.entities[0]?.id ?? '', draft.entities[1]?.id ?? ''];
      return { id, from, to, kind: 'equity-investment', amount: 1, provenance: { basis: 'assumption' } } satisfies Flow;
    }
    case 'parameters':
      return {
        id,
        label: { en: '', 'zh-TW': '' },
        group: 'investment',
        unit: 'amount',
        min: 0,
        max: 100,
        step: 1,
        default: 10,
        provenance: { basis: 'assumption' },
      } satisfies Parameter;
    case 'scenarios':
      return { id, label: { en: '', 'zh-TW': '' }, values: {} } satisfies Scenario;
  }
}

function freshId(taken: string[], stem: string): string {
  const used = new Set(taken);
  for (let n = taken.length + 1; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** Fields holding numbers: the text typed is kept as a number when it reads as one, else as typed (and reported). */
const NUMBER_FIELDS = new Set(['min', 'max', 'step', 'default', 'reference']);

function setField(draft: Dataset, list: EditList, index: number, field: string, text: string): Dataset {
  const row = draft[list][index];
  if (!row) return draft;
  if (field === 'id') return renameId(draft, list, index, text);
  let value: unknown = text;
  if (list === 'flows' && field === 'value') return setFlowValue(draft, index, 'amount' in draft.flows[index]! ? 'amount' : 'share', text);
  if (list === 'flows' && field === 'mode') {
    const flow = draft.flows[index]!;
    return text === 'amount' || text === 'share' ? setFlowValue(draft, index, text, flowValueText(flow)) : draft;
  }
  if (NUMBER_FIELDS.has(field)) value = readNumber(text);
  else if (list === 'flows' && (field === 'amount' || field === 'share')) return setFlowValue(draft, index, field, text);
  else if (list === 'scenarios' && field === 'values') value = readValues(text);
  else if (list === 'entities' && field === 'owner' && text === '') return replaceRow(draft, list, index, without(row, 'owner'));
  else if (field === 'date' && text === '') return replaceRow(draft, list, index, without(row, 'date'));
  return replaceRow(draft, list, index, setPath(row, field, value));
}

function replaceRow<L extends EditList>(draft: Dataset, list: L, index: number, row: unknown): Dataset {
  return { ...draft, [list]: draft[list].map((x, i) => (i === index ? row : x)) };
}

function without<T extends object>(row: T, key: string): T {
  const copy = { ...row } as Record<string, unknown>;
  delete copy[key];
  return copy as T;
}

/** Sets `a.b.c` in a copy (for bilingual labels, `label.en`, and provenance, `provenance.basis`). */
function setPath<T>(object: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const record = object as Record<string, unknown>;
  const next = rest.length === 0 ? value : setPath((record[head] as object | undefined) ?? {}, rest.join('.'), value);
  return { ...record, [head]: next } as T;
}

function readNumber(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
}

/**
 * A flow's value as typed: a number, `rest` (a share), a slider's id (that slider's value), or an
 * expression in the dataset's JSON form. Switching between amount and share keeps the value.
 */
export function readFlowValue(draft: Dataset, text: string): Expr | 'rest' | string {
  const trimmed = text.trim();
  if (trimmed === 'rest') return 'rest';
  const number = readNumber(trimmed);
  if (typeof number === 'number') return number;
  if (draft.parameters.some((p) => p.id === trimmed)) return { param: trimmed };
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed) as Expr;
    } catch {
      return text;
    }
  }
  return text;
}

/** The flow value as the editor shows it: the inverse of readFlowValue. */
export function flowValueText(flow: Flow): string {
  const value = 'amount' in flow ? flow.amount : flow.share;
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if ('param' in value) return value.param;
  return JSON.stringify(value);
}

function setFlowValue(draft: Dataset, index: number, field: 'amount' | 'share', text: string): Dataset {
  const flow = draft.flows[index]!;
  const rest = without(without(flow, 'amount'), 'share') as unknown as Record<string, unknown>;
  return replaceRow(draft, 'flows', index, { ...rest, [field]: readFlowValue(draft, text) });
}

/** Scenario values typed as `slider=value; slider=value`. */
function readValues(text: string): Record<string, number | string> {
  const values: Record<string, number | string> = Object.create(null) as Record<string, number | string>;
  for (const part of text.split(/[;；\n]/)) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const key = part.slice(0, at).trim();
    if (key !== '') values[key] = readNumber(part.slice(at + 1));
  }
  return { ...values };
}

export function valuesText(values: Record<string, number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

/**
 * Renames a row's id and every reference to it: flows' ends, owners and the focus for an entity; expressions and
 * scenario values for a slider; and the story steps' states, highlights and callouts for any of them.
 */
function renameId(draft: Dataset, list: EditList, index: number, next: string): Dataset {
  const previous = draft[list][index]!.id;
  const row = replaceRow(draft, list, index, { ...draft[list][index], id: next });
  // Another row with the old id (a duplicate) keeps the references.
  if (previous === next || draft[list].some((x, i) => i !== index && x.id === previous)) return row;
  const renamed = row.story ? { ...row, story: row.story.map((step) => renameInStep(step, list, previous, next)) } : row;
  if (list === 'entities') {
    const swap = (id: string) => (id === previous ? next : id);
    return {
      ...renamed,
      meta: renamed.meta.focus === previous ? { ...renamed.meta, focus: next } : renamed.meta,
      entities: renamed.entities.map((e) => (e.owner === previous ? { ...e, owner: next } : e)),
      flows: renamed.flows.map((f) => (f.from === previous || f.to === previous ? { ...f, from: swap(f.from), to: swap(f.to) } : f)),
    };
  }
  if (list === 'parameters') {
    return {
      ...renamed,
      flows: renamed.flows.map((f) =>
        'amount' in f ? { ...f, amount: renameParam(f.amount, previous, next) } : { ...f, share: renameParam(f.share, previous, next) },
      ),
      scenarios: renamed.scenarios.map((s) =>
        Object.hasOwn(s.values, previous)
          ? { ...s, values: Object.fromEntries(Object.entries(s.values).map(([k, v]) => [k === previous ? next : k, v])) }
          : s,
      ),
    };
  }
  return renamed;
}

/** A story step with one id renamed wherever the step refers to it. */
function renameInStep(step: StoryStep, list: EditList, previous: string, next: string): StoryStep {
  const swap = (id: string) => (id === previous ? next : id);
  const { state, highlight, annotations } = step;
  if (list === 'parameters')
    return state?.values && Object.hasOwn(state.values, previous)
      ? { ...step, state: { ...state, values: Object.fromEntries(Object.entries(state.values).map(([k, v]) => [swap(k), v])) } }
      : step;
  if (list === 'scenarios') return state?.scenario === previous ? { ...step, state: { ...state, scenario: next } } : step;
  const entities = list === 'entities';
  const kind = entities ? 'entities' : 'flows';
  const annotation = (a: Annotation): Annotation =>
    'entity' in a ? (entities ? { ...a, entity: swap(a.entity) } : a) : entities ? a : { ...a, flow: swap(a.flow) };
  return {
    ...step,
    ...(entities && state?.focus === previous && { state: { ...state, focus: next } }),
    ...(highlight?.[kind] && { highlight: { ...highlight, [kind]: highlight[kind].map(swap) } }),
    ...(annotations && { annotations: annotations.map(annotation) }),
  };
}

function renameParam<E extends Expr | 'rest'>(expr: E, previous: string, next: string): E {
  if (typeof expr !== 'object' || expr === null) return expr;
  const e = expr as Exclude<Expr, number>;
  if ('param' in e) return (e.param === previous ? { param: next } : e) as E;
  if ('oneMinus' in e) return { oneMinus: renameParam(e.oneMinus, previous, next) } as E;
  if ('product' in e) return { product: e.product.map((x) => renameParam(x, previous, next)) } as E;
  if ('sum' in e) return { sum: e.sum.map((x) => renameParam(x, previous, next)) } as E;
  if ('byYear' in e)
    return { byYear: Object.fromEntries(Object.entries(e.byYear).map(([y, x]) => [y, renameParam(x, previous, next)])) } as E;
  if ('schedule' in e) return { schedule: { ...e.schedule, total: renameParam(e.schedule.total, previous, next) } } as E;
  return expr;
}
