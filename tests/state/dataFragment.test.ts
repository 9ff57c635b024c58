import { describe, expect, it } from 'vitest';
import { decodeDataFragment, encodeDataFragment, hasDataFragment, MAX_FRAGMENT_CHARS } from '../../src/state/dataFragment';
import { euroDataset } from '../model/euroDataset';
import { loadDefaultDataset } from '../model/fixtures';

describe('data fragment', () => {
  it('carries a dataset through the link unchanged, in URL-safe characters', async () => {
    const dataset = euroDataset();
    const fragment = await encodeDataFragment(dataset);
    if (!fragment.ok) throw new Error(`did not fit: ${fragment.chars}`);
    expect(fragment.hash).toMatch(/^#data=[A-Za-z0-9_-]+$/);
    expect(fragment.hash.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    expect(hasDataFragment(fragment.hash)).toBe(true);
    expect(JSON.parse(await decodeDataFragment(fragment.hash))).toEqual(dataset);
  });

  it('keeps non-Latin text intact', async () => {
    const dataset = loadDefaultDataset();
    const fragment = await encodeDataFragment(dataset, Infinity);
    if (!fragment.ok) throw new Error('no limit, yet it did not fit');
    expect(JSON.parse(await decodeDataFragment(fragment.hash))).toEqual(dataset);
  });

  it('refuses a dataset whose fragment is over the limit, saying how long it would be', async () => {
    const dataset = euroDataset();
    const fitting = await encodeDataFragment(dataset);
    if (!fitting.ok) throw new Error('did not fit');
    const length = fitting.hash.length;
    expect(await encodeDataFragment(dataset, length)).toEqual({ ok: true, hash: fitting.hash });
    expect(await encodeDataFragment(dataset, length - 1)).toEqual({ ok: false, chars: length });
  });

  it('rejects fragments that are not a compressed dataset', async () => {
    await expect(decodeDataFragment('#data=not*base64')).rejects.toThrow();
    await expect(decodeDataFragment('#data=AAAA')).rejects.toThrow();
    await expect(decodeDataFragment('#view=1')).rejects.toThrow();
  });
});
