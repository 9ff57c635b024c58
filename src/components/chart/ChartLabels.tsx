import { memo } from 'react';
import { LABEL_FONT } from '../../layout/chartGeometry';
import { LABEL_LINE } from '../../layout/chartLabels';
import { lineBaseline, TAG_FONT, TAG_HEIGHT, tagWidth, type LabelPlacement } from '../../layout/labels';

/** The nodes' names beside their boxes (with a leader line where one had to move), or their numbers in the key. */
export const ChartLabels = memo(
  function ChartLabels({ labels }: { labels: LabelPlacement[]; /** Painted in the drag's canvas: kept as they were. */ held: boolean }) {
    return (
      <g className="labels" aria-hidden="true">
        {/* A label or a number moved off its box's height is joined to it by a leader, drawn under
            every label: where one must cross a name, the name's halo keeps it legible. */}
        {labels.map((label) => label.leader && <line key={label.key} className="label-leader" {...label.leader} />)}
        {labels.map((label) => {
          if (label.tag) {
            const { number, x, y } = label.tag;
            const w = tagWidth(number);
            return (
              <g key={label.key} className="label-tag" data-key={label.key} data-number={number}>
                <rect x={x - w / 2} y={y - TAG_HEIGHT / 2} width={w} height={TAG_HEIGHT} rx={TAG_HEIGHT / 2} />
                <text x={x} y={y + TAG_FONT * 0.35} textAnchor="middle" fontSize={TAG_FONT}>
                  {number}
                </text>
              </g>
            );
          }
          if (!label.visible) return null;
          const lines = [...label.name, ...label.amount];
          return (
            <text
              key={label.key}
              className="label"
              x={label.x}
              y={label.y}
              textAnchor={label.anchor}
              fontSize={LABEL_FONT}
              data-key={label.key}
            >
              {lines.map((line, i) => (
                <tspan
                  key={i}
                  x={label.x}
                  y={lineBaseline(label.y, i, lines.length, LABEL_LINE)}
                  className={i < label.name.length ? 'label__name' : 'label__amount'}
                >
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    );
  },
  // While the drag's canvas paints the labels (held, and hidden), a step does not render them again:
  // text is what costs the page most to lay out.
  (previous, next) => (previous.held && next.held) || (previous.held === next.held && previous.labels === next.labels),
);
