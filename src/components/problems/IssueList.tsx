import { translate } from '../../i18n/strings';
import type { DatasetIssue } from '../../model/problems';
import type { Lang } from '../../model/types';
import { useIssueText } from './useIssueText';

/** Dataset problems, each with where it is, in the reader's language. Text only: never markup. */
export function IssueList({ issues, lang }: { issues: DatasetIssue[]; lang: Lang }) {
  const issueText = useIssueText();
  return (
    <ul>
      {issues.map((issue, i) => {
        const message = issueText ? issueText.localizeIssue(issue.message, lang) : { text: issue.message, english: true };
        return (
          <li key={i}>
            <code>{issueText ? issueText.localizeIssuePath(issue.path, lang) : issue.path}</code>:{' '}
            {message.english && lang !== 'en' ? (
              <span lang="en">
                {message.text}
                <span className="fallback__tag">{translate(lang, 'note.englishOnly')}</span>
              </span>
            ) : (
              message.text
            )}
          </li>
        );
      })}
    </ul>
  );
}
