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

const PREVIEW_DIR = '.preview';
interface PreviewText {
  title: string;
  subtitle: string;
  figures: { label: string; value: string; sentence: string }[];
  sourceLine: string;
}

/**
 * Link previews and readers without JavaScript: ships the default chart's image (drawn by
 * scripts/write-preview.ts, which npm run build runs first), writes Open Graph and Twitter tags in
 * both languages, and fills <noscript> with the image and the headline figures. SITE_URL, when set
 * at build, makes the image's address absolute, as some link scrapers need.
 */
function linkPreview(): Plugin {
  const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const read = () => {
    try {
      return {
        png: readFileSync(`${PREVIEW_DIR}/preview.png`),
        text: JSON.parse(readFileSync(`${PREVIEW_DIR}/figures.json`, 'utf8')) as Record<'en' | 'zh-TW', PreviewText>,
      };
    } catch (error) {
      throw new Error(`No link-preview image in ${PREVIEW_DIR}/: run \`npx tsx scripts/write-preview.ts\` first (npm run build does).`, {
        cause: error,
      });
    }
  };
  return {
    name: 'link-preview',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'preview.png', source: read().png });
    },
    transformIndexHtml(page) {
      const { text } = read();
      const image = process.env.SITE_URL ? new URL('preview.png', process.env.SITE_URL).href : './preview.png';
      const { en, 'zh-TW': zh } = text;
      const meta = [
        ['property', 'og:type', 'website'],
        ['property', 'og:site_name', 'Capital Loop'],
        ['property', 'og:title', en.title],
        ['property', 'og:description', `${en.figures[0]?.label ?? ''}: ${en.figures[0]?.value ?? ''}. ${en.figures[0]?.sentence ?? ''}`],
        ['property', 'og:locale', 'en_US'],
        ['property', 'og:locale:alternate', 'zh_TW'],
        ['property', 'og:image', image],
        ['property', 'og:image:type', 'image/png'],
        ['property', 'og:image:width', '1200'],
        ['property', 'og:image:height', '675'],
        ['property', 'og:image:alt', `${en.title} (${en.subtitle}) / ${zh.title}`],
        ['name', 'twitter:card', 'summary_large_image'],
        ['name', 'twitter:title', en.title],
        ['name', 'twitter:description', `${zh.title}: ${zh.figures[0]?.label ?? ''} ${zh.figures[0]?.value ?? ''}`],
        ['name', 'twitter:image', image],
      ]
        .map(([attr, key, value]) => `<meta ${attr}="${key}" content="${html(value!)}" />`)
        .join('\n    ');
      const figures = (t: PreviewText, lang: string) =>
        `<section lang="${lang}"><h2>${html(t.title)}</h2><p>${html(t.subtitle)}</p><dl>${t.figures
          .map((f) => `<dt>${html(f.label)}</dt><dd><strong>${html(f.value)}</strong> ${html(f.sentence)}</dd>`)
          .join('')}</dl><p>${html(t.sourceLine)}</p></section>`;
      const fallback = `<noscript><p>Capital Loop needs JavaScript to explore the chart; here is its default view. 本互動圖表需要 JavaScript，以下為預設畫面。</p><img src="./preview.png" width="1200" height="675" class="noscript__image" alt="${html(en.title)}" />${figures(en, 'en')}${figures(zh, 'zh-TW')}</noscript>`;
      return page
        .replace('<meta name="color-scheme"', `${meta}\n    <meta name="color-scheme"`)
        .replace(/<noscript>[\s\S]*?<\/noscript>/, fallback);
    },
  };
}

/**
 * Keeps everything the entry loads statically in one chunk. Left alone, the bundler splits each
 * module that a lazy chunk shares with the entry into a common chunk of its own; every one of those
 * is preloaded on the first visit anyway, and a dozen small files compress worse than one.
 */
interface Group {
  name: string;
  test: (id: string) => boolean;
  priority: number;
}

/**
 * The lazy parts a first screen may show or wait for, each kept whole in one chunk with what it needs
 * beyond the first script (what an earlier one holds aside). Without modulepreload (see
 * build.modulePreload), a chunk's own imports are requested only once it has arrived, a round trip
 * later: the sliders would pop in after the chart. A module such a part shares with other lazy code
 * is then loaded with the part by that code too: only small parts, or parts every page loads, belong here.
 */
const FIRST_SCREEN_PARTS = [
  // The parts round the chart first: what they share with the later parts (the panel's reading of
  // the state) is then theirs, so the first screen stands whole should the later parts fail to load.
  'src/components/app/firstScreen.ts',
  'src/components/app/laterParts.ts',
  'src/components/chart/ChartFootnotes.tsx',
  'src/layout/roundsView.ts',
  // A linked dataset's first chart waits for its parser. The reading of files and addresses goes
  // first, as the rest of the page shares it (the error texts, the toolbar); so does the link's own
  // data (#data=), which every page's dataSync reads: else the parser's chunk would take them.
  'src/load/readSources.ts',
  'src/state/dataFragment.ts',
  'src/load/parseAny.ts',
];

