import type { ReactNode } from 'react';
import { useExplorer, useStoreApi } from '../../state/context';
import { ErrorBoundary } from './ErrorBoundary';
import { PartFailed } from './PartFailed';
import { RetryOnStateChange } from './RetryOnStateChange';

/**
 * A part of the page that fails alone: its notice offers a reset to the defaults, and the part is
 * tried again whenever what it draws changes (see RetryOnStateChange), so no failure needs a reload.
 */
export function PartBoundary({ children }: { children: ReactNode }) {
  const lang = useExplorer((s) => s.lang);
  const store = useStoreApi();
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <>
          <PartFailed
            error={error}
            lang={lang}
            onReset={() => {
              store.getState().reset();
              reset();
            }}
          />
          <RetryOnStateChange failure={error} retry={reset} />
        </>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
