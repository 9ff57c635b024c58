// import-x/no-cycle skips type-only imports. This rule counts every import (type-only and dynamic
// ones too): two modules whose types need each other still cannot be read or moved apart.
import { existsSync, readFileSync, statSync } from 'node:fs';
import ts from 'typescript';
import path from 'node:path';

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx'];
const importsOf = new Map();

function resolveFile(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier.replace(/\?.*$/, ''));
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (/\.(tsx?|m?js)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * The relative imports of a file, as TypeScript reads them (so commented-out imports do not count),
 * cached for as long as the file is unchanged (an editor's ESLint server lives long).
 */
function imports(file) {
  const modified = statSync(file).mtimeMs;
  const cached = importsOf.get(file);
  if (cached && cached.modified === modified) return cached.found;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const found = importedFiles.map(({ fileName }) => resolveFile(file, fileName)).filter(Boolean);
  importsOf.set(file, { modified, found });
  return found;
}

/** A path of imports from `start` back to `target`, or null (breadth-first: the shortest). */
function cycleRoute(start, target) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    for (const next of imports(file)) {
      if (next === target) {
        const route = [file];
        for (let at = previous.get(file); at; at = previous.get(at)) route.unshift(at);
        return route;
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, counting type-only and dynamic imports' },
    messages: { cycle: 'Import cycle: {{route}}' },
    schema: [],
  },
  create(context) {
    const filename = context.physicalFilename;
    const root = context.cwd;
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const target = resolveFile(filename, source.value);
      if (!target) return;
      const route = cycleRoute(target, filename);
      if (route) {
        const names = [filename, ...route, filename].map((file) => path.relative(root, file));
        context.report({ node, messageId: 'cycle', data: { route: names.join(' → ') } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
