import type { RoundFrame as Frame } from '../../i18n/deriveChart';
import { ROUND_HEADER_FONT, ROUND_HEADER_ROOM } from '../../layout/roundsFrame';

/** The rounds view's round headers in the strip above the boxes, and a line between neighbouring rounds. */
export function RoundFrame({ frame, width, height, activeRound }: { frame: Frame; width: number; height: number; activeRound: number }) {
  return (
    <g className="round-frame" aria-hidden="true">
      {frame.dividers.map((x, i) => (
        <line key={i} className="round-frame__divider" x1={x} x2={x} y1={2} y2={height} />
      ))}
      {frame.headers.map((header) => (
        <text
          key={header.round}
          className={`round-frame__header${header.round === activeRound ? ' round-frame__header--active' : ''}`}
          x={header.x}
          y={header.y}
          textAnchor="middle"
          fontSize={ROUND_HEADER_FONT}
          data-round={header.round}
        >
          {header.text}
        </text>
      ))}
      <line className="round-frame__rule" x1={0} x2={width} y1={ROUND_HEADER_ROOM - 2} y2={ROUND_HEADER_ROOM - 2} />
    </g>
  );
}
