import { translate } from '../../i18n/strings';
import { roundsWithMoney } from '../../model/roundsWithMoney';
import { useExplorer } from '../../state/context';
import { useRounds } from '../../state/panelHooks';
import { useSettledValue } from '../shared/hooks';
import { MAX_ROUNDS } from '../../state/sharedState';

/** Loop or rounds, and in the rounds view how many rounds: on the page and in an embed that asks for it. */
export function ViewToggle() {
  const lang = useExplorer((s) => s.lang);
  const view = useExplorer((s) => s.view);
  const rounds = useExplorer((s) => s.rounds);
  const setView = useExplorer((s) => s.setView);
  const setRounds = useExplorer((s) => s.setRounds);
  return (
    <>
      <div className="segmented" role="group" aria-label={translate(lang, 'view.label')}>
        {(['loop', 'rounds'] as const).map((option) => (
          <button key={option} type="button" aria-pressed={view === option} onClick={() => setView(option)} data-view={option}>
            {translate(lang, option === 'loop' ? 'view.loop' : 'view.rounds')}
          </button>
        ))}
      </div>
      {view === 'rounds' && (
        <label className="inline-control">
          {translate(lang, 'view.roundsCount')}
          <input type="number" min={1} max={MAX_ROUNDS} value={rounds} onChange={(e) => setRounds(Number(e.target.value))} />
        </label>
      )}
      {view === 'rounds' && <RoundsWithMoney count={rounds} />}
    </>
  );
}

/**
 * Says when fewer rounds carry money than are asked for: with no money coming back (the loop gain
 * 0), "Rounds shown 4" drew one round and said nothing of why. Mounted only in the rounds view, a
 * live region there from the start (one that appears with its text is often not read out), its
 * text set once the sliders settle.
 */
function RoundsWithMoney({ count }: { count: number }) {
  const lang = useExplorer((s) => s.lang);
  const carrying = roundsWithMoney(useRounds(count));
  const text =
    carrying === 0 || carrying >= count
      ? ''
      : carrying === 1
        ? translate(lang, 'view.oneRoundWithMoney')
        : translate(lang, 'view.roundsWithMoney', { count: carrying });
  return (
    <span className="inline-note" role="status" data-rounds-with-money={text ? carrying : undefined}>
      {useSettledValue(text, 400)}
    </span>
  );
}
