import type { CompiledModel, LoopResult } from '../model/engine';
import { flowIndexOf, type HeadlineFigures } from '../model/figures';
import { formatDate, formatMoney, formatPercent, type MoneyUnit } from '../model/format';
import { formatGain, formatOne, formatPartOfOne, formatPlain, formatRatio } from '../model/formatPerDollar';
import type { Basis, Lang } from '../model/types';
import type { UncommittedDeal, UncommittedStatus } from '../model/uncommittedDeals';
import { money } from '../model/units';
import { BASIS_LABELS } from './datasetLabels';
import { pickText, translate, type StringKey } from './strings';
import { spaceLatin } from './spaceLatin';
import { entityName, nameOf } from './chartText';

export interface HeadlineItem {
  id: string;
  label: string;
  value: string;
  sentence: string;
}

/**
 * The headline figures as label, value and one plain sentence each, in the reader's language.
 * `customers` names the real customers whose money is in it (see customerNames), since a chart
 * box may be one of them under a near-identical name.
 */
export function headlineItems(
  figures: HeadlineFigures,
  focusName: string,
  lang: Lang,
  unit: MoneyUnit,
  customers: readonly string[] = [],
): HeadlineItem[] {
  const items: HeadlineItem[] = [];
  const add = (id: string, label: StringKey, value: string, sentence: StringKey, params: Record<string, string>) =>
    items.push({
      id,
      label: spaced(translate(lang, label, params), lang),
      value,
      sentence: spaced(translate(lang, sentence, params), lang),
    });
  const focus = focusName;
  const one = formatOne(lang, unit);
  if (figures.roundTripShare !== null) {
    add('round-trip', 'headline.roundTrip.label', formatPercent(figures.roundTripShare, lang), 'headline.roundTrip.sentence', {
      focus,
      one,
      part: formatPartOfOne(figures.roundTripShare, lang, unit),
    });
  }
  if (figures.revenuePerDollarInvested !== null) {
    const ratio = formatRatio(figures.revenuePerDollarInvested, lang);
    add('multiplier', 'headline.multiplier.label', `${ratio}×`, 'headline.multiplier.sentence', {
      one,
      ratio: formatPlain(ratio, lang, unit),
    });
  }
  if (figures.customerShare !== null) {
    const percent = formatPercent(figures.customerShare, lang);
    const names = customers.length ? translate(lang, 'headline.customers.named', { names: listNames(customers, lang) }) : '';
    add('customers', 'headline.customers.label', percent, 'headline.customers.sentence', { focus, percent, customers: names });
  }
  // One rounding for the figure and its sentence, so "0.063" never sits beside "6¢".
  const gain = formatGain(figures.gain, lang);
  add('gain', 'headline.gain.label', gain.ratio, 'headline.gain.sentence', { one, part: formatPartOfOne(figures.gain, lang, unit) });
  return items;
}

/**
 * The headline's scope in one sentence: what the company followed books from this loop in the
 * model year, beside its total revenue for the period standing for that year when the dataset
 * gives it (left out rather than guessed otherwise), and the parts that are its own money and
 * real customers'. Undefined when there is nothing to scope (no focus, or a divergent loop).
 */
export function scopeSentence(
  figures: HeadlineFigures,
  focusName: string,
  year: number | null,
  lang: Lang,
  unit: MoneyUnit,
  /** When the annual revenue was first reported, if after the date shown (a dated scenario's hindsight). */
  reportedLater?: string,
): string | undefined {
  if (figures.focus === null || !Number.isFinite(figures.focusRevenue)) return undefined;
  const inYear = year === null ? '' : translate(lang, 'headline.scope.inYear', { year });
  if (figures.roundTripShare === null || figures.customerShare === null) {
    return spaced(translate(lang, 'headline.none', { focus: focusName, inYear }), lang);
  }
  const ofAnnual =
    figures.annual && figures.annualShare !== null
      ? // A later model year than the latest reported one is set beside that year's revenue, and says so.
        translate(lang, year !== null && figures.annual.year < year ? 'headline.scope.ofEarlier' : 'headline.scope.ofAnnual', {
          percent: formatPercent(figures.annualShare, lang),
          revenue: formatMoney(figures.focusRevenue, lang, unit),
          period: pickText(figures.annual.period, lang).text,
          annual: formatMoney(money(figures.annual.amount), lang, unit),
          // Only a figure a source reported goes unlabelled; a projection, an estimate or an assumption says so.
          basis:
            figures.annual.provenance.basis === 'reported'
              ? ''
              : translate(lang, 'headline.scope.basis', { basis: basisWord(figures.annual.provenance.basis, lang) }),
          later: reportedLater ? translate(lang, 'headline.scope.later', { date: formatDate(reportedLater, lang) }) : '',
        })
      : '';
  return spaced(
    translate(lang, 'headline.scope', {
      focus: focusName,
      inYear,
      ofAnnual,
      revenue: formatMoney(figures.focusRevenue, lang, unit),
      own: formatMoney(figures.focusOwn, lang, unit),
      ownPercent: formatPercent(figures.roundTripShare, lang),
      customerPercent: formatPercent(figures.customerShare, lang),
    }),
    lang,
  );
}

