import { useCallback, useRef, useState } from 'react';
import { translate } from '../i18n/strings';
import { useExplorer } from '../state/context';
import { lazyPart } from '../components/shared/lazyPart';
import { PartLoading } from '../components/shared/PartLoading';
import { useCloseOnEscape } from '../components/shared/useCloseOnEscape';

// The form and the code that reads files and addresses load when the panel first opens.
const loadDataForm = lazyPart(() => import('./LoadDataForm'));

/** Load a dataset from a file (chosen or dropped), pasted text or a web address; download the current one. */
export function LoadDataPanel() {
  const lang = useExplorer((s) => s.lang);
  const [open, setOpen] = useState(false);
  // Once its code has loaded, the form stays (hidden when closed): what the reader pasted or typed is
  // still there. Code that failed to load is tried again when the panel opens again.
  const [kept, setKept] = useState(false);
  const { module: form, failure } = loadDataForm.useModule(open || kept);
  // Set as it renders (React's pattern for state that follows another), not in an effect a render later.
  if (form && !kept) setKept(true);
  const box = useRef<HTMLDivElement>(null);
  useCloseOnEscape(
    open,
    useCallback(() => setOpen(false), []),
    box,
  );
  return (
    <div className="load-data" ref={box}>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} data-action="load-data">
        {translate(lang, 'load.open')}
      </button>
      {form && (
        <div hidden={!open}>
          <form.LoadDataForm />
        </div>
      )}
      {open && !form && <PartLoading failure={failure} failed="load.formFailed" />}
    </div>
  );
}
