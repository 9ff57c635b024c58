import { editDataset, type EditAction } from '../../model/editDataset';
import type { Dataset } from '../../model/types';

/** The drafts before and after the present one: undo and redo step through them. */
export interface EditHistory {
  past: Dataset[];
  present: Dataset;
  future: Dataset[];
}

export type HistoryAction = { type: 'edit'; edit: EditAction } | { type: 'undo' } | { type: 'redo' } | { type: 'start'; dataset: Dataset };

/** Enough steps back for a session's typing, without keeping every draft forever. */
const KEPT = 300;

export function editHistory(history: EditHistory, action: HistoryAction): EditHistory {
  switch (action.type) {
    case 'edit': {
      const next = editDataset(history.present, action.edit);
      if (next === history.present) return history;
      return { past: [...history.past, history.present].slice(-KEPT), present: next, future: [] };
    }
    case 'undo': {
      const previous = history.past[history.past.length - 1];
      if (!previous) return history;
      return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
    }
    case 'redo': {
      const [next, ...future] = history.future;
      if (!next) return history;
      return { past: [...history.past, history.present], present: next, future };
    }
    case 'start':
      return { past: [...history.past, history.present].slice(-KEPT), present: action.dataset, future: [] };
  }
}
