import { useState } from 'react';
import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { lazyPart } from '../shared/lazyPart';

// Two solves per slider: computed, and downloaded, only once a reader opens it.
const tornado = lazyPart(() => import('./TornadoChart'));

/** Which slider moves the headline most, as a tornado chart built only while open. */
export function SensitivityView() {
  const [open, setOpen] = useState(false);
  const lang = useExplorer((s) => s.lang);
  const { module, failure } = tornado.useModule(open);
  return (
    <details className="sensitivity" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{translate(lang, 'sensitivity.summary')}</summary>
      {open && (module ? <module.TornadoChart /> : <p>{failure ? String(failure) : translate(lang, 'part.loading')}</p>)}
    </details>
  );
}
