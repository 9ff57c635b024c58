/**
 * Money by origin for each row (a flow or an entity), stored flat in one Float64Array: row r's part
 * from origin o sits at [r * origins + o]. A view over the engine's arrays (no copy), so that index
 * arithmetic is written once.
 */
export class OriginMatrix {
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

  /** One row's parts by origin: a view into the same array, not a copy. */
  row(row: number): Float64Array {
    return this.values.subarray(row * this.origins, (row + 1) * this.origins);
  }
}
