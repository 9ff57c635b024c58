import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Relative asset paths so the built site works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
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
