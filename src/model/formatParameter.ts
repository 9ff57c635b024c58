import { formatMoney, formatPercent, type MoneyUnit } from './format';
import type { Lang, Parameter } from './types';
import { money, share } from './units';

// Apart from format.ts, which the first script holds: only the sliders, the sensitivity chart and a
// link's notices (all loaded later) say a slider's value.

/** A slider's value in its unit: a share as a percentage, an amount as money. */
export function formatParameterValue(parameter: Pick<Parameter, 'unit'>, value: number, lang: Lang, unit: MoneyUnit): string {
  return parameter.unit === 'share' ? formatPercent(share(value), lang) : formatMoney(money(value), lang, unit);
}
