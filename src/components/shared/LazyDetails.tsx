import { useState, type ReactNode } from 'react';
import type { LazyPart } from './lazyPart';
import { PartLoading } from './PartLoading';

export interface LazyDetailsProps<M> {
  className: string;
  summary: ReactNode;
  /** The code that draws the content: downloaded when the section first opens. */
  part: LazyPart<M>;
  render(module: M): ReactNode;
}

/**
 * A closed section whose content most readers never open: built only while open, and its code
 * loaded then, saying so while it loads and, with a reload, if it could not.
 */
export function LazyDetails<M>({ className, summary, part, render }: LazyDetailsProps<M>) {
  const [open, setOpen] = useState(false);
  const { module, failure } = part.useModule(open);
  return (
    <details className={className} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && module && render(module)}
      {open && !module && <PartLoading failure={failure} failed="part.failed" />}
    </details>
  );
}
