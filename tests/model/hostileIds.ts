import type { Dataset, Expr, Provenance } from '../../src/model/types';
import { LIMITS } from '../../src/model/limits';

/**
 * Markup with a handler, an entity, quotes, a script end and a CDATA terminator, characters XML
 * cannot hold (controls, a non-character, a lone surrogate): everything the schema lets an id contain.
 */
export const NASTY = `<img src=x onerror="__xss=1">&amp;'</script>]]>\u0000\u0001\u001f\ufffe\ud800`;

/** An id as hostile as the schema accepts: the original (so ids stay unique), then NASTY, padded to the longest id allowed. */
export function hostileId(id: string): string {
  return `${id}${NASTY}`.padEnd(LIMITS.idLength, '<&>');
}

function renameParams(expr: Expr, rename: (id: string) => string): Expr {
  if (typeof expr === 'number') return expr;
  if ('param' in expr) return { param: rename(expr.param) };
  if ('oneMinus' in expr) return { oneMinus: renameParams(expr.oneMinus, rename) };
  if ('product' in expr) return { product: expr.product.map((e) => renameParams(e, rename)) };
  if ('sum' in expr) return { sum: expr.sum.map((e) => renameParams(e, rename)) };
  if ('byYear' in expr) return { byYear: Object.fromEntries(Object.entries(expr.byYear).map(([y, e]) => [y, renameParams(e, rename)])) };
  return { schedule: { ...expr.schedule, total: renameParams(expr.schedule.total, rename) } };
}

type IdKind = 'entity' | 'flow' | 'parameter' | 'scenario' | 'source';

/** The dataset with ids renamed, and every reference to them. */
export function renameIds(dataset: Dataset, rename: (kind: IdKind, id: string) => string): Dataset {
  const ds = structuredClone(dataset);
  const entity = (id: string) => rename('entity', id);
  const param = (id: string) => rename('parameter', id);
  const source = (id: string) => rename('source', id);
  const cite = (provenance: Provenance): Provenance => {
    const cited = provenance.sources ? { ...provenance, sources: provenance.sources.map(source) } : { ...provenance };
    const derivation = provenance.derivation;
    if (derivation) {
      const inputs = Object.fromEntries(
        Object.entries(derivation.inputs).map(([name, input]) => [
          name,
          input.source === undefined ? input : { ...input, source: source(input.source) },
        ]),
      );
      cited.derivation = { ...derivation, inputs };
    }
    return cited;
  };
  ds.meta.sources = ds.meta.sources.map((s) => ({ ...s, id: rename('source', s.id) }));
  if (ds.meta.focus !== undefined) ds.meta.focus = entity(ds.meta.focus);
  ds.entities = ds.entities.map((e) => ({
    ...e,
    id: entity(e.id),
    ...(e.owner === undefined ? {} : { owner: entity(e.owner) }),
    ...(e.revenue === undefined ? {} : { revenue: e.revenue.map((r) => ({ ...r, provenance: cite(r.provenance) })) }),
  }));
  ds.flows = ds.flows.map((f) => {
    const renamed = { ...f, id: rename('flow', f.id), from: entity(f.from), to: entity(f.to), provenance: cite(f.provenance) };
    if ('amount' in f) return { ...renamed, amount: renameParams(f.amount, param) };
    return { ...renamed, share: f.share === 'rest' ? 'rest' : renameParams(f.share, param) };
  }) as Dataset['flows'];
  ds.parameters = ds.parameters.map((p) => ({ ...p, id: param(p.id), provenance: cite(p.provenance) }));
  // Built with defineProperty semantics (fromEntries), so a "__proto__" key is a key, as JSON.parse makes it.
  ds.scenarios = ds.scenarios.map((s) => ({
    ...s,
    id: rename('scenario', s.id),
    values: Object.fromEntries(Object.entries(s.values).map(([id, value]) => [param(id), value])),
  }));
  const flow = (id: string) => rename('flow', id);
  const sources = (ids: string[] | undefined) => (ids === undefined ? {} : { sources: ids.map(source) });
  if (ds.story)
    ds.story = ds.story.map((step) => ({
      ...step,
      ...sources(step.sources),
      ...(step.state === undefined
        ? {}
        : {
            state: {
              ...step.state,
              ...(step.state.scenario === undefined ? {} : { scenario: rename('scenario', step.state.scenario) }),
              ...(step.state.focus === undefined ? {} : { focus: entity(step.state.focus) }),
              ...(step.state.values === undefined
                ? {}
                : { values: Object.fromEntries(Object.entries(step.state.values).map(([id, value]) => [param(id), value])) }),
            },
          }),
      ...(step.highlight === undefined
        ? {}
        : {
            highlight: {
              ...(step.highlight.entities ? { entities: step.highlight.entities.map(entity) } : {}),
              ...(step.highlight.flows ? { flows: step.highlight.flows.map(flow) } : {}),
            },
          }),
      ...(step.annotations === undefined
        ? {}
        : {
            annotations: step.annotations.map((a) => ('entity' in a ? { ...a, entity: entity(a.entity) } : { ...a, flow: flow(a.flow) })),
          }),
    }));
  if (ds.obligations)
    ds.obligations = ds.obligations.map((o) => ({
      ...o,
      from: entity(o.from),
      to: entity(o.to),
      amount: renameParams(o.amount, param),
      provenance: cite(o.provenance),
    }));
  if (ds.stressTests)
    ds.stressTests = ds.stressTests.map((t) => ({
      ...t,
      ...sources(t.sources),
      shocks: {
        ...t.shocks,
        ...(t.shocks.fails === undefined ? {} : { fails: entity(t.shocks.fails) }),
        ...(t.shocks.lenderStops === undefined ? {} : { lenderStops: entity(t.shocks.lenderStops) }),
      },
    }));
  return ds;
}

/** The dataset with every id (entity, flow, parameter, scenario, source) made hostile, and every reference to it. */
export function withHostileIds(dataset: Dataset): Dataset {
  return renameIds(dataset, (_, id) => hostileId(id));
}

/** Ids of the default dataset renamed to names of Object.prototype's members, one or more of each kind. */
export const PROTOTYPE_IDS: Record<IdKind, Record<string, string>> = {
  entity: { openai: '__proto__', nvidia: 'constructor', coreweave: 'toString', oracle: 'valueOf', amazon: 'hasOwnProperty' },
  flow: { 'openai-oracle': '__proto__', 'nvidia-openai-reinvest': 'constructor', 'amazon-openai': 'valueOf' },
  parameter: { 'nvidia-reinvest': '__proto__', 'amazon-openai': 'constructor', 'cloud-gpu-share': 'toString' },
  scenario: { 'sept-2025-loi': '__proto__', 'linear-economy': 'constructor' },
  source: { 'wsj-on-ice': '__proto__', 'cnbc-huang': 'constructor' },
};

export function withPrototypeIds(dataset: Dataset): Dataset {
  return renameIds(dataset, (kind, id) => PROTOTYPE_IDS[kind][id] ?? id);
}
