import type { EmbedOptions } from './embedOptions';

/**
 * Marks the embed's root element with the host's choices before anything is drawn, so the first
 * paint already has the host's theme and background (the stylesheet reads these attributes).
 */
export function applyEmbedLook(root: HTMLElement, options: Pick<EmbedOptions, 'theme' | 'transparent' | 'controls'>): void {
  root.classList.add('is-embed');
  if (options.theme !== 'auto') root.dataset.theme = options.theme;
  if (options.transparent) root.classList.add('is-transparent');
  if (options.controls === 'none') root.classList.add('is-compact');
}
