import type { OriginRows } from '../../src/model/originMatrix';

/** A link's split in a graph of one origin: all of `value` is that origin's, whichever row is read. */
export function oneOrigin(value: number): OriginRows {
  return {
    origins: 1,
    get: () => value,
    row: (_, into = new Float64Array(1)) => {
      into[0] = value;
      return into;
    },
  };
}
