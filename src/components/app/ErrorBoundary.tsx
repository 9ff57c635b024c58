import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What to show instead of the failed part, with a way to try again. */
  fallback(error: Error, reset: () => void): ReactNode;
  /** A change in any of these (a new dataset, other slider values) tries the part again. */
  resetKeys?: readonly unknown[];
  children: ReactNode;
}

/**
 * Keeps one failing part from blanking the page: the rest stays usable. React reports each caught
 * error once here (no retry loop: the fallback renders until the reader resets, or until the state
 * it was drawing changes, so loading a valid dataset or a Reset elsewhere on the page recovers it).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error('Capital Loop: a part of the page failed and was replaced by a notice.', error);
  }

  reset = () => this.setState({ error: null });

  /** What the part was drawing when it failed; it is tried again once that changes. */
  private failedAt: readonly unknown[] = [];

  override componentDidUpdate(_: ErrorBoundaryProps, previous: { error: Error | null }) {
    const keys = this.props.resetKeys ?? [];
    if (!this.state.error) return;
    // A new error (the first, or the same part failing again on a retry) marks what it failed at.
    if (this.state.error !== previous.error) this.failedAt = keys;
    else if (keys.length !== this.failedAt.length || keys.some((key, i) => !Object.is(key, this.failedAt[i]))) this.reset();
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
