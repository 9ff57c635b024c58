import { easeSinInOut } from 'd3-ease';
import { timer } from 'd3-timer';
import { useEffect, useRef } from 'react';
import { linkPath } from '../../layout/linkPaths';
import { particleStreams } from '../../layout/particles';
import type { Geometry } from '../../layout/sankeyLayout';
import { OriginMatrix } from '../../model/originMatrix';
import type { Round } from '../../model/rounds';
import { moneyAt } from '../../model/units';
import { useExplorer } from '../../state/context';
import type { View } from '../../state/sharedState';
import { usePrefersReducedMotion } from '../shared/hooks';
import { originPaint } from './palette';

export interface FlowAnimationProps {
  geometry: Geometry;
  rounds: Round[];
  view: View;
}

/** One pulse of the particles, moving them on by one spacing, at speed 1. */
const PULSE_MS = 700;

/**
 * The money of the round being played, drawn over the links that carry it: on each link, one stream
 * of particles per origin, as wide as that origin's part of the round (`particleStreams`), so the
 * colours show where the money came from in proportion. Each particle is a stretch of its band's
 * own stroke (butt ends, the band's path), so it never spills over a box or a label. The particles
 * pulse forward with d3-timer and d3-ease, writing one CSS variable per frame (no re-render); with
 * reduced motion they stand still, the round's money highlighted solid over the dimmed chart.
 */
export function FlowAnimation({ geometry, rounds, view }: FlowAnimationProps) {
  const playRound = useExplorer((s) => s.playRound);
  const speed = useExplorer((s) => s.speed);
  const playing = useExplorer((s) => s.playing);
  const reduced = usePrefersReducedMotion();
  const group = useRef<SVGGElement>(null);
  const round = rounds[playRound - 1];

  useEffect(() => {
    const g = group.current;
    // Paused, the particles hold where they are.
    if (!g || reduced || !playing) return;
    const pulse = PULSE_MS / speed;
    const moving = timer((elapsed) => {
      const pulses = Math.floor(elapsed / pulse);
      const step = pulses + easeSinInOut((elapsed - pulses * pulse) / pulse);
      g.style.setProperty('--flow-step', String(step));
    });
    return () => moving.stop();
  }, [reduced, speed, playRound, playing]);

  if (!round || playRound === 0) return null;
  const byOrigin = new OriginMatrix(round.flowByOrigin, round.flowByOrigin.length / Math.max(1, round.flowValue.length));
  const shown = geometry.links.flatMap((link) => {
    const carries = view === 'rounds' ? link.key.endsWith(`@${playRound}`) : (round.flowValue[link.flow] as number) > 0;
    if (!link.route || !carries) return [];
    const streams = particleStreams(link, byOrigin.row(link.flow), moneyAt(round.flowValue, link.flow), geometry.scale);
    return streams.length ? [{ link, route: link.route, streams }] : [];
  });
  return (
    <g ref={group} className="flow-animation" data-round={playRound} data-motion={reduced ? 'still' : 'moving'} aria-hidden="true">
      {shown.map(({ link, route, streams }) => (
        <g key={link.key} data-key={link.key}>
          {streams.map((stream) => (
            <path
              key={stream.origin}
              className="flow-dash"
              d={linkPath(route, stream.offset)}
              stroke={originPaint(stream.origin)}
              strokeWidth={stream.width}
              strokeDasharray={reduced ? undefined : `${stream.length} ${stream.gap}`}
              style={{ '--flow-period': stream.length + stream.gap } as React.CSSProperties}
              data-origin={stream.origin}
            />
          ))}
        </g>
      ))}
    </g>
  );
}
