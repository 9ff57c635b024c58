import type { EmbedControls } from './embedOptions';

/** The iframe (and the one-line resize helper) a host page pastes to show `appUrl` embedded. */
export function embedSnippet(appUrl: string, controls: EmbedControls, title: string): string {
  const url = new URL(appUrl);
  url.searchParams.set('embed', '1');
  url.searchParams.set('controls', controls);
  const helper = new URL('embed-host.js', url).href.split('?')[0];
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    `<iframe data-capital-loop src="${attr(url.href)}" title="${attr(title)}" width="100%" height="720" style="border:0;width:100%;min-width:300px" loading="lazy"></iframe>`,
    `<script src="${attr(helper ?? '')}" async></script>`,
  ].join('\n');
}
