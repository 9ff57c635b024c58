import { useEffect } from 'react';
import { translate } from '../../i18n/strings';
import { formatMoney } from '../../model/format';
import { money } from '../../model/units';
import { useExplorer, useMoneyUnit } from '../../state/context';
import { useRounds } from '../../state/panelHooks';
import { usePrefersReducedMotion } from '../shared/hooks';

const ROUND_MS = 1800;

/** Play, pause, replay and speed; with reduced motion, a button steps through the rounds instead. */
export function PlayControls() {
  const lang = useExplorer((s) => s.lang);
  const playing = useExplorer((s) => s.playing);
  const playRound = useExplorer((s) => s.playRound);
  const total = useExplorer((s) => s.rounds);
  const speed = useExplorer((s) => s.speed);
  const play = useExplorer((s) => s.play);
  const pause = useExplorer((s) => s.pause);
  const stepRound = useExplorer((s) => s.stepRound);
  const setSpeed = useExplorer((s) => s.setSpeed);
  const reduced = usePrefersReducedMotion();

  useEffect(() => {
    if (!playing) return;
    // A plain timeout: d3-timer is loaded with the animation, after the first view.
    const timer = setTimeout(stepRound, ROUND_MS / speed);
    return () => clearTimeout(timer);
  }, [playing, playRound, speed, stepRound]);

  const finished = playRound >= total && !playing;
  return (
    <div className="play-controls">
      {reduced ? (
        <button type="button" onClick={() => (finished ? play() : stepRound())} data-action="step">
          {translate(lang, finished ? 'play.replay' : 'play.step')}
        </button>
      ) : (
        <button type="button" onClick={() => (playing ? pause() : play())} data-action="play">
          {translate(lang, playing ? 'play.pause' : finished && playRound > 0 ? 'play.replay' : 'play.play')}
        </button>
      )}
      {!reduced && (
        <label className="inline-control">
          {translate(lang, 'play.speed')}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {[0.5, 1, 2, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="play-controls__status" aria-live="polite">
        {playRound > 0 && <RoundStatus round={playRound} total={total} />}
      </span>
    </div>
  );
}

/** Only mounted while a round plays, so the sliders do not re-render the controls otherwise. */
function RoundStatus({ round, total }: { round: number; total: number }) {
  const lang = useExplorer((s) => s.lang);
  const unit = useMoneyUnit();
  const entering = useRounds(total)[round - 1]?.entering ?? money(0);
  return (
    <>
      {translate(lang, 'play.round', { round, total })} ·{' '}
      {translate(lang, 'play.roundEntering', { round, amount: formatMoney(entering, lang, unit) })}
    </>
  );
}
