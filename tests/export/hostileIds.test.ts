import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSvgSnapshot } from '../../src/export/renderSvg';
import type { Lang } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { hostileId, PROTOTYPE_IDS, withHostileIds, withPrototypeIds } from '../model/hostileIds';
import { loadDataset, snapshotInput } from './fixture';

const hasXmllint = existsSync('/usr/bin/xmllint');
const ELEMENTS = new Set(['svg', 'title', 'desc', 'defs', 'pattern', 'rect', 'g', 'path', 'text', 'tspan', 'line']);
// What escapeXml drops: XML 1.0 cannot hold these in any form.
/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
const unescape = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

describe('ids with markup, quotes, terminators and control characters', () => {
  const dataset = withHostileIds(loadDataset());

  it('are ids the dataset schema accepts', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(dataset.entities[5]!.id).toHaveLength(100);
  });

  for (const lang of ['en', 'zh-TW'] as Lang[]) {
    it(`stay escaped text in the exported SVG (${lang})`, () => {
      const svg = renderSvgSnapshot(snapshotInput(dataset, { lang }));
      // Every "<" opens or closes an element the renderer writes; nothing from the data became markup.
      for (const [, name] of svg.matchAll(/<(?!\?xml )\/?([^\s>/]*)/g)) expect(ELEMENTS, `<${name}`).toContain(name);
      // No handler among the attributes themselves (values emptied: escaped, they hold no quote).
      expect(svg.replace(/="[^"]*"/g, '=""')).not.toMatch(/]]>|<!\[CDATA|\son\w+=/i);
      expect(svg.match(NOT_XML)).toBeNull();
      // The keys read back as the ids, less only what XML cannot hold.
      const keys = [...svg.matchAll(/data-key="([^"]*)"/g)].map((m) => unescape(m[1]!));
      const ids = new Set([...dataset.entities.map((e) => e.id), ...dataset.flows.map((f) => f.id)].map((id) => id.replace(NOT_XML, '')));
      expect(keys.length).toBeGreaterThan(20);
      for (const key of keys) expect(ids).toContain(key);
      expect(keys).toContain(hostileId('openai').replace(NOT_XML, ''));
      if (hasXmllint) {
        const lint = spawnSync('/usr/bin/xmllint', ['--noout', '-'], { input: svg, encoding: 'utf8' });
        expect(lint.stderr).toBe('');
        expect(lint.status).toBe(0);
      }
    });
  }
});

describe('ids named like members of Object.prototype', () => {
  it('are ids like any other: the SVG is the plain dataset’s with only the keys renamed', () => {
    const plain = loadDataset();
    const renamed = withPrototypeIds(plain);
    const result = validateDataset(JSON.parse(JSON.stringify(renamed)));
    expect(result.ok ? [] : result.errors).toEqual([]);
    // Keys are unique per kind, so map entity and flow keys back by the element that carries them.
    const back = (svg: string) =>
      withoutKeyIds(svg).replace(/class="(node|label|link)" data-key="([^"]*)"/g, (_, kind: string, key: string) => {
        const names = kind === 'link' ? PROTOTYPE_IDS.flow : PROTOTYPE_IDS.entity;
        const original = Object.entries(names).find(([, name]) => name === key)?.[0] ?? key;
        return `class="${kind}" data-key="${original}"`;
      });
    // The ids written from keys are left out of the comparison (renderSvg.test.ts checks them).
    const withoutKeyIds = (svg: string) => svg.replace(/ id="(?:entity|flow|label)-[^"]*"/g, '');
    const svg = renderSvgSnapshot(snapshotInput(result.ok ? result.dataset : renamed));
    expect(svg).toContain('data-key="__proto__"');
    expect(svg).not.toMatch(/NaN|\[object Object\]/);
    expect(back(svg)).toBe(withoutKeyIds(renderSvgSnapshot(snapshotInput(plain))));
  });
});
