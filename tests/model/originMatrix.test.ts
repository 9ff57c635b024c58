import { describe, expect, it } from 'vitest';
import { OriginMatrix } from '../../src/model/originMatrix';

describe('money by origin, row by row', () => {
  it('keeps each row’s parts together, origin by origin, in the array it views', () => {
    const matrix = OriginMatrix.zeros(3, 2);
    matrix.set(1, 0, 5);
    matrix.add(1, 1, 2);
    matrix.add(1, 1, 3);
    matrix.add(2, 0, 7);
    expect([...matrix.values]).toEqual([0, 0, 5, 5, 7, 0]);
    expect(matrix.get(1, 1)).toBe(5);
    expect(matrix.get(2, 0)).toBe(7);
    expect([...matrix.row(1)]).toEqual([5, 5]);
  });

  it('reads a row without copying it', () => {
    const values = new Float64Array([1, 2, 3, 4]);
    const row = new OriginMatrix(values, 2).row(1);
    values[3] = 9;
    expect([...row]).toEqual([3, 9]);
  });

  it('copies a row into an array when given one', () => {
    const values = new Float64Array([1, 2, 3, 4]);
    const into = new Float64Array(2);
    expect(new OriginMatrix(values, 2).row(1, into)).toBe(into);
    values[3] = 9;
    expect([...into]).toEqual([3, 4]);
  });
});
