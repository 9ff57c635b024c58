// Loaded on demand, with the first problem to show (see components/problems/useIssueText.ts).
import type { DatasetIssue, IssuePath, Problem, ProblemParams } from '../model/problems';
import type { Lang } from '../model/types';
import type { ProblemDictionary } from './problemDictionary';
import { problemsEn } from './problemsEn';
import { problemsZhTW } from './problemsZhTW';

const DICTIONARIES: Record<Lang, ProblemDictionary> = { en: problemsEn, 'zh-TW': problemsZhTW };

/** What is wrong, in the reader's language: a lookup of the problem's code, never a translation of English. */
export function problemText(problem: Problem, lang: Lang): string {
  // Each code's text takes that code's params; TypeScript cannot pair the two through the union.
  const text = DICTIONARIES[lang].texts[problem.code] as (params: ProblemParams[typeof problem.code]) => string;
  return text(problem.params);
}

/** Where a problem is: a JSON path, file name or address as it is; a line, column or the whole file in words. */
export function placeText(path: IssuePath, lang: Lang): string {
  const place = DICTIONARIES[lang].place;
  if (typeof path === 'string') return path;
  if ('whole' in path) return place.whole[path.whole];
  const where =
    path.column === undefined
      ? place.line(path.line)
      : typeof path.column === 'number'
        ? place.lineColumn(path.line, path.column)
        : place.lineNamedColumn(path.line, path.column);
  return path.file === undefined ? where : place.inFile(path.file, where);
}

/** `place: problem`, as the build's dataset check and plain-text reports print it. */
export function issueText(issue: DatasetIssue, lang: Lang): string {
  // (Colons as each language writes them: no dictionary here, as the build's dataset check runs without one.)
  return `${placeText(issue.path, lang)}${lang === 'en' ? ': ' : '：'}${problemText(issue, lang)}`;
}
