import { timeout } from 'd3-timer';
import { useEffect, useState } from 'react';
import type { StressWords } from '../../i18n/stressText';
import type { StressResult } from '../../model/stress';
import { usePrefersReducedMotion } from '../shared/hooks';

/** How long each round of the cascade stays on the chart before the next one is drawn. */
export const CASCADE_ROUND_MS = 1000;

interface Props {
  /** The stress test shown: playing is for this outcome only, so any new shock or slider stops it. */
  result: StressResult;
  /** The round the chart marks defaults up to (the step buttons' round). */
  shown: number;
  /** Sets that round, as the step buttons do. */
  show: (round: number) => void;
  words: StressWords;
}

/**
 * Play and Pause for the cascade: from round 0 (nobody marked) to the last round, one round a
 * second, through the same round the step buttons set, so the chart's default marks and shortfall
 * bands appear round by round. With reduced motion there is no Play: the step buttons are the way.
 */
export function CascadePlayer({ result, shown, show, words }: Props) {
  const reduced = usePrefersReducedMotion();
  const [playingFor, setPlayingFor] = useState<StressResult | null>(null);
  const rounds = result.clearing.rounds;
  const playing = playingFor === result && !reduced;

  useEffect(() => {
    if (!playing) return;
    // One timer per round shown: unmounting, pausing or a new outcome stops it before it fires.
    const timer = timeout(() => {
      const next = shown + 1;
      show(next);
      if (next >= rounds) setPlayingFor(null);
    }, CASCADE_ROUND_MS);
    return () => timer.stop();
  }, [playing, shown, rounds, show]);

  if (reduced) return null;
  return (
    <button
      type="button"
      className="stress__play"
      onClick={() => {
        if (playing) setPlayingFor(null);
        else {
          // From the start, unless paused part-way.
          if (shown >= rounds) show(0);
          setPlayingFor(result);
        }
      }}
    >
      {playing ? words.pause : words.play}
    </button>
  );
}
