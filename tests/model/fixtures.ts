import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '../../src/model/validate';
import type { AnnualRevenue, Dataset, Entity, Expr, Flow, Parameter, Role } from '../../src/model/types';

export function entity(id: string, role: Role, owner?: string): Entity {
  return { id, role, label: { en: id }, ...(owner ? { owner } : {}) };
}

export function shareFlow(from: string, to: string, share: Expr | 'rest', kind: Flow['kind'] = 'compute-spend'): Flow {
  return { id: `${from}-${to}`, from, to, kind, share, provenance: { basis: 'assumption' } };
}

export function amountFlow(from: string, to: string, amount: number | { param: string }, kind: Flow['kind'] = 'equity-investment'): Flow {
  return { id: `${from}-${to}`, from, to, kind, amount, provenance: { basis: 'assumption' } };
}

export function parameter(id: string, min: number, max: number, value: number, unit: Parameter['unit'] = 'share'): Parameter {
  return { id, label: { en: id }, group: 'behaviour', unit, min, max, step: 0.01, default: value, provenance: { basis: 'assumption' } };
}

export function dataset(parts: Partial<Dataset> & Pick<Dataset, 'entities' | 'flows'>): Dataset {
  return {
    meta: {
      title: { en: 'Test' },
      description: { en: 'Test dataset' },
      currency: 'USD',
      unit: 'US$ billions',
      asOf: '2026-03-31',
      convention: { en: 'annual' },
      sources: [],
    },
    parameters: [],
    scenarios: [],
    ...parts,
  };
}

/**
 * investor → startup → cloud → chip, chip reinvests 25% back into the startup.
 * Gain 0.8 × 0.5 × 0.25 = 0.1; with 100 injected the startup's inflow is 100 / 0.9.
 */
export function smallLoop(): Dataset {
  return dataset({
    meta: { ...dataset({ entities: [], flows: [] }).meta, focus: 'chip' },
    entities: [
      entity('investor', 'source'),
      entity('startup', 'startup'),
      entity('cloud', 'cloud'),
      entity('chip', 'chipmaker'),
      entity('startup-costs', 'sink'),
      entity('cloud-costs', 'sink'),
      entity('chip-kept', 'sink'),
    ],
    flows: [
      amountFlow('investor', 'startup', { param: 'invest' }),
      shareFlow('startup', 'cloud', { param: 'compute' }),
      shareFlow('startup', 'startup-costs', 'rest', 'leakage'),
      shareFlow('cloud', 'chip', 0.5, 'gpu-purchase'),
      shareFlow('cloud', 'cloud-costs', 'rest', 'leakage'),
      shareFlow('chip', 'startup', { product: [{ param: 'reinvest' }, 1] }, 'reinvestment'),
      shareFlow('chip', 'chip-kept', 'rest', 'leakage'),
    ],
    parameters: [parameter('invest', 0, 200, 100, 'amount'), parameter('compute', 0, 1, 0.8), parameter('reinvest', 0, 1, 0.25)],
  });
}

/** The bundled dataset, validated (tests fail loudly if it is not). */
export function loadDefaultDataset(): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(join(process.cwd(), 'data/ai-capital-loop.json'), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.dataset;
}

/** Microsoft's total revenue for the model year 2026 in `web()`. */
export const fy26: AnnualRevenue = { year: 2026, amount: 250, period: { en: 'FY26' }, provenance: { basis: 'reported' } };

/**
 * Microsoft (30, slider `stake`), a fund (50) and a customer (20) pay a lab 100; half (slider
 * `compute`) goes to Azure (Microsoft's) as compute spend, so Azure's 50 is 15 Microsoft, 25 fund,
 * 10 customer. A bank lends Azure 40, which is not revenue. Azure buys GPUs with half of its 90:
 * 45, of which 7.5 is Microsoft's, 12.5 the fund's, 5 the customer's and 20 the bank's. Slider
 * `idle` moves nothing. Model years 2025 and 2026 (shown first); Microsoft's revenue is given for 2026.
 */
export function web(): Dataset {
  const base = dataset({ entities: [], flows: [] });
  return dataset({
    meta: { ...base.meta, years: [2025, 2026], year: 2026, focus: 'chip' },
    entities: [
      { ...entity('microsoft', 'source'), revenue: [fy26] },
      entity('fund', 'source'),
      entity('bank', 'source'),
      entity('buyer', 'customer'),
      entity('lab', 'startup'),
      entity('azure', 'cloud', 'microsoft'),
      entity('chip', 'chipmaker'),
      entity('costs', 'sink'),
    ],
    flows: [
      amountFlow('microsoft', 'lab', { param: 'stake' }),
      amountFlow('fund', 'lab', 50),
      amountFlow('buyer', 'lab', 20, 'customer-revenue'),
      amountFlow('bank', 'azure', 40, 'debt'),
      shareFlow('lab', 'azure', { param: 'compute' }, 'compute-spend'),
      shareFlow('lab', 'costs', 'rest', 'leakage'),
      shareFlow('azure', 'chip', 0.5, 'gpu-purchase'),
      shareFlow('azure', 'costs', 'rest', 'leakage'),
    ],
    parameters: [parameter('stake', 0, 60, 30, 'amount'), parameter('compute', 0, 1, 0.5), parameter('idle', 0, 1, 0.5)],
  });
}
