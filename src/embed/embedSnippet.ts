import type { EmbedControls } from './embedOptions';

/**
 * The room a host page keeps for the embed before it has drawn, so the article does not jump when
 * the chart's height arrives: the embed's height measured at column widths 320–1200 px (README:
 * Embedding), as a floor and, where the chart grows with the width, an aspect ratio (the larger
 * wins). Re-measure when the embed's layout changes.
 */
export const RESERVED: Record<EmbedControls, { minHeight: number; aspectRatio?: number }> = {
  none: { minHeight: 640, aspectRatio: 1.58 },
  scenarios: { minHeight: 1250 },
  all: { minHeight: 2350 },
};

/** The iframe (and the one-line resize helper) a host page pastes to show `appUrl` embedded. */
export function embedSnippet(appUrl: string, controls: EmbedControls, title: string): string {
  const url = new URL(appUrl);
  url.searchParams.set('embed', '1');
  url.searchParams.set('controls', controls);
  const helper = new URL('embed-host.js', url).href.split('?')[0];
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const { minHeight, aspectRatio } = RESERVED[controls];
  const style = `border:0;width:100%;min-width:300px;min-height:${minHeight}px${aspectRatio ? `;aspect-ratio:${aspectRatio}` : ''}`;
  return [
    `<iframe data-capital-loop src="${attr(url.href)}" title="${attr(title)}" width="100%" height="${minHeight}" style="${style}" loading="lazy"></iframe>`,
    `<script src="${attr(helper ?? '')}" async></script>`,
  ].join('\n');
}
