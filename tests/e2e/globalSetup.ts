import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from '../../scripts/chromium.mjs';

/**
 * Serves the production build (dist/, made by `npm test` before vitest runs) and tells the tests
 * where. Without Chromium the end-to-end tests fail under CI and are skipped, loudly, elsewhere.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  if (!existsSync(CHROMIUM)) {
    const message = `Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`;
    if (process.env.CI) throw new Error(message);
    console.warn(`\n*** END-TO-END TESTS SKIPPED *** ${message}\n`);
    project.provide('baseUrl', '');
    return;
  }
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
