import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What to show instead of the failed part, with a way to recover (a reset, a reload). */
  fallback(error: Error, reset: () => void): ReactNode;
  children: ReactNode;
}

/**
 * Keeps one failing part from blanking the page: the rest stays usable. React reports each caught
 * error once here (no retry loop: the fallback renders until it resets, by the reader's hand or, in
 * PartBoundary, once the state it was drawing changes, so loading a valid dataset or a Reset
 * elsewhere on the page recovers it; a part whose code could not be loaded waits for a reload).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error('Capital Loop: a part failed', error);
  }

  reset = () => this.setState({ error: null });

  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
