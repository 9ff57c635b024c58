import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/model/jsonSchema';
import { compileModel, solveLoop } from '../../src/model/engine';
import { defaultValues } from '../../src/model/defaults';
import { headlineFigures } from '../../src/model/figures';
import { momentDate } from '../../src/model/resolveMoment';
import { validateDataset } from '../../src/model/validate';
import type { Dataset } from '../../src/model/types';

const raw = JSON.parse(readFileSync(new URL('../../data/ai-capital-loop.json', import.meta.url), 'utf8'));

function loaded(): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.dataset;
}

describe('the default dataset', () => {
  it('validates', () => {
    expect(loaded().entities.length).toBeGreaterThan(10);
  });

  it('gives every figure a basis and a source, or a reason when it is an assumption, in both languages', () => {
    const ds = loaded();
    const sourceIds = new Set(ds.meta.sources.map((s) => s.id));
    for (const item of [...ds.flows, ...ds.parameters]) {
      const { basis, sources = [], note } = item.provenance;
      if (basis === 'assumption') {
        expect(note?.en?.length ?? 0, item.id).toBeGreaterThan(10);
        expect(note?.['zh-TW']?.length ?? 0, item.id).toBeGreaterThan(4);
      }
      const structural = 'share' in item && item.share === 'rest';
      if (basis !== 'assumption' && !structural) expect(sources.length, item.id).toBeGreaterThan(0);
      for (const id of sources) expect(sourceIds.has(id), `${item.id} cites ${id}`).toBe(true);
    }
    for (const source of ds.meta.sources) expect(source.url).toMatch(/^https:\/\//);
  });

  it('has both languages for every label and the slider set the story needs', () => {
    const ds = loaded();
    for (const labelled of [...ds.entities, ...ds.parameters, ...ds.scenarios]) {
      expect(labelled.label.en, labelled.id).toBeTruthy();
      expect(labelled.label['zh-TW'], labelled.id).toBeTruthy();
    }
    const ids = ds.parameters.map((p) => p.id);
    for (const id of [
      'nvidia-openai',
      'amazon-openai',
      'softbank-openai',
      'bigtech-vc-openai',
      'customer-revenue',
      'startup-compute-share',
      'cloud-gpu-share',
      'nvidia-margin',
      'nvidia-reinvest',
    ]) {
      expect(ids).toContain(id);
    }
    const nvidia = ds.parameters.find((p) => p.id === 'nvidia-openai')!;
    expect([nvidia.min, nvidia.max, nvidia.default]).toEqual([0, 100, 30]);
    expect(ds.parameters.find((p) => p.id === 'startup-compute-share')!.default).toBeGreaterThan(0.7);
  });

  it('tells the story: Nvidia books part of its own money, and the linear economy has none of that', () => {
    const ds = loaded();
    const figuresFor = (scenario: string) => {
      const found = ds.scenarios.find((s) => s.id === scenario)!;
      const model = compileModel(ds, { date: momentDate(ds, found) });
      return headlineFigures(model, solveLoop(model, { ...defaultValues(ds.parameters), ...found.values }));
    };
    const now = figuresFor('mar-2026-close');
    expect(now.roundTripShare).toBeGreaterThan(0.1);
    expect(figuresFor('sept-2025-loi').roundTripShare).toBeGreaterThan(now.roundTripShare!);
    expect(figuresFor('linear-economy').customerShare).toBeGreaterThan(0.8);
  });

  it('ships a JSON Schema that matches the runtime schema (run `npm run schema` after changing it)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../data/capital-loop.schema.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(datasetJsonSchema());
  });
});
