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

/**
 * The embed's height by column width, as `width:height` pairs (px), measured with the default
 * dataset and scenario in iframes of those widths: text wraps, so a narrow column is much taller
 * (`scenarios` is 2,337 px at 320 but 1,245 at 1,200) and no single floor fits. `embed-host.js`
 * sizes the iframe from this table (interpolating between widths) before the chart reports its own
 * height, so the change on load is small. Re-measure when the embed's layout changes.
 */
export const HEIGHTS_BY_WIDTH: Record<'en' | 'zh-TW', Record<EmbedControls, string>> = {
  en: {
    none: '320:792 375:658 414:621 600:566 800:619 1200:724',
    scenarios: '320:2337 375:1968 414:1777 600:1453 800:1424 1200:1245',
    all: '320:3579 375:3112 414:2902 600:2539 800:2510 1200:2331',
  },
  'zh-TW': {
    none: '320:749 375:621 414:581 600:566 800:595 1200:724',
    scenarios: '320:2061 375:1776 414:1672 600:1338 800:1309 1200:1223',
    all: '320:3225 375:2862 414:2757 600:2423 800:2395 1200:2309',
  },
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
  const heights = HEIGHTS_BY_WIDTH[url.searchParams.get('lang') === 'zh-TW' ? 'zh-TW' : 'en'][controls];
  return [
    `<iframe data-capital-loop src="${attr(url.href)}" title="${attr(title)}" width="100%" height="${minHeight}" style="${style}" data-heights="${heights}" loading="lazy"></iframe>`,
    `<script src="${attr(helper ?? '')}" async></script>`,
  ].join('\n');
}
