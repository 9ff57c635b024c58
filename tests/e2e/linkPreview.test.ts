import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built page as a link-preview crawler reads it: no JavaScript, only dist/index.html's tags
// and the image they name (the e2e globalSetup has checked that the build exists).
const dist = join(__dirname, '../../dist');
const page = () => readFileSync(join(dist, 'index.html'), 'utf8');
const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`))?.[1];

describe('the built page for link previews', () => {
  it('has Open Graph and Twitter tags with text', () => {
    const html = page();
    for (const key of ['og:title', 'og:description', 'og:image', 'twitter:title', 'twitter:image'])
      expect(meta(html, key), key).toMatch(/\S/);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });

  it('names a preview image that is in dist/ and is a PNG', () => {
    const html = page();
    for (const key of ['og:image', 'twitter:image']) {
      const image = meta(html, key)!;
      // Relative by default; with SITE_URL set the address is absolute and the file is its last part.
      const file = join(dist, new URL(image, 'https://site.example/').pathname.split('/').pop()!);
      expect(existsSync(file), `${key} ${image}`).toBe(true);
      expect([...readFileSync(file).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  });

  it('shows the preview image to readers without JavaScript', () => {
    const noscript = page().match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
    expect(noscript.match(/<img src="([^"]*)"/)?.[1]).toBe('./preview.png');
  });
});
