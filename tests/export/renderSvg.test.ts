import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSvgSnapshot } from '../../src/export/renderSvg';
import { linkMark, linkMarkStyle } from '../../src/layout/linkMarks';
import { escapeXml, wrapText, xmlId } from '../../src/export/writeSvg';
import { loadDataset, snapshotInput, withLabel } from './fixture';

const hasXmllint = existsSync('/usr/bin/xmllint');

function xmllint(svg: string) {
  return spawnSync('/usr/bin/xmllint', ['--noout', '-'], { input: svg, encoding: 'utf8' });
}

const HOSTILE = '<script>alert(1)</script> & "q"';

describe('renderSvgSnapshot', () => {
  const dataset = loadDataset();
  // Amazon's investment set to zero leaves one link without a path, as a slider at 0 does.
  const input = snapshotInput(dataset, { values: { 'amazon-openai': 0 } });
  const svg = renderSvgSnapshot(input);

  it('is a standalone SVG document with the title, description and a white background', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`<title id="snapshot-title">${escapeXml(input.title)}</title>`);
    expect(svg).toContain('<desc id="snapshot-desc">');
    expect(svg).toMatch(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBe(Math.ceil(input.geometry.width + 32));
    expect(svg).not.toMatch(/var\(|<style|@import|url\((?!#(?:own|link)-hatch\))/);
  });

  it.runIf(hasXmllint)('is well-formed XML', () => {
    const result = xmllint(svg);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('draws one link group per link with a path, and a labelled text per visible label', () => {
    const links = [...svg.matchAll(/<g class="link" data-key="([^"]+)"/g)].map((m) => m[1]);
    const drawn = input.geometry.links.filter((l) => l.route !== null);
    expect(links).toEqual(drawn.map((l) => l.key));
    expect(input.geometry.links.some((l) => l.route === null)).toBe(true);
    const labels = [...svg.matchAll(/<text class="label" data-key="([^"]+)"/g)].map((m) => m[1]);
    const visible = input.labels.filter((l) => l.visible).map((l) => l.key);
    expect(visible.length).toBeGreaterThan(3);
    expect(labels.sort()).toEqual([...visible].sort());
    // One text element per label: the halo is its own stroke under the fill, not a second copy.
    expect(svg.match(/<text class="label"[^>]* paint-order="stroke"/g)).toHaveLength(visible.length);
    expect(svg).not.toContain('label-halo');
  });

  it('names every node, link and label group by its entity or flow id, each id once', () => {
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, kind, key, id] of svg.matchAll(/<(?:g|text) class="(node|link|label)" data-key="([^"]+)" id="([^"]+)"/g)) {
      expect(id).toBe(`${{ node: 'entity', link: 'flow', label: 'label' }[kind!]}-${xmlId(key!)}`);
    }
    expect(svg.match(/<g class="(?:node|link)" data-key="[^"]+" id="/g)).toHaveLength(
      input.geometry.nodes.filter((n) => n.value > 0).length + input.geometry.links.filter((l) => l.route).length,
    );
    expect(xmlId('openai@2')).toBe('openai_40_2');
    expect(xmlId('a b')).not.toBe(xmlId('a_b'));
    expect(xmlId('a_b')).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('colours bands by origin and dims the others when one origin is isolated', () => {
    const bands = input.geometry.links.reduce((n, l) => n + (l.route ? l.bands.length : 0), 0);
    expect(svg.match(/stroke-opacity="0.78"/g)).toHaveLength(bands);
    const isolated = renderSvgSnapshot({ ...input, isolated: 0 });
    // Dimmed to 8% of what they show: an assumption's faded bands to 4%.
    const others = (fade: number) =>
      input.geometry.links.reduce(
        (n, l) =>
          n + (l.route && linkMarkStyle(linkMark(l.standing), l.width).fade === fade ? l.bands.filter((b) => b.origin !== 0).length : 0),
        0,
      );
    expect(others(0.5)).toBeGreaterThan(0);
    expect(isolated.match(/stroke-opacity="0.78"( stroke-dasharray="[^"]*")? opacity="0.08"/g)).toHaveLength(others(1));
    expect(isolated.match(/stroke-opacity="0.78"( stroke-dasharray="[^"]*")? opacity="0.04"/g)).toHaveLength(others(0.5));
    // The dotted line along an assumption that carries none of the origin shown is dimmed with its bands.
    const dimmedDots = input.geometry.links.filter(
      (l) => l.route && linkMarkStyle(linkMark(l.standing), l.width).dotWidth > 0 && !l.bands.some((b) => b.origin === 0),
    ).length;
    expect(dimmedDots).toBeGreaterThan(0);
    expect(isolated.match(/-dots"[^>]* opacity="0.08"/g)).toHaveLength(dimmedDots);
    expect(svg.match(/-dots"[^>]* opacity=/g)).toBeNull();
    expect(isolated).toMatch(/font-weight="bold" fill="#1b1f24">Nvidia/);
    const neutral = renderSvgSnapshot({ ...input, colorByOrigin: false });
    const linksOf = (out: string) => out.slice(out.indexOf('<g class="links"'), out.indexOf('<g class="nodes"'));
    expect(linksOf(neutral).match(/stroke="#8a96a3"/g)).toHaveLength(input.geometry.links.filter((l) => l.route).length);
  });

  it('hatches the own-money part of nodes with a pattern', () => {
    expect(svg).toContain('<pattern id="own-hatch"');
    expect(svg).toContain('fill="url(#own-hatch)"');
  });

  it('escapes hostile labels and titles, and never emits scripts, handlers or links', () => {
    const hostile = withLabel(dataset, 'openai', HOSTILE);
    const out = renderSvgSnapshot({
      ...snapshotInput(hostile),
      title: HOSTILE,
      subtitle: `${HOSTILE}\u0001`,
      figures: [{ label: HOSTILE, value: HOSTILE, sentence: HOSTILE }],
    });
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;');
    expect(out).not.toMatch(/\son\w+=/i);
    expect(out).not.toMatch(/<foreignObject|href=/i);
    if (hasXmllint) expect(xmllint(out).status).toBe(0);
  });

  it('shows an alert instead of the figures when the loop diverges', () => {
    const out = renderSvgSnapshot({ ...input, alert: 'The loop amplifies itself.' });
    expect(out).toContain('The loop amplifies itself.');
    expect(out).toContain('fill="#fff4e5"');
    expect(out).not.toContain('Round-trip share');
  });

  it('renders Chinese text and keeps the minimum width on narrow charts', () => {
    const out = renderSvgSnapshot(snapshotInput(dataset, { lang: 'zh-TW', width: 320 }));
    expect(out).toContain('xml:lang="zh-TW"');
    expect(out).toContain('輝達');
    expect(/<svg[^>]* width="(\d+)"/.exec(out)?.[1]).toBe('480');
    if (hasXmllint) expect(xmllint(out).status).toBe(0);
  });

  it('outlines a compared scenario on its boxes, under them, and says what the outlines are', () => {
    const compared = snapshotInput(dataset, { scenario: 'linear-economy', compare: 'mar-2026-close' });
    const drawn = renderSvgSnapshot(compared);
    const outlines = [...drawn.matchAll(/<path d="([^"]+)" data-key="([^"]+)"/g)];
    expect(outlines.map((m) => m[2])).toEqual(compared.ghost!.boxes.map((n) => n.key));
    // Nvidia's retained profit at the March close against the linear economy's, at one scale, from its box's top.
    const retained = compared.geometry.nodes.find((n) => n.key === 'nvidia-retained')!;
    const ghost = compared.ghost!.boxes.find((n) => n.key === 'nvidia-retained')!;
    const [, top, , bottom] = outlines
      .find((m) => m[2] === 'nvidia-retained')![1]!
      .match(/[\d.]+/g)!
      .map(Number);
    expect(ghost.open).toBe(false);
    expect((bottom! - top!) / (retained.y1 - retained.y0)).toBeCloseTo(ghost.value / retained.value, 1);
    expect(top).toBeCloseTo(retained.y0, 1);
    // An outline cut short is drawn open (no foot): Nvidia's, larger than the room below its box.
    expect(outlines.find((m) => m[2] === 'nvidia')![1]).toMatch(/^M[\d.]+,[\d.]+V[\d.]+H[\d.]+V[\d.]+$/);
    expect(drawn.indexOf('class="ghost"')).toBeGreaterThan(drawn.indexOf('class="links"'));
    expect(drawn.indexOf('class="ghost"')).toBeLessThan(drawn.indexOf('class="nodes"'));
    expect(drawn).toMatch(/Dashed outlines: each company’s box in “Mar 2026[^”]*”, drawn from the top of its box/);
    expect(svg).not.toContain('class="ghost"');
  });

  it('is deterministic and rounds coordinates to a tenth', () => {
    expect(renderSvgSnapshot(snapshotInput(dataset, { values: { 'amazon-openai': 0 } }))).toBe(svg);
    expect(svg).not.toMatch(/\s(?:x|y|width|height|d|transform)="[^"]*\d\.\d{2}/);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters and drops characters XML cannot hold', () => {
    expect(escapeXml(`A <b>&"co"'`)).toBe('A &lt;b&gt;&amp;&quot;co&quot;&apos;');
    expect(escapeXml('a\u0000b\u001Fc\uD800d')).toBe('abcd');
    expect(escapeXml('😀 中文')).toBe('😀 中文');
  });
});

describe('wrapText', () => {
  it('breaks between words, between CJK characters, and inside words too long for a line', () => {
    expect(wrapText('one two three four', 10, 60)).toEqual(['one two', 'three four']);
    expect(wrapText('資本循環資本循環', 10, 40)).toEqual(['資本循環', '資本循環']);
    expect(wrapText('x'.repeat(30), 10, 58).join('')).toBe('x'.repeat(30));
    expect(wrapText('x'.repeat(30), 10, 58)).toHaveLength(3);
    expect(wrapText('   ', 10, 60)).toEqual([]);
  });
});
