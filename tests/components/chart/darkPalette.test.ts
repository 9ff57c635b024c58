// Who draws in the dark list is decided as the stylesheet decides the theme: an embed's data-theme,
// else the system's scheme; never by the page's background (an embed may be transparent).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageIsDark, watchTheme } from '../../../src/components/chart/darkPalette';

function systemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  }));
  return listeners;
}

afterEach(() => {
  delete document.documentElement.dataset.theme;
  document.body.style.background = '';
  vi.unstubAllGlobals();
});

describe('pageIsDark', () => {
  it("follows an embed's theme, else the system's, whatever the background", () => {
    systemScheme(false);
    expect(pageIsDark()).toBe(false);
    // A transparent embed on a light host: its background reads as black, and it is still light.
    document.body.style.background = 'transparent';
    expect(pageIsDark()).toBe(false);
    document.documentElement.dataset.theme = 'dark';
    expect(pageIsDark()).toBe(true);
    systemScheme(true);
    document.documentElement.dataset.theme = 'light';
    expect(pageIsDark()).toBe(false);
    delete document.documentElement.dataset.theme;
    expect(pageIsDark()).toBe(true);
  });

  it('tells when the system scheme or the embed theme changes, until let go', async () => {
    const listeners = systemScheme(false);
    const changed = vi.fn();
    const stop = watchTheme(changed);
    for (const f of listeners) f();
    expect(changed).toHaveBeenCalledTimes(1);
    document.documentElement.dataset.theme = 'dark';
    await Promise.resolve();
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
    expect(listeners.size).toBe(0);
    document.documentElement.dataset.theme = 'light';
    await Promise.resolve();
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
