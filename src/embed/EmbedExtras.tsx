import { translate } from '../i18n/strings';
import { useExplorer } from '../state/context';
import { MAX_ROUNDS } from '../state/sharedState';
import type { EmbedExtra } from './embedOptions';

/** The view and net controls a host asked for (`show=rounds,net`); Play is the page's own PlayControls. */
export function EmbedExtras({ show }: { show: EmbedExtra[] }) {
  const lang = useExplorer((s) => s.lang);
  const view = useExplorer((s) => s.view);
  const rounds = useExplorer((s) => s.rounds);
  const showNet = useExplorer((s) => s.showNet);
  const setView = useExplorer((s) => s.setView);
  const setRounds = useExplorer((s) => s.setRounds);
  const setShowNet = useExplorer((s) => s.setShowNet);
  if (!show.includes('rounds') && !show.includes('net')) return null;
  return (
    <div className="view-controls">
      {show.includes('rounds') && (
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
      )}
      {show.includes('net') && (
        <label className="inline-control">
          <input type="checkbox" checked={showNet} onChange={(e) => setShowNet(e.target.checked)} />
          {translate(lang, 'view.showNet')}
        </label>
      )}
    </div>
  );
}
