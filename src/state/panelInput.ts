import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import type { CompiledModel } from '../model/engine';
import type { ParamValues } from '../model/types';
import { useExplorer } from './context';
import { usePacedDuringDrag } from './pacedValue';

/** The model and the sliders' values the side panel's parts show. */
export interface PanelInput {
  model: CompiledModel;
  values: ParamValues;
}

const PanelInputContext = createContext<PanelInput | null>(null);

/**
 * The sliders' values a render behind the live ones (a deferred value), and during a drag at most
 * ten times a second (see usePacedDuringDrag), with the model they belong to. Why: a drag's step then
 * changes the chart alone, in the input's own frame; the figures follow in a task of their own,
 * rather than adding their new text (React's commit of it, the browser's layout of it) to every step.
 * A new dataset is never deferred: its values come with it, so the panel never pairs a model with
 * another model's values. `off`: read nothing (a provider above gives it).
 */
function useDeferredInput(off: boolean): PanelInput | null {
  const model = useExplorer((s) => (off ? null : s.model));
  const values = useExplorer((s) => (off ? null : s.values));
  const live = useMemo(() => (model && values ? { model, values } : null), [model, values]);
  const shown = usePacedDuringDrag(live);
  return shown && live && shown.model === live.model ? shown : live;
}

/**
 * Gives every part below it one deferred input (see useDeferredInput). Why one, here: a part that
 * read the sliders itself rendered on every step of a drag, with the values it had, to the same
 * output (its hooks, its elements, React's comparison of them; about 0.3 ms of the default loop's
 * step for the headline, the legend and the notes); under this provider the step renders only the
 * provider, whose value stays the same object until the deferred render.
 */
export function PanelInputProvider({ children }: { children: ReactNode }) {
  return createElement(PanelInputContext.Provider, { value: useDeferredInput(false) }, children);
}

/** The panel's input: the provider's, or (a part rendered alone, as in a test) its own. */
export function usePanelInput(): PanelInput {
  const provided = useContext(PanelInputContext);
  const own = useDeferredInput(provided !== null);
  return (provided ?? own)!;
}
