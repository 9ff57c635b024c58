import type { DatasetIssue } from '../model/validate';

/** Dataset problems, each with where it is. Text only: a message never becomes markup. */
export function IssueList({ issues }: { issues: DatasetIssue[] }) {
  return (
    <ul>
      {issues.map((issue, i) => (
        <li key={i}>
          <code>{issue.path}</code>: {issue.message}
        </li>
      ))}
    </ul>
  );
}
