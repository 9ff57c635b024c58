import { linkPath } from '../../layout/linkPaths';
import type { Geometry } from '../../layout/sankeyLayout';
import { toPx } from '../../layout/units';
import { OriginMatrix } from '../../model/originMatrix';
import type { Round } from '../../model/rounds';
import { moneyAt } from '../../model/units';
import { useExplorer } from '../../state/context';
import type { View } from '../../state/sharedState';
import { originColor } from './palette';

export interface FlowAnimationProps {
  geometry: Geometry;
  rounds: Round[];
  view: View;
}

/**
 * Dashes travelling along the links that carry money in the round being played, as wide as that
 * round's money and coloured by its main origin. Motion is CSS-only, so a slider drag (which
 * re-renders the chart) never stalls it; with reduced motion the dashes stand still.
 */
export function FlowAnimation({ geometry, rounds, view }: FlowAnimationProps) {
  const playRound = useExplorer((s) => s.playRound);
  const speed = useExplorer((s) => s.speed);
  const round = rounds[playRound - 1];
  if (!round || playRound === 0) return null;
  const byOrigin = new OriginMatrix(round.flowByOrigin, round.flowByOrigin.length / Math.max(1, round.flowValue.length));
  const duration = `${(1.2 / speed).toFixed(2)}s`;
  const shown = geometry.links.flatMap((link) => {
    const carries = view === 'rounds' ? link.key.endsWith(`@${playRound}`) : (round.flowValue[link.flow] as number) > 0;
    return link.route && carries ? [{ link, route: link.route }] : [];
  });
  return (
    <g className="flow-animation" data-round={playRound} aria-hidden="true">
      {shown.map(({ link, route }) => {
        const value = view === 'rounds' ? link.value : moneyAt(round.flowValue, link.flow);
        let main = 0;
        for (let o = 1; o < byOrigin.origins; o++) if (byOrigin.get(link.flow, o) > byOrigin.get(link.flow, main)) main = o;
        const width = Math.max(1.5, Math.min(link.width, toPx(value, geometry.scale)) * 0.6);
        return (
          <path
            key={link.key}
            className="flow-dash"
            d={linkPath(route)}
            stroke={originColor(main)}
            strokeWidth={width}
            style={{ animationDuration: duration }}
            data-key={link.key}
          />
        );
      })}
    </g>
  );
}
