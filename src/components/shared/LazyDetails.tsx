import { useState, type ReactNode } from 'react';
import { translate } from '../../i18n/strings';
import type { Lang } from '../../model/types';
import type { LazyPart } from './lazyPart';

export interface LazyDetailsProps<M> {
  className: string;
  summary: ReactNode;
  /** The code that draws the content: downloaded when the section first opens. */
  part: LazyPart<M>;
  render(module: M): ReactNode;
  lang: Lang;
}

/**
 * A closed section whose content most readers never open: built only while open, and its code
 * loaded then, saying so while it loads and, in the reader's language, if it could not.
 */
export function LazyDetails<M>({ className, summary, part, render, lang }: LazyDetailsProps<M>) {
  const [open, setOpen] = useState(false);
  const { module, failure } = part.useModule(open);
  return (
    <details className={className} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && module && render(module)}
      {open &&
        !module &&
        (failure ? <p role="alert">{translate(lang, 'part.failed')}</p> : <p role="status">{translate(lang, 'part.loading')}</p>)}
    </details>
  );
}
