import { formatMoney, formatPercent, type MoneyUnit } from '../../model/format';
import type { Lang } from '../../model/types';
import { moneyAt, share } from '../../model/units';
import { originPaint } from '../chart/palette';

export interface OriginBreakdownProps {
  parts: ArrayLike<number>;
  originNames: string[];
  lang: Lang;
  unit: MoneyUnit;
}

/** Money split by where it came from, largest first, with the legend's colours. */
export function OriginBreakdown({ parts, originNames, lang, unit }: OriginBreakdownProps) {
  let total = 0;
  for (let o = 0; o < parts.length; o++) total += parts[o] as number;
  const rows = Array.from({ length: parts.length }, (_, o) => ({ o, value: moneyAt(parts, o) }))
    .filter((row) => row.value > 1e-9)
    .sort((a, b) => b.value - a.value);
  if (rows.length === 0 || total <= 0) return null;
  return (
    <ul className="breakdown">
      {rows.map(({ o, value }) => (
        <li key={o}>
          <span className="swatch" style={{ background: originPaint(o) }} aria-hidden="true" />
          <span className="breakdown__name">{originNames[o]}</span>
          <span className="breakdown__value">
            {formatMoney(value, lang, unit)} · {formatPercent(share(value / total), lang)}
          </span>
        </li>
      ))}
    </ul>
  );
}
