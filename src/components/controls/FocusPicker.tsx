import { useMemo } from 'react';
import { pickText, translate } from '../../i18n/strings';
import { focusCandidates } from '../../model/figures';
import { useExplorer } from '../../state/context';
import { useFollow } from '../../state/panelHooks';

/** Which company the headline follows: any company that sells into the loop. */
export function FocusPicker({ focus }: { focus: string | null }) {
  const lang = useExplorer((s) => s.lang);
  const dataset = useExplorer((s) => s.model.dataset);
  const follow = useFollow();
  const candidates = useMemo(() => focusCandidates(dataset), [dataset]);
  // The headline re-renders on every slider step: the options (one per company, thousands in a
  // large dataset, each name found by id) are made once per dataset and language, and React skips
  // elements it has already drawn.
  const options = useMemo(() => {
    const labels = new Map(dataset.entities.map((e) => [e.id, e.label]));
    return candidates.map((id) => (
      <option key={id} value={id}>
        {pickText(labels.get(id), lang).text || id}
      </option>
    ));
  }, [candidates, dataset, lang]);
  if (candidates.length < 2 || focus === null) return null;
  return (
    <label className="headline__follow">
      {translate(lang, 'headline.follow')}{' '}
      <select value={focus} onChange={(event) => follow(event.target.value)} data-control="focus">
        {options}
      </select>
    </label>
  );
}
