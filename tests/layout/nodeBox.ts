// A node box written by hand for layout tests: column c sits at c × spacing, `width` wide.
import type { NodeBox } from '../../src/layout/sankeyLayout';
import { px } from '../../src/layout/units';
import { money } from '../../src/model/units';

export function nodeBox(
  key: string,
  column: number,
  y0: number,
  y1: number,
  value: number,
  entity = 0,
  spacing = 100,
  width = 10,
): NodeBox {
  return {
    key,
    entity,
    column,
    x0: px(column * spacing),
    x1: px(column * spacing + width),
    y0: px(y0),
    y1: px(y1),
    value: money(value),
  };
}
