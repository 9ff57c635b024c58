import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { LazyDetails } from '../shared/LazyDetails';
import { lazyPart } from '../shared/lazyPart';

// Only readers who open it need the table; it stays out of the first download.
const rows = lazyPart(() => import('./CompanyRoundTrips'));

/** Every company's round trip, as a table built only while open. */
export function RoundTripTable() {
  const lang = useExplorer((s) => s.lang);
  return (
    <LazyDetails
      className="flow-table round-trips"
      summary={translate(lang, 'roundTrips.summary')}
      part={rows}
      render={(module) => <module.CompanyRoundTrips />}
    />
  );
}
