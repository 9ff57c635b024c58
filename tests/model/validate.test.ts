import { describe, expect, it } from 'vitest';
import type { DatasetIssue } from '../../src/model/problems';
import { validateDataset } from '../../src/model/validate';
import type { Dataset } from '../../src/model/types';
import { amountFlow, shareFlow, smallLoop } from './fixtures';

function errorsOf(mutate: (ds: Dataset) => void): DatasetIssue[] {
  const ds = structuredClone(smallLoop());
  mutate(ds);
  const result = validateDataset(ds);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateDataset', () => {
  it('accepts the small loop', () => {
    const result = validateDataset(smallLoop());
    expect(result.ok).toBe(true);
  });

  it('names an unknown entity with a did-you-mean', () => {
    const errors = errorsOf((ds) => (ds.flows[1]!.to = 'clowd'));
    expect(errors).toContainEqual({ path: 'flows[1].to', message: "unknown entity 'clowd' — did you mean 'cloud'?" });
  });

  it('lists known ids when nothing is close', () => {
    const errors = errorsOf((ds) => (ds.flows[1]!.from = 'zzzzzzzzzz'));
    expect(errors[0]!.path).toBe('flows[1].from');
    expect(errors[0]!.message).toMatch(/^unknown entity 'zzzzzzzzzz' — known entity ids: investor, startup/);
  });

  it('rejects shares out of one entity that can sum over 1', () => {
    const errors = errorsOf((ds) => ds.flows.push(shareFlow('startup', 'chip', 0.3)));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('flows[1].share');
    expect(errors[0]!.message).toBe(
      "shares out of 'startup' sum to 1.1 at compute=0.8; they may sum to at most 1 — lower a share or a slider's max",
    );
  });

  it('rejects negative and non-finite numbers', () => {
    const negative = errorsOf((ds) => ((ds.flows[3] as { share: number }).share = -0.5));
    expect(negative[0]!.path).toBe('flows[3].share');
    expect(negative[0]!.message).toBe('must not be negative');
    const infinite = errorsOf((ds) => (ds.parameters[0]!.max = Infinity));
    expect(infinite).toContainEqual({ path: 'parameters[0].max', message: 'must be a finite number' });
    const nan = errorsOf((ds) => (ds.parameters[0]!.default = Number.NaN));
    expect(nan).toContainEqual({ path: 'parameters[0].default', message: 'must be a number' });
  });

  it('rejects a slider default outside its range', () => {
    const errors = errorsOf((ds) => (ds.parameters[1]!.default = 1.5));
    expect(errors).toContainEqual({ path: 'parameters[1].default', message: "default 1.5 is outside the slider's range 0–1" });
  });

  it('rejects duplicate ids', () => {
    const errors = errorsOf((ds) => (ds.entities[2]!.id = 'startup'));
    expect(errors[0]).toEqual({ path: 'entities[2].id', message: "duplicate entity id 'startup' (first used at entities[1])" });
  });

  it('rejects missing labels and missing fields', () => {
    const blank = errorsOf((ds) => (ds.entities[0]!.label = { en: '  ' }));
    expect(blank).toContainEqual({ path: 'entities[0].label', message: 'needs text in at least one language ("en" or "zh-TW")' });
    const missing = errorsOf((ds) => delete (ds.entities[0] as Partial<Dataset['entities'][0]>).label);
    expect(missing[0]!.path).toBe('entities[0].label');
    expect(missing[0]!.message).toMatch(/^is required/);
  });

  it('rejects a flow with neither or both of amount and share', () => {
    const errors = errorsOf((ds) => ((ds.flows[0] as unknown as Record<string, unknown>).share = 0.5));
    expect(errors[0]!.path).toBe('flows[0]');
    expect(errors[0]!.message).toMatch(/either "amount".*or "share"/);
  });

  it('rejects unknown parameters, sources and scenario keys', () => {
    const param = errorsOf((ds) => ((ds.flows[1] as { share: unknown }).share = { param: 'compte' }));
    expect(param).toContainEqual({ path: 'flows[1].share', message: "unknown parameter 'compte' — did you mean 'compute'?" });
    const source = errorsOf((ds) => (ds.flows[1]!.provenance.sources = ['wsj']));
    expect(source[0]!.path).toBe('flows[1].provenance.sources[0]');
    const scenario = errorsOf((ds) => ds.scenarios.push({ id: 's', label: { en: 's' }, values: { reinvst: 0.5 } }));
    expect(scenario).toContainEqual({
      path: 'scenarios[0].values.reinvst',
      message: "unknown parameter 'reinvst' — did you mean 'reinvest'?",
    });
    const outside = errorsOf((ds) => ds.scenarios.push({ id: 's', label: { en: 's' }, values: { reinvest: 2 } }));
    expect(outside).toContainEqual({ path: 'scenarios[0].values.reinvest', message: "2 is outside the range of 'reinvest' (0–1)" });
  });

  it('rejects a fixed amount out of an entity that receives money', () => {
    const errors = errorsOf((ds) => ds.flows.push(amountFlow('cloud', 'chip-kept', 5)));
    expect(errors[0]!.path).toBe('flows[7].amount');
    expect(errors[0]!.message).toMatch(/'cloud' receives money/);
  });

  it('rejects a second "rest" flow and a flow to itself', () => {
    const rest = errorsOf((ds) => ds.flows.push(shareFlow('cloud', 'chip-kept', 'rest', 'leakage')));
    expect(rest[0]!.path).toBe('flows[7].share');
    const self = errorsOf((ds) => ds.flows.push(shareFlow('chip', 'chip', 0.1)));
    expect(self).toContainEqual({ path: 'flows[7].to', message: "a flow cannot go from 'chip' to itself" });
  });

  it('rejects a non-object and reports the root', () => {
    const result = validateDataset('nope');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('(dataset)');
  });
});
