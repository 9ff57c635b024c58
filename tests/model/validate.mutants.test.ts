import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../src/model/limits';
import { formatPath, validateDataset } from '../../src/model/validate';
import type { DatasetIssue } from '../../src/model/problems';
import { amountFlow, entity, shareFlow, smallLoop } from './fixtures';

function errorsOf(input: unknown): DatasetIssue[] {
  const result = validateDataset(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

/** `depth` arrays nested in one another around a number. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('validateDataset (mutants)', () => {
  it('accepts the small loop with no warnings of its own', () => {
    expect(validateDataset(smallLoop())).toEqual({ ok: true, dataset: smallLoop(), warnings: [] });
  });

  it('refuses nesting deeper than the limit, and only that', () => {
    expect(errorsOf(nested(MAX_DEPTH + 1))).toEqual([{ path: { whole: 'dataset' }, code: 'too-deep', params: { max: MAX_DEPTH } }]);
    expect(errorsOf(nested(MAX_DEPTH)).map((e) => e.code)).not.toContain('too-deep');
    expect(errorsOf({ meta: nested(MAX_DEPTH - 1) }).map((e) => e.code)).not.toContain('too-deep');
  });

  it('tells a missing field from one of the wrong type', () => {
    const ds = structuredClone(smallLoop()) as unknown as { entities: Record<string, unknown>[] };
    delete ds.entities[0]!.role;
    ds.entities[1]!.id = 7;
    expect(errorsOf(ds)).toEqual([
      { path: 'entities[0].role', code: 'missing', params: {} },
      { path: 'entities[1].id', code: 'invalid-value', params: { expected: 'string', received: '7' } },
    ]);
  });

  it('needs a label in at least one language', () => {
    const ds = smallLoop();
    ds.entities[0]!.label = { 'zh-TW': '投資者' };
    ds.entities[1]!.label = { en: '', 'zh-TW': '新創' };
    expect(validateDataset(ds).ok).toBe(true);
    ds.entities[2]!.label = { en: '  ', 'zh-TW': ' ' };
    expect(errorsOf(ds)).toEqual([{ path: 'entities[2].label', code: 'no-text', params: {} }]);
  });

  it('checks shares only once the references hold', () => {
    const ds = smallLoop();
    ds.flows[3] = shareFlow('cloud', 'chip', 0.9, 'gpu-purchase');
    ds.flows.push(shareFlow('cloud', 'ghost', 0.9));
    expect(errorsOf(ds).map((e) => e.code)).toEqual(['unknown-id']);
  });

  it('reports at most 200 shape problems and 200 reference problems', () => {
    const shape = structuredClone(smallLoop()) as unknown as { entities: unknown[] };
    shape.entities = Array.from({ length: 250 }, (_, i) => ({ ...entity(`e${i}`, 'source'), role: 'nobody' }));
    expect(errorsOf(shape)).toHaveLength(200);
    const refs = smallLoop();
    refs.flows = Array.from({ length: 250 }, (_, i) => amountFlow(`x${i}`, 'startup', 1));
    expect(errorsOf(refs)).toHaveLength(200);
  });
});

describe('formatPath (mutants)', () => {
  it('dots identifiers and quotes other keys', () => {
    expect(formatPath(['flows', 3, 'to'])).toBe('flows[3].to');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath(['values', 'my-p', 'x'])).toBe('values["my-p"].x');
    expect(formatPath(['values', '1p'])).toBe('values["1p"]');
    expect(formatPath(['p-'])).toBe('["p-"]');
    expect(formatPath(['$a_1'])).toBe('$a_1');
  });
});
