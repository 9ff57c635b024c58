import type { ReactNode } from 'react';
import { useExplorer, useStoreApi } from '../../state/context';
import { ErrorBoundary } from './ErrorBoundary';
import { PartFailed } from './PartFailed';
import { RetryOnStateChange } from './RetryOnStateChange';
import { failedLoads } from '../shared/lazyPart';

/**
 * A part of the page that fails alone. Its notice offers a reset to the defaults, and the part is
 * tried again whenever what it draws changes (see RetryOnStateChange), so no failure of its own needs
 * a reload. A part whose code could not be loaded offers a reload instead and is not tried again on
 * every change: in Chromium each try fails at once (see LoadFailed), and would announce its notice
 * again on every slider step.
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
          {!failedLoads.has(error) && <RetryOnStateChange failure={error} retry={reset} />}
        </>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
