import type { ReactNode } from 'react';
import { useExplorer, useStoreApi } from '../../state/context';
import { ErrorBoundary } from './ErrorBoundary';
import { PartFailed } from './PartFailed';

/**
 * A part of the page that fails alone: its notice offers a reset to the defaults, and the part is
 * tried again whenever what it draws changes (a new dataset, a Reset elsewhere, another slider value
 * or view), so no failure needs a reload.
 */
export function PartBoundary({ children }: { children: ReactNode }) {
  const lang = useExplorer((s) => s.lang);
  const model = useExplorer((s) => s.model);
  const values = useExplorer((s) => s.values);
  const view = useExplorer((s) => s.view);
  const store = useStoreApi();
  return (
    <ErrorBoundary
      resetKeys={[model, values, view]}
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
