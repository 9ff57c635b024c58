import { nameOf, originNames } from '../i18n/chartText';
import { dealStatusText } from '../i18n/provenanceText';
import { BASIS_LABELS, kindLabel } from '../i18n/datasetLabels';
import { pickText, translate } from '../i18n/strings';
import { amountUnit } from '../i18n/unitLabel';
import type { CompiledModel, SteadyState } from '../model/engine';
import { roundTrips } from '../model/figures';
import type { Lang, ParamValues } from '../model/types';

export interface DataTable {
  header: string[];
  rows: (string | number)[][];
}

const MICRO = 1e6;

function round6(x: number): number {
  const r = Math.round(x * MICRO) / MICRO;
  return r === 0 ? 0 : r;
}

/**
 * Parts rounded to 1e-6 so that they add up exactly to the rounded total (largest remainder),
 * so a spreadsheet sum of the origin columns gives the amount column.
 */
function roundParts(total: number, parts: number[]): number[] {
  const micro = parts.map((p) => Math.max(0, p) * MICRO);
  const units = micro.map(Math.floor);
  let missing = Math.round(total * MICRO) - units.reduce((a, b) => a + b, 0);
  const byRemainder = units.map((_, i) => i).sort((a, b) => micro[b]! - units[b]! - (micro[a]! - units[a]!) || a - b);
  for (let k = 0; missing > 0 && k < byRemainder.length; k++, missing--) units[byRemainder[k]!]! += 1;
  return units.map((u) => u / MICRO);
}

/** Each flow's money by origin, `per` times the dataset's unit, rounded, indexed like dataset.flows then structure.origins. */
function flowParts(model: CompiledModel, result: SteadyState, per = 1): number[][] {
  const row = new Float64Array(model.structure.origins.length);
  return model.dataset.flows.map((_, f) =>
    roundParts(
      (result.flowValue[f] as number) * per,
      Array.from(result.flowByOrigin.row(f, row), (part) => part * per),
    ),
  );
}

/** Share of each flow in its from-entity's outflow; '' for injected amounts and for entities passing nothing on. */
function outflowShares(model: CompiledModel, result: SteadyState): (number | '')[] {
  const s = model.structure;
  const outflow = new Float64Array(s.entityCount);
  for (let f = 0; f < s.flowCount; f++) outflow[s.flowFrom[f] as number]! += result.flowValue[f] as number;
  return model.dataset.flows.map((_, f) => {
    const total = outflow[s.flowFrom[f] as number] as number;
    return s.isAmount[f] || !(total > 0) ? '' : round6((result.flowValue[f] as number) / total);
  });
}

/**
 * The current flows as a table: ids and labels, amount, share, status, then one column per origin.
 * Amounts are in the unit the header names, in the reader's language (億美元 in Chinese: ten to
 * the dataset's US$ billion).
 */
export function flowsTable(model: CompiledModel, result: SteadyState, lang: Lang): DataTable {
  const { dataset } = model;
  const unit = amountUnit(dataset.meta, lang);
  const header = [
    translate(lang, 'csv.flowId'),
    translate(lang, 'csv.fromId'),
    translate(lang, 'csv.from'),
    translate(lang, 'csv.toId'),
    translate(lang, 'csv.to'),
    translate(lang, 'csv.kind'),
    translate(lang, 'csv.amount', { unit: unit.label }),
    translate(lang, 'csv.share'),
    translate(lang, 'csv.basis'),
    translate(lang, 'csv.status'),
    ...originNames(model, lang),
  ];
  const parts = flowParts(model, result, unit.per);
  const shares = outflowShares(model, result);
  const rows = dataset.flows.map((flow, f) => [
    flow.id,
    flow.from,
    nameOf(model, flow.from, lang),
    flow.to,
    nameOf(model, flow.to, lang),
    kindLabel(dataset.meta, flow.kind, lang),
    round6((result.flowValue[f] as number) * unit.per),
    shares[f] as number | '',
    BASIS_LABELS[lang][flow.provenance.basis],
    dealStatusText(flow.provenance, model.moment.date, lang),
    ...(parts[f] as number[]),
  ]);
  return { header, rows };
}

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends, and a byte-order mark so that Excel reads UTF-8 (Chinese labels). */
export function toCsv(table: DataTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The current settings and flows as pretty-printed JSON, amounts in the dataset's unit. */
export function toJson(model: CompiledModel, result: SteadyState, values: ParamValues, lang: Lang): string {
  const { dataset, structure } = model;
  const parts = flowParts(model, result);
  const trips = roundTrips(model, result);
  const document = {
    title: pickText(dataset.meta.title, lang).text,
    lang,
    asOf: dataset.meta.asOf,
    unit: dataset.meta.unit,
    parameters: Object.fromEntries(dataset.parameters.map((p) => [p.id, values[p.id] ?? p.default])),
    origins: structure.origins.map((id) => ({ id, label: nameOf(model, id, lang) })),
    flows: dataset.flows.map((flow, f) => ({
      id: flow.id,
      from: flow.from,
      to: flow.to,
      kind: flow.kind,
      amount: round6(result.flowValue[f] as number),
      byOrigin: Object.fromEntries(structure.origins.map((id, o) => [id, (parts[f] as number[])[o] as number])),
    })),
    entities: dataset.entities.map((entity, e) => ({
      id: entity.id,
      label: pickText(entity.label, lang).text,
      inflow: round6(result.inflow[e] as number),
      ownMoney: round6(trips[e]?.own ?? 0),
      net: round6(trips[e]?.net ?? 0),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
