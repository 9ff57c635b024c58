import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { LazyDetails } from '../shared/LazyDetails';
import { lazyPart } from '../shared/lazyPart';

// Built only while the table is open, and loaded then: most readers never open it.
const flowRows = lazyPart(() => import('./FlowRows'));

/** Every flow as a table (for screen readers and anyone who prefers numbers); built only while open. */
export function FlowTable() {
  const lang = useExplorer((s) => s.lang);
  return (
    <LazyDetails
      className="flow-table"
      summary={translate(lang, 'table.summary')}
      part={flowRows}
      render={(module) => <module.FlowRows />}
    />
  );
}
