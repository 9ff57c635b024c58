import { translate } from '../../i18n/strings';
import type { DatasetIssue } from '../../model/problems';
import type { Lang } from '../../model/types';
import { IssueList } from './IssueList';

/** Every problem with where it is, so the author can fix the dataset. Text only: never markup. */
export function DatasetErrors({ errors, lang }: { errors: DatasetIssue[]; lang: Lang }) {
  return (
    <section className="dataset-errors" role="alert">
      <h2>{translate(lang, 'error.title')}</h2>
      <IssueList issues={errors} lang={lang} />
    </section>
  );
}
