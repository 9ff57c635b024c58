import { useState } from 'react';
import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { lazyPart } from '../shared/lazyPart';

// Built only while the table is open, and loaded then: most readers never open it.
const flowRows = lazyPart(() => import('./FlowRows'));

/** Every flow as a table (for screen readers and anyone who prefers numbers); built only while open. */
export function FlowTable() {
  const [open, setOpen] = useState(false);
  const lang = useExplorer((s) => s.lang);
  const { module: rows, failure } = flowRows.useModule(open);
  return (
    <details className="flow-table" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{translate(lang, 'table.summary')}</summary>
      {open && rows && <rows.FlowRows />}
      {open &&
        !rows &&
        (failure ? <p role="alert">{translate(lang, 'table.failed')}</p> : <p role="status">{translate(lang, 'table.loading')}</p>)}
    </details>
  );
}
