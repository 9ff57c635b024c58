import type { LabelPlacement } from '../../layout/labels';
import type { Geometry } from '../../layout/sankeyLayout';
import { useCallouts } from './useCallouts';

/** Under the chart, the notes of the story step's callouts drawn as lettered markers (those with no room on the chart). */
export function CalloutNotes({ geometry, labels }: { geometry: Geometry; labels: readonly LabelPlacement[] }) {
  const markers = useCallouts(geometry, labels).filter((callout) => callout.marker);
  if (markers.length === 0) return null;
  return (
    // (role: a list styled without markers is no list to some screen readers, Safari's among them.)
    <ul className="chart__callout-notes" role="list">
      {markers.map((callout) => (
        <li key={callout.index} data-callout={callout.index}>
          <span className="chart__callout-letter" aria-hidden="true">
            {callout.marker}
          </span>
          {callout.text}
        </li>
      ))}
    </ul>
  );
}
