import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The built pages' Content-Security-Policy, in a meta tag so it holds on any static host: no
 * inline script, no eval. Build only: the dev server's React Refresh needs an inline script.
 * connect-src allows any http(s) address because ?data= may name any server.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/** Serves and ships the dataset JSON Schema at ./capital-loop.schema.json, for editors to point at. */
function publishSchema(): Plugin {
  const read = () => readFileSync('data/capital-loop.schema.json', 'utf8');
  return {
    name: 'publish-schema',
    configureServer(server) {
      server.middlewares.use('/capital-loop.schema.json', (_, response) => {
        response.setHeader('content-type', 'application/schema+json');
        response.end(read());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'capital-loop.schema.json', source: read() });
    },
  };
}

// Relative asset paths so the built site works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), publishSchema(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['tests/bothLanguages.ts'],
          include: [
            'tests/model/**/*.test.ts',
            'tests/layout/**/*.test.ts',
            'tests/state/**/*.test.ts',
            'tests/embed/**/*.test.ts',
            'tests/export/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/load/**/*.test.ts',
            'tests/repo/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.ts', 'tests/components/**/*.test.tsx', 'tests/load/**/*.test.tsx'],
          setupFiles: ['tests/bothLanguages.ts', 'tests/components/setup.ts'],
          // A whole app rendered in jsdom takes seconds on a busy 2-core machine; this is not a speed test.
          testTimeout: 30000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60000,
          hookTimeout: 60000,
          // One retry: a shared 2-core machine occasionally drops a local request; a real failure fails twice.
          retry: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
