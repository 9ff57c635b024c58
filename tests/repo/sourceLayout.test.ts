import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../eslint.config.js';

/** The README's "Source layout" block: one `src/<folder>/  description` line per folder, in order. */
function readmeLayers(): [string, string][] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Source layout'));
  const block = section.slice(section.indexOf('```') + 3, section.indexOf('```', section.indexOf('```') + 3));
  return [...block.matchAll(/^src\/(\w+)\/ +(.*)$/gm)].map((m) => [m[1]!, m[2]!]);
}

describe('the source layout', () => {
  it('is written in the README in the order, and with the words, of the table the lint rule enforces', () => {
    expect(readmeLayers()).toEqual(LAYERS);
  });

  it('names every folder under src/, and nothing that is not there', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(new Set(folders)).toEqual(new Set(LAYERS.map(([name]) => name)));
  });
});
