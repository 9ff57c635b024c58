import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { StoreContext } from '../state/context';
import { PanelInputProvider } from '../state/panelInput';
import type { ExplorerStoreApi } from '../state/store';
import { EmbedApp } from './EmbedApp';
import type { EmbedOptions } from './embedOptions';
import { startHeightReporting } from './heightReporter';
import type { HostInbox } from './hostInbox';
import { listenForHostMessages } from './hostMessages';

/**
 * Draws the embed and starts talking to its host. Embed-only code: the entry loads it only for
 * embeds, so the full app's first load stays small.
 */
export function startEmbed(root: Root, store: ExplorerStoreApi, options: EmbedOptions, inbox: HostInbox, dataHref: string) {
  // Nothing is posted before the embed is drawn, so the height reports start with the embed's code.
  startHeightReporting(options.id, options.allowedOrigins);
  listenForHostMessages(store, options.allowedOrigins, window, inbox);
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <PanelInputProvider>
          <EmbedApp options={options} dataHref={dataHref} />
        </PanelInputProvider>
      </StoreContext.Provider>
    </StrictMode>,
  );
}
