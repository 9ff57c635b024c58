import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import type { Dataset } from '../../src/model/types';
import { smallLoop } from './fixtures';

function validate(mutate: (ds: Dataset) => void) {
  const ds = structuredClone(smallLoop());
  mutate(ds);
  return validateDataset(ds);
}

const withObligations = (ds: Dataset) => {
  ds.flows[0] = { ...ds.flows[0]!, obligation: { firmness: 'firm' } };
  ds.entities[1]!.buffer = { amount: 5, provenance: { basis: 'assumption' } };
  ds.obligations = [{ id: 'debt-service', from: 'cloud', to: 'investor', amount: 2, provenance: { basis: 'assumption' } }];
  ds.stressTests = [{ id: 'cloud-fails', label: { en: 'The cloud fails' }, shocks: { fails: 'cloud', revenueFall: 0.5 } }];
};

describe('obligations and stress tests in a dataset', () => {
  it('accepts obligations, buffers and stress tests, and datasets without them', () => {
    expect(validate(withObligations).ok).toBe(true);
    expect(validate(() => {}).ok).toBe(true);
  });

  it("checks the sources of an obligation's derivation as any figure's", () => {
    const result = validate((ds) => {
      withObligations(ds);
      ds.obligations![0]!.provenance = {
        basis: 'estimate',
        derivation: { formula: 'debt', inputs: { debt: { value: 2, source: 'no-such-source' } }, value: 2 },
      };
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.code])).toContainEqual([
      'obligations[0].provenance.derivation.inputs.debt.source',
      'unknown-id',
    ]);
  });

  it('says where an obligation is wrong', () => {
    const result = validate((ds) => {
      withObligations(ds);
      ds.flows[1] = { ...ds.flows[1]!, obligation: {} };
      ds.obligations!.push({ id: 'debt-service', from: 'clowd', to: 'cloud', amount: 1, provenance: { basis: 'assumption' } });
      ds.stressTests![0]!.shocks.lenderStops = 'nobody';
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'flows[1].obligation', code: 'obligation-not-amount', params: {} },
        { path: 'obligations[1].id', code: 'duplicate-id', params: { kind: 'obligation', id: 'debt-service', first: 'obligations[0]' } },
        expect.objectContaining({
          path: 'obligations[1].from',
          code: 'unknown-id',
          params: expect.objectContaining({ id: 'clowd', suggestion: 'cloud' }),
        }),
        expect.objectContaining({ path: 'stressTests[0].shocks.lenderStops', code: 'unknown-id' }),
      ]),
    );
  });

  it('refuses a shock outside 0–1 and an unknown firmness, with their place', () => {
    const result = validate((ds) => {
      withObligations(ds);
      ds.stressTests![0]!.shocks.revenueFall = 1.5;
      (ds.obligations![0] as { firmness: string }).firmness = 'maybe';
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'stressTests[0].shocks.revenueFall', code: 'too-big', params: { max: 1 } },
        expect.objectContaining({ path: 'obligations[0].firmness', code: 'not-one-of' }),
      ]),
    );
  });
});
