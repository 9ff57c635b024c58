import { useState } from 'react';
import { translate } from '../../i18n/strings';
import { hasShocks } from '../../model/hasShocks';
import { useExplorer } from '../../state/context';
import { lazyPart } from '../shared/lazyPart';
import { PartLoading } from '../shared/PartLoading';

// The clearing, its controls and its table: downloaded once a reader opens the section or a link carries shocks.
const stressPanel = lazyPart(() => import('./StressPanel'));

/** The stress test, closed until opened (open at once when a link or host set shocks). */
export function StressSection() {
  const lang = useExplorer((s) => s.lang);
  const shocked = useExplorer((s) => hasShocks(s.shocks) || s.alpha !== 1 || s.beta !== 1);
  const [open, setOpen] = useState(shocked);
  const { module, failure } = stressPanel.useModule(open || shocked);
  return (
    <details className="stress" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{translate(lang, 'stress.summary')}</summary>
      {module && <module.StressPanel open={open} />}
      {open && !module && <PartLoading failure={failure} failed="part.failed" />}
    </details>
  );
}
