import { translate } from '../../i18n/strings';
import type { DatasetIssue } from '../../model/problems';
import type { Lang } from '../../model/types';
import { useIssueText } from './useIssueText';

/** Dataset problems, each with where it is, in the reader's language. Text only: never markup. */
export function IssueList({ issues, lang }: { issues: DatasetIssue[]; lang: Lang }) {
  const { texts, failed } = useIssueText();
  if (!texts) {
    // The texts are a chunk of their own; if it cannot load, the codes still say what is wrong.
    return failed ? (
      <ul>
        {issues.map((issue, i) => (
          <li key={i} lang="en">
            <code>{typeof issue.path === 'string' ? issue.path : JSON.stringify(issue.path)}</code>: {issue.code}{' '}
            {JSON.stringify(issue.params)}
          </li>
        ))}
      </ul>
    ) : (
      <p aria-busy="true">{translate(lang, 'load.loading')}</p>
    );
  }
  return (
    <ul>
      {issues.map((issue, i) => (
        <li key={i}>
          <code>{texts.placeText(issue.path, lang)}</code>
          {translate(lang, 'load.problemSeparator')}
          {texts.problemText(issue, lang)}
        </li>
      ))}
    </ul>
  );
}
