import type { EntityTable } from './csvEntities';
import type { KindTable } from './csvKinds';
import type { MetaKey, MetaTable } from './csvMeta';
import { place } from './csvTables';
import type { IssuePath } from './problems';
import type { Dataset } from './types';

// Where in the reader's CSV a problem of the dataset built from it lies: the dataset's checks speak
// of paths (flows[3].amount) the reader never wrote.

const FLOW_COLUMNS: Record<string, string> = {
  from: 'from',
  to: 'to',
  amount: 'amount',
  share: 'share',
  kind: 'kind',
  provenance: 'basis',
};

const ENTITY_FIELDS: Record<string, string> = { id: 'id', label: 'label', role: 'role', owner: 'owner' };

/** The CSV lines the generated dataset's flows, sliders and entities come from. */
export interface CsvLines {
  flowsFile: string | undefined;
  flowsHeaderLine: number;
  flowLines: number[];
  parameterLines: Map<string, number>;
  entityTable: EntityTable | undefined;
  metaTable: MetaTable | undefined;
  kindTable: KindTable | undefined;
}

/**
 * A problem the dataset's checks found, placed at the CSV line (and column) it comes from rather
 * than at a path of the generated dataset (flows[0].amount) the reader never wrote.
 */
export function csvPlace(path: IssuePath, dataset: Dataset, lines: CsvLines): IssuePath {
  if (typeof path !== 'string') return path;
  const { flowsFile, flowsHeaderLine, flowLines, parameterLines, entityTable, metaTable, kindTable } = lines;
  // A list as a whole (no entities, no flows): the header of its table.
  if (path === 'entities' && entityTable) return place(entityTable.file, entityTable.headerLine);
  if (path === 'entities' || path === 'flows') return place(flowsFile, flowsHeaderLine);
  const flow = /^flows\[(\d+)\](?:\.(\w+))?/.exec(path);
  const flowLine = flow ? flowLines[Number(flow[1])] : undefined;
  if (flow && flowLine !== undefined) {
    const column = flow[2] === undefined ? undefined : FLOW_COLUMNS[flow[2]];
    return place(flowsFile, flowLine, column);
  }
  const parameter = /^parameters\[(\d+)\]/.exec(path);
  const id = parameter ? dataset.parameters[Number(parameter[1])]?.id : undefined;
  const parameterLine = id === undefined ? undefined : parameterLines.get(id);
  if (parameterLine !== undefined) return place(flowsFile, parameterLine, id?.startsWith('scale-') ? 'share' : 'amount');
  const entity = /^entities\[(\d+)\](?:\.(\w+))?/.exec(path);
  const row = entity && entityTable?.rows[Number(entity[1])];
  if (entity && row) return place(entityTable.file, row.line, ENTITY_FIELDS[entity[2] ?? 'id'] ?? 'id');
  const kind = /^meta\.kinds\[(\d+)\](?:\.(\w+)(\["zh-TW"\])?)?/.exec(path);
  const kindLine = kind ? kindTable?.lines[Number(kind[1])] : undefined;
  if (kind && kindTable && kindLine !== undefined)
    return place(kindTable.file, kindLine, kind[2] === 'label' ? (kind[3] ? 'label_zh-TW' : 'label') : (kind[2] ?? 'id'));
  const metaKey = metaKeyAt(path);
  const metaLine = metaKey && metaTable?.lines.get(metaKey);
  if (metaTable && metaLine !== undefined) return place(metaTable.file, metaLine, 'value');
  if (path.startsWith('meta.focus') && entityTable?.focus) return place(entityTable.file, entityTable.focus.line, 'focus');
  const entityId = entity ? dataset.entities[Number(entity[1])]?.id : undefined;
  const entityFlow = entityId === undefined ? -1 : dataset.flows.findIndex((f) => f.from === entityId || f.to === entityId);
  const entityLine = flowLines[entityFlow];
  if (entityLine !== undefined) return place(flowsFile, entityLine, dataset.flows[entityFlow]?.from === entityId ? 'from' : 'to');
  return path;
}

/** The meta table's key a path into the dataset's meta is at: `meta.title["zh-TW"]` is at title_zh-TW. */
function metaKeyAt(path: string): MetaKey | undefined {
  const field = /^meta\.(title|tagline|currency|unit|asOf)(?:\.en|\["(zh-TW)"\])?/.exec(path);
  if (!field) return undefined;
  return (field[2] ? `${field[1]}_zh-TW` : field[1]) as MetaKey;
}
