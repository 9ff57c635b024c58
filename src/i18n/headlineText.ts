import type { HeadlineFigures } from '../model/figures';
import { formatPercent, formatRatio } from '../model/format';
import type { Lang } from '../model/types';
import { translate, type StringKey } from './strings';

export interface HeadlineItem {
  id: string;
  label: string;
  value: string;
  sentence: string;
}

const cents = (x: number) => (x * 100).toFixed(x * 100 < 10 && x > 0 ? 1 : 0);

/** The headline figures as label, value and one plain sentence each, in the reader's language. */
export function headlineItems(figures: HeadlineFigures, focusName: string, lang: Lang): HeadlineItem[] {
  const items: HeadlineItem[] = [];
  const add = (id: string, label: StringKey, value: string, sentence: StringKey, params: Record<string, string>) =>
    items.push({ id, label: translate(lang, label, params), value, sentence: translate(lang, sentence, params) });
  const focus = focusName;
  if (figures.roundTripShare !== null) {
    add('round-trip', 'headline.roundTrip.label', formatPercent(figures.roundTripShare, lang), 'headline.roundTrip.sentence', {
      focus,
      cents: cents(figures.roundTripShare),
    });
  }
  if (figures.revenuePerDollarInvested !== null) {
    const ratio = formatRatio(figures.revenuePerDollarInvested, lang);
    add('multiplier', 'headline.multiplier.label', `${ratio}×`, 'headline.multiplier.sentence', { ratio });
  }
  if (figures.customerShare !== null) {
    const percent = formatPercent(figures.customerShare, lang);
    add('customers', 'headline.customers.label', percent, 'headline.customers.sentence', { focus, percent });
  }
  add('gain', 'headline.gain.label', formatRatio(figures.gain, lang), 'headline.gain.sentence', { cents: cents(figures.gain) });
  return items;
}

/** The plain statement shown instead of figures when the loop amplifies itself. */
export function divergentText(figures: HeadlineFigures, lang: Lang): string | undefined {
  return figures.gain >= 1 ? translate(lang, 'headline.divergent', { gain: formatRatio(figures.gain, lang) }) : undefined;
}
