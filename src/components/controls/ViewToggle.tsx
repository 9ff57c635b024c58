import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
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
    </>
  );
}
