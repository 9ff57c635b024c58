import type { Dataset, Expr } from '../../src/model/types';
import { LIMITS } from '../../src/model/limits';

/**
 * Markup, entity and CDATA terminators, quotes, characters XML cannot hold (controls, a
 * non-character, a lone surrogate): everything the dataset schema lets an id contain.
 */
export const NASTY = `<b title="x">&amp;'</script>]]>\u0000\u0001\u001f\ufffe\ud800`;

/** An id as hostile as the schema accepts: the original (so ids stay unique), then NASTY, padded to the longest id allowed. */
export function hostileId(id: string): string {
  return `${id}${NASTY}`.padEnd(LIMITS.idLength, '<&>');
}

function renameParams(expr: Expr, rename: (id: string) => string): Expr {
  if (typeof expr === 'number') return expr;
  if ('param' in expr) return { param: rename(expr.param) };
  if ('oneMinus' in expr) return { oneMinus: renameParams(expr.oneMinus, rename) };
  return { product: expr.product.map((e) => renameParams(e, rename)) };
}

/** The dataset with every id (entity, flow, parameter, scenario, source) made hostile, and every reference to it. */
export function withHostileIds(dataset: Dataset): Dataset {
  const ds = structuredClone(dataset);
  const cite = <P extends { sources?: string[] }>(provenance: P): P =>
    provenance.sources ? { ...provenance, sources: provenance.sources.map(hostileId) } : provenance;
  ds.meta.sources = ds.meta.sources.map((s) => ({ ...s, id: hostileId(s.id) }));
  if (ds.meta.focus !== undefined) ds.meta.focus = hostileId(ds.meta.focus);
  ds.entities = ds.entities.map((e) => ({ ...e, id: hostileId(e.id), ...(e.owner === undefined ? {} : { owner: hostileId(e.owner) }) }));
  ds.flows = ds.flows.map((f) => {
    const renamed = { ...f, id: hostileId(f.id), from: hostileId(f.from), to: hostileId(f.to), provenance: cite(f.provenance) };
    if ('amount' in f) return { ...renamed, amount: renameParams(f.amount, hostileId) };
    return { ...renamed, share: f.share === 'rest' ? 'rest' : renameParams(f.share, hostileId) };
  }) as Dataset['flows'];
  ds.parameters = ds.parameters.map((p) => ({ ...p, id: hostileId(p.id), provenance: cite(p.provenance) }));
  ds.scenarios = ds.scenarios.map((s) => ({
    ...s,
    id: hostileId(s.id),
    values: Object.fromEntries(Object.entries(s.values).map(([id, value]) => [hostileId(id), value])),
  }));
  return ds;
}
