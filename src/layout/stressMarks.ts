import { money, type Money } from '../model/units';
import type { LinkRoute } from './linkPaths';
import type { Geometry } from './sankeyLayout';
import { px, toPx, type Px } from './units';

/** The unpaid part of an obligation drawn on its link: a band beside the paid one, as wide as the money not paid. */
export interface ShortfallBand {
  /** The link's key. */
  link: string;
  route: LinkRoute;
  /** Distance of the band's centre from the link's centre (see `linkPath`): just past the paid band's edge. */
  offset: Px;
  width: Px;
  unpaid: Money;
  /** The cascade round its payer defaults in. */
  round: number;
}

/** Room between a box and its default outline, so the outline reads as a mark, not as the box's edge. */
export const DEFAULT_MARK_GAP = 2;

/** An entity that defaults, marked on its box with the cascade round it defaults in. */
export interface DefaultMark {
  /** The node's key. */
  node: string;
  entity: number;
  round: number;
  x0: Px;
  y0: Px;
  x1: Px;
  y1: Px;
}

export interface StressMarks {
  shortfalls: ShortfallBand[];
  defaults: DefaultMark[];
}

/** What the clearing paid of one obligation (`flow` null: one not drawn, as debt service). */
export interface PaidObligation {
  flow: number | null;
  /** The entity that owes it. */
  from: number;
  due: number;
  paid: number;
}

/** Shortfalls smaller than this share of a px are not drawn: rounding, not money missing. */
const MIN_WIDTH = 0.05;

/**
 * The stress test's marks on a laid-out chart: beside each link that carries an obligation, a band
 * as wide as its unpaid part at the chart's own px-per-money scale (so paid and unpaid read on one
 * scale: the link shows what is paid, the band what is due and not paid); and a mark on the box of
 * every entity that defaults in a cascade round up to `shown` (the panel's step). A band waits for
 * its payer's round too, so stepping through the cascade shows who stops paying round by round.
 */
export function stressMarks(
  geometry: Geometry,
  obligations: readonly PaidObligation[],
  rounds: ArrayLike<number>,
  shown: number,
): StressMarks {
  const unpaid = new Map<number, { amount: number; round: number }>();
  for (const o of obligations) {
    if (o.flow === null || o.due <= o.paid) continue;
    const round = rounds[o.from] ?? 0;
    if (round > shown) continue;
    const known = unpaid.get(o.flow);
    unpaid.set(o.flow, { amount: (known?.amount ?? 0) + o.due - o.paid, round: Math.max(known?.round ?? 0, round) });
  }
  const shortfalls: ShortfallBand[] = [];
  for (const link of geometry.links) {
    const missing = unpaid.get(link.flow);
    if (missing === undefined || !link.route) continue;
    const width = toPx(money(missing.amount), geometry.scale);
    if (width < MIN_WIDTH) continue;
    shortfalls.push({
      link: link.key,
      route: link.route,
      offset: px(link.width / 2 + width / 2),
      width: px(width),
      unpaid: money(missing.amount),
      round: missing.round,
    });
  }
  const defaults: DefaultMark[] = [];
  for (const node of geometry.nodes) {
    const round = rounds[node.entity] ?? 0;
    if (round > 0 && round <= shown && node.value > 0)
      defaults.push({ node: node.key, entity: node.entity, round, x0: node.x0, y0: node.y0, x1: node.x1, y1: node.y1 });
  }
  return { shortfalls, defaults };
}
