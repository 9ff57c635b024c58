import { useState } from 'react';
import { translate } from '../i18n/strings';
import { useExplorer } from '../state/context';
import { lazyPart } from '../components/shared/lazyPart';
import { PartLoading } from '../components/shared/PartLoading';

// The form and the code that reads files and addresses load when the panel first opens.
const loadDataForm = lazyPart(() => import('./LoadDataForm'));

/** Load a dataset from a file (chosen or dropped), pasted text or a web address; download the current one. */
export function LoadDataPanel() {
  const lang = useExplorer((s) => s.lang);
  const [open, setOpen] = useState(false);
  const { module: form, failure } = loadDataForm.useModule(open);
  return (
    <div className="load-data">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} data-action="load-data">
        {translate(lang, 'load.open')}
      </button>
      {open && form && <form.LoadDataForm />}
      {open && !form && <PartLoading failure={failure} failed="load.formFailed" />}
    </div>
  );
}
