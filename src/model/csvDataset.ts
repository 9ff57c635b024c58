import {
  BASES,
  FLOW_KINDS,
  STATUSES,
  type Basis,
  type Bilingual,
  type Lang,
  type Provenance,
  type Dataset,
  type Entity,
  type Flow,
  type Meta,
  type Parameter,
  type Source,
  type Status,
} from './types';
import { readEntityTable } from './csvEntities';
import { readKindTable } from './csvKinds';
import { readMetaTable } from './csvMeta';
import { csvPlace, type CsvLines } from './csvPlace';
import { place, readCsvRows, splitCsvTables, type CsvFile } from './csvTables';
import { kindBehaviour } from './kinds';
import { sizeProblem, withWarnings } from './parseDataset';
import { problemAt, type DatasetIssue, type ValidationResult } from './problems';
import { validateDataset } from './validate';

const KNOWN_COLUMNS = ['from', 'to', 'amount', 'share', 'kind', 'basis', 'status', 'source', 'note'];

/** Before figures had a basis, the status column said it; such CSVs still load. */
const LEGACY_BASIS: Record<string, Basis> = { reported: 'reported', derived: 'estimate', assumption: 'assumption' };

/**
 * A CSV of flows (from,to,amount or from,to,share; optional kind, basis, status, source, note) as a
 * dataset: one slider per injected amount and one per entity that passes money on (scaling its
 * shares). An optional entities table (`# entities` and `# flows` sections, see csvTables.ts) says
 * who is who as JSON does: labels, role, owner and the focus; without it, entities come from the
 * flows' ids with roles worked out from the flows. An optional meta table (`# meta`, key,value rows)
 * says what JSON's meta says of the currency, unit, title, tagline and date; without it amounts are
 * US$ billions. An optional kinds table (`# kinds`: id, label, label_zh-TW, like) declares flow kinds
 * of the dataset's own as JSON's meta.kinds does; the kind column takes their ids too. Problems name
 * the CSV line and column.
 */
export function parseDatasetCsv(text: string, title?: string): ValidationResult {
  return parseDatasetCsvFiles([{ text }], title);
}

