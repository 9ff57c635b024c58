import { useState } from 'react';
import { translate } from '../i18n/strings';
import { useExplorer } from '../state/context';
import { lazyPart } from '../components/shared/lazyPart';
import { PartLoading } from '../components/shared/PartLoading';

// The editor, its tables and its words load when the reader first opens it.
const dataEditor = lazyPart(() => import('./editor/DataEditor'));

/** Opens the data editor: the dataset as tables, edited in place, the chart following. */
export function EditDataPanel() {
  const lang = useExplorer((s) => s.lang);
  const [open, setOpen] = useState(false);
  const { module, failure } = dataEditor.useModule(open);
  return (
    <div className="edit-data">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} data-action="edit-data">
        {translate(lang, 'editor.open')}
      </button>
      {open && module && <module.DataEditor onClose={() => setOpen(false)} />}
      {open && !module && <PartLoading failure={failure} failed="part.failed" />}
    </div>
  );
}
