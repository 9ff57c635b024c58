import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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
  plugins: [react(), publishSchema()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/model/**/*.test.ts', 'tests/layout/**/*.test.ts', 'tests/state/**/*.test.ts', 'tests/embed/**/*.test.ts', 'tests/export/**/*.test.ts', 'tests/i18n/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'components', environment: 'jsdom', include: ['tests/components/**/*.test.tsx'], setupFiles: ['tests/components/setup.ts'] },
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
          fileParallelism: false,
        },
      },
    ],
  },
});
