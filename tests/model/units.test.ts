import { USD_BILLIONS, formatMoney, formatPercent } from '../../src/model/format';
import { describe, expect, it } from 'vitest';
import { px, toPx, pxPerMoney } from '../../src/layout/units';
import { money, moneyAt, share, shareOf } from '../../src/model/units';

describe('units', () => {
  it('are plain numbers at run time', () => {
    expect(money(12.5) + 1).toBe(13.5);
    expect(moneyAt(new Float64Array([1, 2]), 1)).toBe(2);
    expect(toPx(money(10), pxPerMoney(2.5))).toBe(25);
    expect(shareOf(money(1), money(4))).toBe(0.25);
    expect(shareOf(money(1), money(0))).toBeNull();
  });

  // Checked by `tsc --noEmit` (part of `npm run build`): each line must fail to compile.
  it('do not mix where they meet', () => {
    // @ts-expect-error a share is not money
    expect(formatMoney(share(0.5), 'en', USD_BILLIONS)).toBe('US$500M');
    // @ts-expect-error money is not a share
    expect(formatPercent(money(0.5), 'en')).toBe('50%');
    // @ts-expect-error pixels are not money
    expect(formatMoney(px(12), 'en', USD_BILLIONS)).toBe('US$12B');
    // @ts-expect-error a plain number says nothing of its unit
    expect(formatMoney(12, 'en', USD_BILLIONS)).toBe('US$12B');
  });
});
