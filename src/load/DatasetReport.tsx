import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { translate } from '../i18n/strings';
import { REPORT_SLOT } from '../components/app/reportSlot';
import { IssueList } from '../components/problems/IssueList';
import { useExplorer } from '../state/context';

const noSubscription = () => () => {};
const findSlot = () => document.getElementById(REPORT_SLOT);
const noSlot = () => null;

/** What went wrong with a dataset (each problem with where it is), or what to look at after loading it. */
export function DatasetReport() {
  const lang = useExplorer((s) => s.lang);
  const report = useExplorer((s) => s.loadReport);
  const setLoadReport = useExplorer((s) => s.setLoadReport);
  // On a phone the toolbar stands at the page's end, some screens below the chart: the report shows
  // at the top instead, where a reader who opened a link sees why its data is not shown. The page is
  // the store: the toolbar moves, so mounts again, when the page changes between phone and wider,
  // and React reads the slot again once that change is on the page.
  const slot = useSyncExternalStore(noSubscription, findSlot, noSlot);
  if (!report) return null;
  const failed = report.errors.length > 0;
  const issues = failed ? report.errors : report.warnings;
  const shown = (
    <section
      className={`dataset-report dataset-report--${failed ? 'errors' : 'warnings'}`}
      role={failed ? 'alert' : 'status'}
      data-report={failed ? 'errors' : 'warnings'}
    >
      <p className="dataset-report__title">
        {translate(lang, failed ? 'load.errorsTitle' : 'load.warningsTitle', { origin: report.origin })}
      </p>
      <IssueList issues={issues} lang={lang} />
      <button type="button" onClick={() => setLoadReport(null)}>
        {translate(lang, 'load.dismiss')}
      </button>
    </section>
  );
  return slot ? createPortal(shown, slot) : shown;
}
