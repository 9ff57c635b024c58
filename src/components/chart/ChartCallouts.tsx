import { useMemo } from 'react';
import { pickText } from '../../i18n/strings';
import { CALLOUT_FONT, labelRects, placeCallouts, type Callout } from '../../layout/callouts';
import type { LabelPlacement } from '../../layout/labels';
import type { Geometry } from '../../layout/sankeyLayout';
import { storyStep } from '../../model/story';
import { useExplorer } from '../../state/context';

/** The story step's annotations: callouts anchored to boxes and links, placed inside the chart. */
export function ChartCallouts({ geometry, labels }: { geometry: Geometry; labels: readonly LabelPlacement[] }) {
  const step = useExplorer((s) => s.step);
  const dataset = useExplorer((s) => s.model.dataset);
  const lang = useExplorer((s) => s.lang);
  const callouts = useMemo(() => {
    const notes = (step === null ? undefined : storyStep(dataset, step)?.annotations) ?? [];
    return placeCallouts(
      geometry,
      notes.map((note) => ({
        target: 'entity' in note ? { entity: note.entity } : { flow: note.flow },
        text: pickText(note.text, lang).text,
      })),
      labelRects(labels),
    );
  }, [geometry, labels, step, dataset, lang]);
  if (callouts.length === 0) return null;
  return (
    <g className="callouts">
      {callouts.map((callout) => (
        <CalloutMark key={`${step}-${callout.index}`} callout={callout} />
      ))}
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
