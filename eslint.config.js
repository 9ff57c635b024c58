// Lint: TypeScript and React hooks rules, no import cycles, and the source layers as zones.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import noImportCycle from './eslint-rules/noImportCycle.js';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first. Each may import only the layers before it: the model knows nothing of
 * geometry, geometry nothing of state, and so on up to the features, which import nothing of one
 * another (what two of them share lives in a lower layer). `src/main.tsx` and `src/toolbar.tsx` sit above them all.
 */
export const LAYERS = [
  [
    'model',
    "pure TypeScript: dataset types, validation (problems as typed codes), the flow engine, figures, formatting; units as types (Money, Share) and OriginMatrix, the by-origin view of the engine's arrays",
  ],
  [
    'layout',
    'pure functions from model results to geometry (pixels typed as Px): node order by d3-sankey, held-order placement, link routes, lanes, labels',
  ],
  ['state', 'the zustand store, the one function that keeps shared state consistent, the URL codec and sync'],
  [
    'i18n',
    'dictionaries in English and Traditional Chinese, keyed by typed ids; deriveChart, the chart from the state at a size, shared by the screen and the export',
  ],
  [
    'components',
    "React renders from geometry: app/ (shell, error boundaries, the controls sheet on narrow screens), chart/ (and chart/bulk/ for large graphs, chart/compare/), controls/, panels/, problems/, story/ (Walk me through), stress/ (the stress test's panel), shared/, styles/ (the CSS of the page, imported in cascade order by main.tsx)",
  ],
  ['export', 'feature: SVG, PNG, CSV and JSON export (loaded when first used)'],
  ['embed', 'feature: the iframe embed, its options, host messages and height reporting'],
  ['load', 'feature: bringing your own data (files, pasted text, ?data=, CSV, encodings) and the data editor (load/editor/)'],
];
const FEATURES = ['export', 'embed', 'load'];

/** The layers a layer may import, for the message: those before it, less the other features. */
function allowed(layer, index) {
  const before = LAYERS.slice(0, index)
    .map(([name]) => name)
    .filter((name) => !FEATURES.includes(name));
  return before.length ? `only ${before.join(', ')}` : 'nothing else in src/';
}

const layerZones = LAYERS.flatMap(([layer], index) => {
  const later = LAYERS.slice(index + 1).map(([name]) => name);
  const forbidden = FEATURES.includes(layer) ? FEATURES.filter((name) => name !== layer) : later;
  if (forbidden.length === 0) return [];
  return [
    {
      target: `./src/${layer}`,
      from: [...forbidden.map((name) => `./src/${name}`), './src/main.tsx', './src/toolbar.tsx'],
      message: `src/${layer} may import ${allowed(layer, index)}; see LAYERS in eslint.config.js.`,
    },
  ];
});

export default tseslint.config(
  { ignores: ['dist/', 'bench-results/', 'reports/', '.stryker-tmp*/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      // import-x/no-cycle skips type-only imports; local/no-import-cycle counts them.
      'import-x/no-cycle': 'off',
      'local/no-import-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // TypeScript already checks default and named imports (and knows CommonJS interop, which
      // these rules misread for papaparse); fast-check is used as `fc.string()`, its documented style.
      'import-x/default': 'off',
      'import-x/no-named-as-default': 'off',
      'import-x/no-named-as-default-member': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts', 'tests/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
);
