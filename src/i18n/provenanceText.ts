import { formulaNames } from '../model/derivation';
import { formatDate } from '../model/format';
import { statusAt } from '../model/resolveMoment';
import type { Derivation, Lang, Provenance, Status } from '../model/types';
import { BASIS_LABELS } from './datasetLabels';
import { fillPlaceholders, pickText } from './strings';

/**
 * A deal's status in words, with the date it took effect: only tooltips, the data table and exports
 * say it, so it loads with them. English puts the date after the status ("letter of intent since …");
 * Chinese says each as a state held since the date (自…起為意向書: a noun alone does not read after
 * 起) or as an event on it (於…完成).
 */
const STATUS_EN: Record<Status, string> = {
  'letter-of-intent': 'letter of intent',
  'in-talks': 'in talks',
  announced: 'announced',
  conditional: 'conditional',
  definitive: 'definitive agreement',
  completed: 'completed',
  'on-ice': 'on ice',
};
const SINCE_ZH: Record<Status, string> = {
  'letter-of-intent': '自 {date}起為意向書',
  'in-talks': '自 {date}起傳洽談中',
  announced: '於 {date}宣布',
  conditional: '自 {date}起為附條件交易',
  definitive: '於 {date}簽訂正式協議',
  completed: '於 {date}完成',
  'on-ice': '自 {date}起遭擱置',
};

/**
 * What a figure is, in words: its basis (Reported / Reported projection / Our estimate / Assumption) and, for a deal, its
 * status on the date shown ("letter of intent since 22 Sept 2025"). The same words on the page,
 * in tooltips, in the data table and in exports.
 */
export function provenanceLabel(provenance: Provenance, date: string, lang: Lang): string {
  const basis = BASIS_LABELS[lang][provenance.basis];
  const status = dealStatusText(provenance, date, lang);
  return status ? `${basis} · ${status}` : basis;
}

/** The deal's status on a date with the date it took effect, or '' when the figure has none. */
export function dealStatusText(provenance: Provenance, date: string, lang: Lang): string {
  const status = statusAt(provenance, date);
  if (status === null) return '';
  if (status === 'not-yet') return lang === 'en' ? `not agreed yet on ${formatDate(date, lang)}` : `截至 ${formatDate(date, lang)}尚未達成`;
  const since = [...(provenance.status ?? [])].reverse().find((entry) => entry.date <= date)?.date ?? date;
  return lang === 'en'
    ? `${STATUS_EN[status]} since ${formatDate(since, lang)}`
    : fillPlaceholders(SINCE_ZH[status], { date: formatDate(since, lang) });
}

/**
 * A derivation as arithmetic a reader can redo: "net income ÷ revenue = 120.1 ÷ 215.9 = 0.556", its
 * inputs named by their labels in the reader's language (「淨利 ÷ 營收 = …」), else by their ids.
 */
export function derivationText(derivation: Derivation, lang: Lang): string {
  const pretty = derivation.formula.replace(/\*/g, '×').replace(/\//g, '÷').replace(/\s+/g, ' ').trim();
  let withValues = pretty;
  for (const name of formulaNames(derivation.formula)) {
    const value = derivation.inputs[name]?.value;
    if (value !== undefined) withValues = withValues.replace(new RegExp(`\\b${name}\\b`, 'g'), value.toLocaleString(lang));
  }
  const named = pretty.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => {
    const label = Object.hasOwn(derivation.inputs, name) ? derivation.inputs[name]!.label : undefined;
    return label ? pickText(label, lang).text || name : name;
  });
  return `${named} = ${withValues} = ${derivation.value.toLocaleString(lang, { maximumSignificantDigits: 4 })}`;
}