/** Names joined as the language joins a list: "A, B and C", "A、B 和 C". */
const listNames = (names: readonly string[], lang: Lang) => spaced(new Intl.ListFormat(lang, { type: 'conjunction' }).format(names), lang);

/**
 * The real customers (customer entities) whose money is in what the company followed books from
 * the loop in the state shown, in the reader's language: Meta pays CoreWeave, whose money reaches
 * Nvidia but not AWS, and pays nothing before its contract starts. All of them when the loop
 * diverges (no split to read); none without a company followed.
 */
export function customerNames(model: CompiledModel, result: LoopResult, focus: string | null, lang: Lang): string[] {
  if (focus === null) return [];
  // The headline's own grouping: the customer origins, and the revenue flows into each company.
  const { paying, revenueTo } = flowIndexOf(model);
  const into = revenueTo.get(focus) ?? [];
  const named = result.status === 'divergent' ? paying : paying.filter((o) => into.some((f) => result.flowByOrigin.get(f, o) > 0));
  return named.map((o) => nameOf(model, model.structure.origins[o] as string, lang));
}

/** Names and numbers joined into Chinese get the space the page's own words have. */
const spaced = (text: string, lang: Lang) => (lang === 'zh-TW' ? spaceLatin(text) : text);

const basisWord = (basis: Basis, lang: Lang) => (lang === 'en' ? BASIS_LABELS.en[basis].toLowerCase() : BASIS_LABELS[lang][basis]);

/** The plain statement shown instead of figures when the loop amplifies itself. */
export function divergentText(figures: HeadlineFigures, lang: Lang, unit: MoneyUnit): string | undefined {
  if (figures.gain < 1) return undefined;
  return translate(lang, 'headline.divergent', {
    one: formatOne(lang, unit),
    gain: formatPlain(formatRatio(figures.gain, lang), lang, unit),
  });
}

/** How many uncommitted deals the headline names; the rest it counts. */
const DEALS_NAMED = 3;

/**
 * What the headline counts though it is not committed on the date shown, deal by deal (Sept 2025:
 * the letter of intent's first tranche is in Nvidia's figures), or '' when nothing is: the figures
 * are shares of money that includes them.
 */
export function uncommittedSentence(model: CompiledModel, deals: readonly UncommittedDeal[], lang: Lang, unit: MoneyUnit): string {
  if (deals.length === 0) return '';
  const named = deals.slice(0, DEALS_NAMED).map(({ from, to, value, status }) =>
    translate(lang, 'headline.uncommitted.deal', {
      name: `${entityName(model.dataset, from, lang)} → ${entityName(model.dataset, to, lang)}`,
      amount: formatMoney(value, lang, unit),
      status: translate(lang, STATUS_KEYS[status]),
    }),
  );
  const more = deals.length - named.length;
  return spaced(
    translate(lang, 'headline.uncommitted', {
      date: formatDate(model.moment.date, lang),
      deals:
        named.join(translate(lang, 'headline.uncommitted.separator')) +
        (more > 0 ? translate(lang, 'headline.uncommitted.more', { count: String(more) }) : ''),
    }),
    lang,
  );
}

const STATUS_KEYS: Record<UncommittedStatus, StringKey> = {
  'letter-of-intent': 'headline.uncommitted.letterOfIntent',
  'in-talks': 'headline.uncommitted.inTalks',
  conditional: 'headline.uncommitted.conditional',
  'on-ice': 'headline.uncommitted.onIce',
};
