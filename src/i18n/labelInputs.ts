// What the chart's labels say and stress, from the model's results: the inputs deriveChart hands the
// label placement (see deriveChart.ts).
import type { LabelText } from '../layout/labelText';
import type { NodeBox } from '../layout/sankeyLayout';
import type { RoundTrip } from '../model/figures';
import { moneyUnit } from '../model/format';
import type { Dataset, Lang } from '../model/types';
import type { Money } from '../model/units';
import { entityLabelName, entityShortName, nodeAmountLine } from './chartText';
import { translate } from './strings';

/** Each node's label lines, name then amount (with the round it defaults in, under a stress test). */
export function labelLines(
  dataset: Dataset,
  trips: RoundTrip[] | null,
  netting: boolean,
  lang: Lang,
  defaults: number[] | null,
  partialRounds: number | null,
) {
  return (entity: number, value: Money): [string, string] => {
    const amount = nodeAmountLine(value, trips?.[entity], netting, lang, moneyUnit(dataset.meta), partialRounds);
    // A defaulting entity says so in its label, so it reads without the key (and in an export).
    const round = defaults?.[entity] ?? 0;
    return [
      entityLabelName(dataset, entity, lang),
      round > 0 ? `${amount} · ${translate(lang, 'stress.defaultsInRound', { round })}` : amount,
    ];
  };
}

/** What a label can say: its lines, and the dataset's short name for narrow charts. */
export function labelTexts(dataset: Dataset, lines: (entity: number, value: Money) => [string, string], lang: Lang) {
  return (entity: number, value: Money): LabelText => {
    const [name, amount] = lines(entity, value);
    return { name, short: entityShortName(dataset, entity, lang), amount };
  };
}

/** In the net view, the entities whose own money comes back: their labels are what it is about. */
export function returning(trips: RoundTrip[] | null, netting: boolean): ReadonlySet<number> {
  return new Set(netting && trips ? trips.flatMap((trip, entity) => (trip.own > 0 ? [entity] : [])) : []);
}

/** How much of each box is its own money come back, in the net view (0 elsewhere). */
export function ownHeights(trips: RoundTrip[] | null, netting: boolean) {
  return (node: NodeBox): number => {
    const trip = trips?.[node.entity];
    return netting && trip && trip.gross > 0 ? ((node.y1 - node.y0) * trip.own) / trip.gross : 0;
  };
}
