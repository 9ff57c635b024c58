import type { Money } from '../model/units';

/** A length or coordinate on the chart, in CSS pixels (compile-time only, like Money). */
export type Px = number & { readonly __unit: 'px' };
/** The chart's scale: pixels per unit of money. */
export type PxPerMoney = number & { readonly __unit: 'px/money' };

export function px(length: number): Px {
  return length as Px;
}

export function pxPerMoney(scale: number): PxPerMoney {
  return scale as PxPerMoney;
}

/** An amount as a length at the chart's scale. */
export function toPx(amount: Money, scale: PxPerMoney): Px {
  return (amount * scale) as Px;
}
