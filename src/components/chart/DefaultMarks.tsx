import { DEFAULT_MARK_GAP as GAP, type DefaultMark } from '../../layout/stressMarks';

/** The stress test's defaulting entities: a red outline round each box (the label names the round). */
export function DefaultMarks({ marks }: { marks: DefaultMark[] }) {
  if (marks.length === 0) return null;
  return (
    <g className="defaults" aria-hidden="true">
      {marks.map((mark) => (
        <rect
          key={mark.node}
          className="default-mark"
          data-key={mark.node}
          data-round={mark.round}
          x={mark.x0 - GAP}
          y={mark.y0 - GAP}
          width={mark.x1 - mark.x0 + 2 * GAP}
          height={Math.max(1, mark.y1 - mark.y0) + 2 * GAP}
        />
      ))}
    </g>
  );
}
