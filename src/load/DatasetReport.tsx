import { translate } from '../i18n/strings';
import { IssueList } from '../components/problems/IssueList';
import { useExplorer } from '../state/context';

/** What went wrong with a dataset (each problem with where it is), or what to look at after loading it. */
export function DatasetReport() {
  const lang = useExplorer((s) => s.lang);
  const report = useExplorer((s) => s.loadReport);
  const setLoadReport = useExplorer((s) => s.setLoadReport);
  if (!report) return null;
  const failed = report.errors.length > 0;
  const issues = failed ? report.errors : report.warnings;
  return (
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
}
