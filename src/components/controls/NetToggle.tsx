import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';

/** Gross revenue or net of the round trip (each company's own money coming back taken out). */
export function NetToggle() {
  const lang = useExplorer((s) => s.lang);
  const showNet = useExplorer((s) => s.showNet);
  const setShowNet = useExplorer((s) => s.setShowNet);
  return (
    <label className="inline-control">
      <input type="checkbox" checked={showNet} onChange={(e) => setShowNet(e.target.checked)} />
      {translate(lang, 'view.showNet')}
    </label>
  );
}
