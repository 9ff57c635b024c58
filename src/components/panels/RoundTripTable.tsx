import { useState } from 'react';
import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { lazyPart } from '../shared/lazyPart';

// Only readers who open it need the table; it stays out of the first download.
const rows = lazyPart(() => import('./CompanyRoundTrips'));

/** Every company's round trip, as a table built only while open. */
export function RoundTripTable() {
  const [open, setOpen] = useState(false);
  const lang = useExplorer((s) => s.lang);
  const { module, failure } = rows.useModule(open);
  return (
    <details className="flow-table round-trips" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{translate(lang, 'roundTrips.summary')}</summary>
      {open && (module ? <module.CompanyRoundTrips /> : <p>{failure ? String(failure) : translate(lang, 'part.loading')}</p>)}
    </details>
  );
}
