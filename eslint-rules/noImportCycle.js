// import-x/no-cycle skips type-only imports. This rule counts every import (type-only and dynamic
// ones too): two modules whose types need each other still cannot be read or moved apart.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx'];
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
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

/** The relative imports of a file, read from its text (cached for the run). */
function imports(file) {
  let found = importsOf.get(file);
  if (found) return found;
  found = [];
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(SPECIFIER)) {
    const resolved = resolveFile(file, match[1] ?? match[2] ?? match[3]);
    if (resolved) found.push(resolved);
  }
  importsOf.set(file, found);
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
