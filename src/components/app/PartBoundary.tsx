import type { ReactNode } from 'react';
import { useExplorer, useStoreApi } from '../../state/context';
import { ErrorBoundary } from './ErrorBoundary';
import { PartFailed } from './PartFailed';
import { RetryOnStateChange } from './RetryOnStateChange';
import { failedLoads } from '../shared/lazyPart';
import type { ExplorerState } from '../../state/store';

/** A dataset of its own: a part whose code could not load is tried again only then (it may not need that code). */
const datasetOf = (state: ExplorerState) => [state.model.source];

/**
 * A part of the page that fails alone. Its notice offers a reset to the defaults, and the part is
 * tried again whenever what it draws changes (see RetryOnStateChange), so no failure of its own needs
 * a reload. A part whose code could not be loaded offers a reload instead and is tried again only
 * when another dataset is loaded, which may not need that code (a smaller one draws without the
 * bulk drawing's): in Chromium each try of the same code fails at once (see LoadFailed), and would
 * announce its notice again on every slider step.
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
          <RetryOnStateChange failure={error} retry={reset} keys={failedLoads.has(error) ? datasetOf : undefined} />
        </>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
