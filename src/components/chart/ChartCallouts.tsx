import { CALLOUT_FONT, MARKER_RADIUS, type Callout } from '../../layout/callouts';
import type { LabelPlacement } from '../../layout/labels';
import type { Geometry } from '../../layout/sankeyLayout';
import { useExplorer } from '../../state/context';
import { useCallouts } from './useCallouts';

/**
 * The story step's annotations: callouts anchored to boxes and links, placed inside the chart; where
 * a callout would hide a name or a box, a lettered marker instead (its note under the chart: see CalloutNotes).
 */
export function ChartCallouts({ geometry, labels }: { geometry: Geometry; labels: readonly LabelPlacement[] }) {
  const step = useExplorer((s) => s.step);
  const callouts = useCallouts(geometry, labels);
  if (callouts.length === 0) return null;
  return (
    <g className="callouts">
      {callouts.map((callout) =>
        callout.marker ? (
          <CalloutMarker key={`${step}-${callout.index}`} callout={callout} />
        ) : (
          <CalloutMark key={`${step}-${callout.index}`} callout={callout} />
        ),
      )}
    </g>
  );
}

/** A marker on what a note is about: its letter, as beside the note under the chart (read there, not here). */
function CalloutMarker({ callout }: { callout: Callout }) {
  return (
    <g className="callout callout--marker" data-callout={callout.index} aria-hidden="true">
      <circle className="callout__marker" cx={callout.anchorX} cy={callout.anchorY} r={MARKER_RADIUS} />
      <text className="callout__letter" x={callout.anchorX} y={callout.anchorY} dy="0.35em" textAnchor="middle">
        {callout.marker}
      </text>
    </g>
  );
}

function CalloutMark({ callout }: { callout: Callout }) {
  const { x, y, width, height, lines, anchorX, anchorY } = callout;
  // The leader runs from the anchor to the nearest point of the box's edge.
  const endX = Math.max(x, Math.min(x + width, anchorX));
  const endY = Math.max(y, Math.min(y + height, anchorY));
  return (
    <g className="callout" data-callout={callout.index}>
      <line className="callout__leader" x1={anchorX} y1={anchorY} x2={endX} y2={endY} />
      <circle className="callout__anchor" cx={anchorX} cy={anchorY} r={3} />
      <rect className="callout__box" x={x} y={y} width={width} height={height} rx={4} />
      <text className="callout__text" x={x + 6} y={y + 6} fontSize={CALLOUT_FONT}>
        {lines.map((line, i) => (
          <tspan key={i} x={x + 6} dy={i === 0 ? '1em' : '1.3em'}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