/**
 * Modules a part's chunk takes too, without what they import: the readers of a linked dataset, which
 * main.tsx asks for first, in the parser's chunk, so the validator (valibot, which that chunk imports)
 * comes one round trip after them, not two. Only the load form (LoadDataForm) imports them otherwise.
 */
const PART_COMPANIONS: Record<string, string[]> = { 'src/load/parseAny.ts': ['src/load/readLinkedDataset.ts', 'src/load/loadInto.ts'] };

/**
 * valibot in a chunk of its own, before any part takes it: the parser needs it, and so does the
 * check of an embed's host messages, which would otherwise load the whole parser with it.
 */
const VALIBOT: Group = { name: 'valibot', test: (id) => id.includes('/node_modules/valibot/'), priority: FIRST_SCREEN_PARTS.length + 2 };

function firstLoad(): { plugin: Plugin; group: Group; parts: Group[] } {
  const initial = new Set<string>();
  const parts = new Map(FIRST_SCREEN_PARTS.map((path) => [path, new Set<string>()]));
  const plugin: Plugin = {
    name: 'first-load-closure',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const idOf = (path: string) => ids.find((id) => id.endsWith(`/${path}`));
      const entry = ids.find((id) => this.getModuleInfo(id)?.isEntry);
      const walk = (id: string) => {
        if (initial.has(id)) return;
        initial.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) walk(next);
      };
      if (entry) walk(entry);
      for (const [path, closure] of parts) {
        const gather = (id: string) => {
          if (initial.has(id) || closure.has(id)) return;
          closure.add(id);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) gather(next);
        };
        const root = idOf(path);
        if (root) gather(root);
        for (const companion of PART_COMPANIONS[path] ?? []) {
          const id = idOf(companion);
          // A companion moved or renamed would quietly fall back to a chunk of its own (a round trip later).
          if (!id || initial.has(id)) this.error(`${companion}, which PART_COMPANIONS puts with ${path}, is not a lazily loaded module`);
          closure.add(id);
        }
      }
    },
  };
  // Packages are left to the bundler: a package's index names all its files, used or not (d3-array's
  // ticks, which only the lazy tornado chart calls), and the bundler places only what the entry uses.
  const ownCode = (id: string) => initial.has(id) && !id.includes('/node_modules/');
  // Earlier parts take what they share with later ones.
  const partGroups = [...parts].map(([path, closure], i) => ({
    name: path.replace(/.*\//, '').replace(/\.tsx?$/, ''),
    test: (id: string) => closure.has(id),
    priority: FIRST_SCREEN_PARTS.length - i,
  }));
  return { plugin, group: { name: 'app', test: ownCode, priority: FIRST_SCREEN_PARTS.length + 1 }, parts: partGroups };
}
const first = firstLoad();

/**
 * Vite wraps each lazy import in a preload helper (vitejs/vite#13952), about 450 bytes of the first
 * script gzipped. With modulepreload off it has nothing to load: the only stylesheet it is given
 * is the page's own, which index.html already links. So each lazy import just loads.
 */
function plainLazyImports(): Plugin {
  return {
    name: 'plain-lazy-imports',
    apply: 'build',
    enforce: 'pre',
    load: (id) =>
      id === '\0vite/preload-helper.js' ? { code: 'export const __vitePreload = (load) => load();', moduleSideEffects: false } : null,
    // A stylesheet the page does not link (a lazy part's own) would need the helper to load it: stop the build then.
    generateBundle(_, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      const linked = entry?.type === 'chunk' ? entry.viteMetadata?.importedCss : undefined;
      const unlinked = Object.keys(bundle).filter((name) => name.endsWith('.css') && !linked?.has(name));
      if (unlinked.length > 0) this.error(`stylesheets the page does not link (${unlinked.join(', ')}): lazy parts would not load them`);
    },
  };
}

// Relative asset paths so the built site works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [plainLazyImports(), react(), publishSchema(), contentSecurityPolicy(), linkPreview(), first.plugin],
  build: {
    target: 'es2022',
    // The first page names one script and no preloads: the lazy parts a first screen needs are built
    // whole instead (FIRST_SCREEN_PARTS). Vite still wraps each lazy import in its preload helper
    // (vitejs/vite#13952), which here has nothing to load.
    modulePreload: false,
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: [first.group, VALIBOT, ...first.parts] } } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['tests/bothLanguages.ts', 'tests/provideLazyCode.ts'],
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
          include: [
            'tests/components/**/*.test.ts',
            'tests/components/**/*.test.tsx',
            'tests/load/**/*.test.tsx',
            'tests/state/**/*.test.tsx',
            'tests/embed/**/*.test.tsx',
          ],
          setupFiles: ['tests/bothLanguages.ts', 'tests/provideLazyCode.ts', 'tests/components/setup.ts'],
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
