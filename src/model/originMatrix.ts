/**
 * Rows of money by origin (one per flow, or per entity), read an entry or a row at a time: stored by
 * an OriginMatrix, or derived when read (a steady state's flows: see `FlowSplit`).
 */
export interface OriginRows {
  readonly origins: number;
  /** The part of `row` that `origin` put in. */
  get(row: number, origin: number): number;
  /**
   * One row's parts by origin: written into `into` (`origins` long) when given, so a caller reading
   * row after row allocates nothing; else in an array the caller may keep, or a view it must not write.
   */
  row(row: number, into?: Float64Array): Float64Array;
}

/**
 * Money by origin for each row (a flow or an entity), stored flat in one Float64Array: row r's part
 * from origin o sits at [r * origins + o]. A view over the engine's arrays (no copy), so that index
 * arithmetic is written once.
 */
export class OriginMatrix implements OriginRows {
  constructor(
    readonly values: Float64Array,
    readonly origins: number,
  ) {}

  static zeros(rows: number, origins: number): OriginMatrix {
    return new OriginMatrix(new Float64Array(rows * origins), origins);
  }

  /** The part of `row` that `origin` put in. */
  get(row: number, origin: number): number {
    return this.values[row * this.origins + origin] as number;
  }

  set(row: number, origin: number, amount: number): void {
    this.values[row * this.origins + origin] = amount;
  }

  add(row: number, origin: number, amount: number): void {
    this.values[row * this.origins + origin]! += amount;
  }

  /** One row's parts by origin: copied into `into` when given, else a view into the same array, not a copy. */
  row(row: number, into?: Float64Array): Float64Array {
    const view = this.values.subarray(row * this.origins, (row + 1) * this.origins);
    if (!into) return view;
    into.set(view);
    return into;
  }
}
