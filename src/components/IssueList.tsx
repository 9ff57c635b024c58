import { localizeIssue, localizeIssuePath } from '../i18n/issueText';
import { translate } from '../i18n/strings';
import type { DatasetIssue } from '../model/validate';
import type { Lang } from '../model/types';

/** Dataset problems, each with where it is, in the reader's language. Text only: never markup. */
export function IssueList({ issues, lang }: { issues: DatasetIssue[]; lang: Lang }) {
  return (
    <ul>
      {issues.map((issue, i) => {
        const message = localizeIssue(issue.message, lang);
        return (
          <li key={i}>
            <code>{localizeIssuePath(issue.path, lang)}</code>:{' '}
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
