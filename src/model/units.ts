// Units as types where they meet. Money (in the dataset's unit, US$ billions by default) and
// shares (fractions 0..1) are plain numbers at run time; the brands exist only for the compiler,
// so a share passed where money is wanted, or money where pixels are wanted, does not compile.
// Arrays of them (the engine's Float64Arrays) stay plain numbers: a value is branded as it leaves one.

export type Money = number & { readonly __unit: 'money' };
export type Share = number & { readonly __unit: 'share' };

export function money(amount: number): Money {
  return amount as Money;
}

export function share(fraction: number): Share {
  return fraction as Share;
}

/** Element `i` of an array of amounts (a flow's value, an entity's inflow) as money. */
export function moneyAt(amounts: ArrayLike<number>, i: number): Money {
  return amounts[i] as Money;
}

/** part / whole, or null when there is no whole to be a share of. */
export function shareOf(part: Money, whole: Money): Share | null {
  return whole > 0 ? share(part / whole) : null;
}
