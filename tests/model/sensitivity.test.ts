// Which slider moves the headline: the followed company's round-trip share at each slider's ends.
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { compileModel } from '../../src/model/engine';
import { roundTripSensitivity } from '../../src/model/sensitivity';
import { shareFlow, smallLoop, web } from './fixtures';

describe('round-trip sensitivity', () => {
  it('gives every slider its two ends, widest swing first, one that moves nothing included', () => {
    const model = compileModel(web(), { year: 2026 });
    const rows = roundTripSensitivity(model, defaultValues(model.dataset.parameters), 'azure');
    expect(rows.map((r) => r.parameter)).toEqual(['compute', 'stake', 'idle']);
    // Azure's own share is Microsoft's part of the lab's money: stake / (stake + 70).
    const stake = rows[1]!;
    expect(stake.atMin).toBe(0);
    expect(stake.atMax).toBeCloseTo(60 / 130, 12);
    expect(stake.swing).toBeCloseTo(60 / 130, 12);
    const idle = rows[2]!;
    expect(idle.atMin).toBeCloseTo(0.3, 12);
    expect(idle.atMax).toBeCloseTo(0.3, 12);
    expect(idle.swing).toBe(0);
    // With no compute spending Azure books nothing: no share at that end, so it sorts first.
    const compute = rows[0]!;
    expect(compute.atMin).toBeNull();
    expect(compute.atMax).toBeCloseTo(0.3, 12);
    expect(compute.diverges).toEqual({ min: false, max: false });
    expect(compute.swing).toBe(Infinity);
  });

  it('keeps the other sliders where they are', () => {
    const model = compileModel(web(), { year: 2026 });
    const rows = roundTripSensitivity(model, { ...defaultValues(model.dataset.parameters), stake: 60 }, 'azure');
    const idle = rows.find((r) => r.parameter === 'idle')!;
    expect(idle.atMin).toBeCloseTo(60 / 130, 12);
  });

  it('says where the loop diverges', () => {
    const ds = smallLoop();
    ds.flows[3] = shareFlow('cloud', 'chip', 1, 'gpu-purchase');
    const model = compileModel(ds);
    // Gain compute × reinvest: 0.8 now, 1 with compute at its max.
    const rows = roundTripSensitivity(model, { invest: 100, compute: 0.8, reinvest: 1 }, 'chip');
    const compute = rows.find((r) => r.parameter === 'compute')!;
    expect(compute.diverges).toEqual({ min: false, max: true });
    expect(compute.atMax).toBeNull();
    expect(compute.swing).toBe(Infinity);
    // No money in: nothing booked at that end, which also decides whether there is a headline.
    expect(rows.map((r) => r.parameter)).toEqual(['invest', 'compute', 'reinvest']);
    expect(rows[0]!.diverges).toEqual({ min: false, max: false });
  });
});
