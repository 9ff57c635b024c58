import type { Dataset, Entity, Flow, Parameter } from '../../src/model/types';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same dataset. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A large loop economy: sources fund startups, startups buy from clouds, clouds from chipmakers,
 * chipmakers reinvest into startups (the cycles), everyone leaks to sinks. Exactly `entities`
 * entities and `flows` flows; shares out of any entity stay ≤ 0.9, so it always settles.
 */
export function generateDataset(entities = 500, flows = 2500, seed = 42): Dataset {
  const next = random(seed);
  const counts = {
    source: Math.round(entities * 0.05),
    startup: Math.round(entities * 0.3),
    cloud: Math.round(entities * 0.3),
    chipmaker: Math.round(entities * 0.15),
  };
  const sinks = entities - counts.source - counts.startup - counts.cloud - counts.chipmaker;
  const list: Entity[] = [];
  const ids: Record<string, string[]> = { source: [], startup: [], cloud: [], chipmaker: [], sink: [] };
  for (const [role, count] of [...Object.entries(counts), ['sink', sinks]] as [Entity['role'], number][]) {
    for (let i = 0; i < count; i++) {
      const id = `${role}-${i}`;
      ids[role]!.push(id);
      list.push({ id, role, label: { en: `${role} ${i}`, 'zh-TW': `${role} ${i} 號` } });
    }
  }
  const pick = (role: string) => ids[role]![Math.floor(next() * ids[role]!.length)]!;
  const taken = new Set<string>();
  const out: Flow[] = [];
  const parameters: Parameter[] = [];
  const add = (from: string, to: string, kind: Flow['kind'], share: number | 'rest' | null, amount?: number) => {
    const key = `${from}>${to}`;
    if (from === to || taken.has(key)) return false;
    taken.add(key);
    const base = { id: `f${out.length}`, from, to, kind, provenance: { basis: 'assumption' as const, note: { en: 'generated' } } };
    out.push(amount !== undefined ? { ...base, amount: { param: `p-${from}` } } : { ...base, share: share ?? 0 });
    return true;
  };
  for (const source of ids.source!) {
    parameters.push({
      id: `p-${source}`,
      label: { en: source },
      group: 'investment',
      unit: 'amount',
      min: 0,
      max: 100,
      step: 1,
      default: Math.round(5 + next() * 60),
      provenance: { basis: 'assumption' },
    });
  }
  const inner = [...ids.startup!, ...ids.cloud!, ...ids.chipmaker!];
  for (const e of inner) add(e, pick('sink'), 'leakage', 'rest');
  for (const startup of ids.startup!) if (!out.some((f) => f.to === startup)) add(pick('source'), startup, 'equity-investment', null, 1);
  const targetsFor: Record<string, [string, Flow['kind']]> = {
    startup: ['cloud', 'compute-spend'],
    cloud: ['chipmaker', 'gpu-purchase'],
    chipmaker: ['startup', 'reinvestment'],
  };
  while (out.length < flows) {
    const r = next();
    if (r < 0.03) {
      add(pick('source'), pick('startup'), 'equity-investment', null, 1);
      continue;
    }
    const role = r < 0.45 ? 'startup' : r < 0.8 ? 'cloud' : 'chipmaker';
    const [targetRole, kind] = targetsFor[role]!;
    add(pick(role), pick(targetRole), kind, 0);
  }
  // Shares: each entity passes on at most 90% (chipmakers 40%: reinvestment is a fraction of profit).
  const shareFlows = new Map<string, Flow[]>();
  for (const f of out) if ('share' in f && f.share !== 'rest') shareFlows.set(f.from, [...(shareFlows.get(f.from) ?? []), f]);
  for (const [from, list2] of shareFlows) {
    const total = (from.startsWith('chipmaker') ? 0.4 : 0.9) * (0.5 + next() * 0.5);
    const weights = list2.map(() => 0.05 + next());
    const sum = weights.reduce((a, b) => a + b, 0);
    list2.forEach((f, i) => ((f as { share: number }).share = Math.floor((weights[i]! / sum) * total * 1e6) / 1e6));
  }
  // One slider that scales every startup's compute spending, like the default dataset's.
  parameters.push({
    id: 'compute-scale',
    label: { en: 'compute scale' },
    group: 'behaviour',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    default: 1,
    provenance: { basis: 'assumption' },
  });
  for (const f of out)
    if (f.kind === 'compute-spend' && 'share' in f && typeof f.share === 'number')
      f.share = { product: [{ param: 'compute-scale' }, f.share] };
  return {
    meta: {
      title: { en: `Generated ${entities}/${flows}` },
      description: { en: 'Generated for benchmarks and scale tests.' },
      currency: 'USD',
      unit: 'US$ billions',
      asOf: '2026-01-01',
      convention: { en: 'generated' },
      sources: [],
    },
    entities: list,
    flows: out,
    parameters,
    scenarios: [],
  };
}
