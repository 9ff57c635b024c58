import { linkPath } from '../../layout/linkPaths';
import type { ShortfallBand } from '../../layout/stressMarks';

/** The stress test's unpaid part of each obligation: a hatched band beside its link, edged where the amount due ends. */
export function ShortfallBands({ bands }: { bands: ShortfallBand[] }) {
  if (bands.length === 0) return null;
  return (
    <g className="shortfalls" aria-hidden="true">
      {bands.map((band) => (
        <g key={band.link} className="shortfall" data-key={band.link} data-width={band.width.toFixed(3)} data-round={band.round}>
          <path className="shortfall__hatch" d={linkPath(band.route, band.offset)} strokeWidth={band.width} />
          <path className="shortfall__edge" d={linkPath(band.route, band.offset + band.width / 2)} />
        </g>
      ))}
    </g>
  );
}
