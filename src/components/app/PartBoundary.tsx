import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useExplorer, useStoreApi } from '../../state/context';
import { selectShared } from '../../state/store';
import { ErrorBoundary } from './ErrorBoundary';
import { PartFailed } from './PartFailed';

/**
 * A part of the page that fails alone: its notice offers a reset to the defaults, and the part is
 * tried again whenever what it draws changes (a new dataset, a Reset elsewhere, another slider value,
 * view, language or origin shown, a dragged box, the next round played), so no failure needs a reload.
 */
export function PartBoundary({ children }: { children: ReactNode }) {
  const lang = useExplorer((s) => s.lang);
  // Everything a part draws from: the dataset, what a link shares, dragged boxes and the round played.
  const model = useExplorer((s) => s.model);
  const shared = useExplorer(useShallow(selectShared));
  const offsets = useExplorer((s) => s.offsets);
  const playRound = useExplorer((s) => s.playRound);
  const store = useStoreApi();
  return (
    <ErrorBoundary
      resetKeys={[model, offsets, playRound, ...Object.values(shared)]}
      fallback={(error, reset) => (
        <PartFailed
          error={error}
          lang={lang}
          onReset={() => {
            store.getState().reset();
            reset();
          }}
        />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
