import { useMemo } from 'react';
import { pickText, translate } from '../../i18n/strings';
import { focusCandidates } from '../../model/figures';
import { useExplorer, useFollow } from '../../state/context';

/** Which company the headline follows: any company that sells into the loop. */
export function FocusPicker({ focus }: { focus: string | null }) {
  const lang = useExplorer((s) => s.lang);
  const dataset = useExplorer((s) => s.model.dataset);
  const follow = useFollow();
  const candidates = useMemo(() => focusCandidates(dataset), [dataset]);
  if (candidates.length < 2 || focus === null) return null;
  const name = (id: string) => pickText(dataset.entities.find((e) => e.id === id)?.label, lang).text || id;
  return (
    <label className="headline__follow">
      {translate(lang, 'headline.follow')}{' '}
      <select value={focus} onChange={(event) => follow(event.target.value)} data-control="focus">
        {candidates.map((id) => (
          <option key={id} value={id}>
            {name(id)}
          </option>
        ))}
      </select>
    </label>
  );
}