/** The tables of one or more CSV files (a flows file and an entities file) as one dataset, titled after the flows file by default. */
export function parseDatasetCsvFiles(files: CsvFile[], title?: string): ValidationResult {
  const tooLarge = sizeProblem(files.map((file) => file.text).join('\n'));
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const tables = splitCsvTables(files);
  if (!tables.ok) return tables;
  const entityTable = tables.entities && readEntityTable(tables.entities);
  const metaTable = tables.meta && readMetaTable(tables.meta);
  const kindTable = tables.kinds && readKindTable(tables.kinds);
  const flowsFile = tables.flows.file;
  const { columns, rows, errors } = readCsvRows(tables.flows, (header) => header);
  for (const required of ['from', 'to'] as const) {
    if (!columns.includes(required))
      errors.push(problemAt(place(flowsFile, tables.flows.headerLine), 'csv-missing-column', { column: required }));
  }
  if (!columns.includes('amount') && !columns.includes('share'))
    errors.push(problemAt(place(flowsFile, tables.flows.headerLine), 'csv-no-amount-column', {}));
  if (entityTable) errors.unshift(...entityTable.errors);
  if (kindTable) errors.unshift(...kindTable.errors);
  if (metaTable) errors.unshift(...metaTable.errors);
  if (errors.length) return { ok: false, errors };

  const warnings: DatasetIssue[] = [
    ...(metaTable?.warnings ?? []),
    ...(entityTable?.warnings ?? []),
    ...(kindTable?.warnings ?? []),
    ...columns
      .filter((c) => !KNOWN_COLUMNS.includes(c))
      .map((column) => problemAt(place(flowsFile, tables.flows.headerLine, column), 'csv-unknown-column', { known: KNOWN_COLUMNS })),
  ];
  // With an entities table, its rows are the entities, in its order (which decides, as in JSON,
  // which flows close a loop); an id a flow names but the table lacks is an unknown entity.
  const entityIds: string[] = entityTable ? entityTable.rows.map((row) => row.id) : [];
  // Generated words in both languages, with the entities' names where the entities table gives them.
  const labels = new Map((entityTable?.rows ?? []).map((row) => [row.id, row.label]));
  const nameOf = (id: string, lang: Lang) => labels.get(id)?.[lang] ?? labels.get(id)?.en ?? id;
  const inBoth = (words: (lang: Lang) => string): Bilingual => ({ en: words('en'), 'zh-TW': words('zh-TW') });
  // Statuses in a CSV are as the file stands: on its declared date, else today.
  const declared = metaTable?.meta ?? {};
  const asOf = declared.asOf ?? new Date().toISOString().slice(0, 10);
  const currency = declared.currency ?? 'USD';
  const sources: Source[] = [];
  const meta: Meta = {
    title:
      declared.title ??
      inBoth((lang) => title ?? tables.flows.file?.replace(/\.csv$/i, '') ?? (lang === 'en' ? 'My capital loop' : '我的資金循環')),
    description: { en: 'Loaded from a CSV of flows.', 'zh-TW': '由資金流的 CSV 載入。' },
    ...(declared.tagline ? { tagline: declared.tagline } : {}),
    currency,
    // A currency without a unit keeps the CSV's default scale, billions.
    unit: declared.unit ?? (currency === 'USD' ? 'US$ billions' : `${currency} billions`),
    asOf,
    convention: { en: 'As given in the CSV.', 'zh-TW': '依 CSV 所列。' },
    ...(entityTable?.focus ? { focus: entityTable.focus.id } : {}),
    ...(kindTable ? { kinds: kindTable.kinds } : {}),
    sources,
  };
  // A flow's kind is a built-in one or one the kinds table declares; either plays its part as in JSON.
  const kindIds = [...new Set<string>([...FLOW_KINDS, ...(kindTable?.kinds.map((k) => k.id) ?? [])])];
  const flows: Flow[] = [];
  const parameters: Parameter[] = [];
  const shareTotals = new Map<string, number>();
  // The CSV line each flow and each slider comes from, to point the dataset's checks back at the file.
  const flowLines: number[] = [];
  const parameterLines = new Map<string, number>();

  rows.forEach(({ line, cells: row }) => {
    const at = (column: string) => place(flowsFile, line, column);
    const from = row.from?.trim() ?? '';
    const to = row.to?.trim() ?? '';
    if (!from) errors.push(problemAt(at('from'), 'csv-empty-cell', {}));
    if (!to) errors.push(problemAt(at('to'), 'csv-empty-cell', {}));
    const amountText = row.amount?.trim() ?? '';
    const shareText = row.share?.trim() ?? '';
    if (amountText && shareText) errors.push(problemAt(at('share'), 'csv-amount-and-share', {}));
    if (!amountText && !shareText) errors.push(problemAt(at(columns.includes('amount') ? 'amount' : 'share'), 'csv-no-amount', {}));
    const number = (text: string, column: string) => {
      const value = Number(text);
      if (!Number.isFinite(value) || value < 0) errors.push(problemAt(at(column), 'csv-not-a-number', { text }));
      return value;
    };
    const kind = row.kind?.trim() || (amountText ? 'equity-investment' : shareText === 'rest' ? 'leakage' : 'compute-spend');
    if (!kindIds.includes(kind)) errors.push(problemAt(at('kind'), 'csv-unknown-value', { column: 'kind', value: kind, options: kindIds }));
    const statusText = row.status?.trim() ?? '';
    const legacyBasis = LEGACY_BASIS[statusText];
    const basis = (row.basis?.trim() || legacyBasis || 'assumption') as Basis;
    if (!BASES.includes(basis)) errors.push(problemAt(at('basis'), 'csv-unknown-value', { column: 'basis', value: basis, options: BASES }));
    const status = legacyBasis ? '' : statusText;
    if (status && !STATUSES.includes(status as Status))
      errors.push(problemAt(at('status'), 'csv-unknown-value', { column: 'status', value: status, options: STATUSES }));
    if (!entityTable) for (const id of [from, to]) if (id && !entityIds.includes(id)) entityIds.push(id);
    const sourceText = row.source?.trim();
    let sourceIds: string[] | undefined;
    if (sourceText) {
      const id = `source-${sources.length + 1}`;
      const isUrl = /^https?:\/\//i.test(sourceText);
      const host = isUrl ? hostOf(sourceText) : '';
      if (host === undefined) errors.push(problemAt(at('source'), 'csv-bad-url', { text: sourceText }));
      sources.push({ id, title: sourceText, publisher: host ?? '', date: '', url: isUrl ? sourceText : '' });
      sourceIds = [id];
    }
    const note = row.note?.trim();
    const provenance: Provenance = {
      basis,
      ...(status ? { status: [{ date: asOf, status: status as Status }] } : {}),
      ...(sourceIds ? { sources: sourceIds } : {}),
      // A note is in the language it is written in: Chinese characters mark it as Traditional Chinese.
      ...(note ? { note: /\p{Script=Han}/u.test(note) ? { 'zh-TW': note } : { en: note } } : {}),
    };
    const id = `${from}-${to}-${line}`;
    flowLines.push(line);
    if (amountText) {
      const amount = number(amountText, 'amount');
      const param = `amount-${from}-${to}`;
      parameterLines.set(param, line);
      parameters.push({
        id: param,
        label: inBoth((lang) => `${nameOf(from, lang)} → ${nameOf(to, lang)}`),
        group: kindBehaviour(meta, kind) === 'customer-revenue' ? 'revenue' : 'investment',
        unit: 'amount',
        min: 0,
        max: niceMax(amount),
        step: niceStep(niceMax(amount)),
        default: amount,
        reference: amount,
        provenance,
      });
      flows.push({ id, from, to, kind, amount: { param }, provenance });
    } else if (shareText === 'rest') {
      flows.push({ id, from, to, kind, share: 'rest', provenance });
    } else {
      const share = number(shareText, 'share');
      if (share > 1) errors.push(problemAt(at('share'), 'csv-share-over-one', { share, from }));
      shareTotals.set(from, (shareTotals.get(from) ?? 0) + share);
      if (!parameterLines.has(`scale-${from}`)) parameterLines.set(`scale-${from}`, line);
      flows.push({ id, from, to, kind, share: { product: [{ param: `scale-${from}` }, share] }, provenance });
    }
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, 200) };

  for (const [entity, total] of shareTotals) {
    // The slider scales the entity's shares; its top keeps their sum at most 1.
    parameters.push({
      id: `scale-${entity}`,
      label: inBoth((lang) =>
        lang === 'en'
          ? `${nameOf(entity, lang)}: share passed on (× the CSV's shares)`
          : `${nameOf(entity, lang)}：轉出的比例（CSV 所寫比例的倍數）`,
      ),
      group: 'behaviour',
      unit: 'share',
      min: 0,
      max: total > 0 ? Math.min(1, Math.floor((1 / total) * 100) / 100) : 1,
      step: 0.01,
      default: total > 1 ? Math.floor((1 / total) * 100) / 100 : 1,
      provenance: {
        basis: 'assumption',
        note: { en: 'Generated from the CSV: 1 = the shares as written.', 'zh-TW': '由 CSV 產生：1 代表照 CSV 所寫的比例。' },
      },
    });
  }
  const hasInflow = new Set(flows.map((f) => f.to));
  const hasOutflow = new Set(flows.map((f) => f.from));
  const roleFromFlows = (id: string): Entity['role'] =>
    !hasInflow.has(id)
      ? flows.some((f) => f.from === id && kindBehaviour(meta, f.kind) === 'customer-revenue')
        ? 'customer'
        : 'source'
      : !hasOutflow.has(id)
        ? 'sink'
        : 'other';
  const entities: Entity[] = entityTable
    ? entityTable.rows.map(({ id, label, role, owner }) => ({ id, label, role: role ?? roleFromFlows(id), ...(owner ? { owner } : {}) }))
    : entityIds.map((id) => ({ id, label: { en: id }, role: roleFromFlows(id) }));
  const dataset: Dataset = {
    meta,
    entities,
    flows,
    parameters,
    scenarios: [],
  };
  const result = withWarnings(validateDataset(dataset));
  const lines: CsvLines = {
    flowsFile,
    flowsHeaderLine: tables.flows.headerLine,
    flowLines,
    parameterLines,
    entityTable,
    metaTable,
    kindTable,
  };
  const located = (issue: DatasetIssue) => ({ ...issue, path: csvPlace(issue.path, dataset, lines) });
  return result.ok
    ? { ...result, warnings: [...warnings, ...result.warnings.map(located)] }
    : { ok: false, errors: result.errors.map(located) };
}

/** The host of a web address, or undefined when it is none ("http://" alone). */
function hostOf(text: string): string | undefined {
  try {
    return new URL(text).hostname || undefined;
  } catch {
    return undefined;
  }
}

function niceMax(amount: number): number {
  if (amount <= 0) return 10;
  const raw = amount * 2;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return Math.ceil(raw / magnitude) * magnitude;
}

function niceStep(max: number): number {
  return 10 ** Math.floor(Math.log10(max) - 2);
}
