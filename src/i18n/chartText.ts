import type { RoundTrip } from '../model/figures';
import { formatMoney, moneyUnit, type MoneyUnit } from '../model/format';
import type { CompiledModel } from '../model/engine';
import { entityOf } from '../model/entityOf';
import type { Structure } from '../model/structure';
import type { Dataset, Lang } from '../model/types';
import type { Money } from '../model/units';
import { pickText, translate } from './strings';

export function entityName(dataset: Dataset, entity: number, lang: Lang): string {
  return pickText(dataset.entities[entity]?.label, lang).text;
}

/** A name as a chart label shows it: text in the other language carries a visible tag, as elsewhere, bracketed as the reader's language brackets ("晶片商 (中)", 「Startup（EN）」). */
export function entityLabelName(dataset: Dataset, entity: number, lang: Lang): string {
  const picked = pickText(dataset.entities[entity]?.label, lang);
  return picked.fallback ? `${picked.text}${lang === 'en' ? ' (中)' : '（EN）'}` : picked.text;
}

/** The dataset's shorter name for narrow charts, when it has one in the reader's language. */
export function entityShortName(dataset: Dataset, entity: number, lang: Lang): string | undefined {
  const picked = pickText(dataset.entities[entity]?.short, lang);
  return picked.fallback || !picked.text ? undefined : picked.text;
}

/** The second line of a node's label: its amount, or gross and net when netting is on. */
export function nodeAmountLine(
  value: Money,
  trip: RoundTrip | undefined,
  showNet: boolean,
  lang: Lang,
  unit: MoneyUnit,
  partialRounds: number | null = null,
): string {
  if (showNet && trip && trip.own > 0) {
    return `${translate(lang, 'net.gross')} ${formatMoney(trip.gross, lang, unit)} · ${translate(lang, 'net.net')} ${formatMoney(trip.net, lang, unit)}`;
  }
  return chartAmount(value, lang, unit, partialRounds);
}

/**
 * An amount as the chart shows it: when the loop has no totals (`partialRounds`, the number of rounds
 * added up), it says that it is the sum of the first rounds, never passing for a total.
 */
export function chartAmount(value: Money, lang: Lang, unit: MoneyUnit, partialRounds: number | null): string {
  const amount = formatMoney(value, lang, unit);
  return partialRounds === null ? amount : translate(lang, 'rounds.partialAmount', { amount, count: partialRounds });
}

export function flowName(
  dataset: Dataset,
  structure: Structure,
  flow: number,
  value: Money,
  lang: Lang,
  partialRounds: number | null = null,
): string {
  return translate(lang, 'text.named', {
    name: `${entityName(dataset, structure.flowFrom[flow] as number, lang)} → ${entityName(dataset, structure.flowTo[flow] as number, lang)}`,
    text: chartAmount(value, lang, moneyUnit(dataset.meta), partialRounds),
  });
}

/** An entity's name by its id, found through the model's index; the id itself where it has no name. */
export function nameOf(model: Pick<CompiledModel, 'dataset' | 'structure'>, id: string, lang: Lang): string {
  return pickText(entityOf(model, id)?.label, lang).text || id;
}

export function originNames(model: Pick<CompiledModel, 'dataset' | 'structure'>, lang: Lang): string[] {
  return model.structure.origins.map((id) => nameOf(model, id, lang));
}
