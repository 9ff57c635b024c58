import { describe, expect, it } from 'vitest';
import { describeShocks, stressHeadline } from '../../src/i18n/stressText';
import { compileModel } from '../../src/model/engine';
import { defaultValues } from '../../src/model/defaults';
import { runStress } from '../../src/model/stress';
import { loadDefaultDataset } from '../model/fixtures';

const ds = loadDefaultDataset();
const costs = { alpha: 1, beta: 1 };

describe('the stress test in words', () => {
  it('names a failing company and a stopping lender as events, in both languages', () => {
    expect(describeShocks(ds, { fails: 'openai', lenderStops: 'lenders' }, costs, 'en')).toBe(
      'OpenAI fails · no new lending from Bond markets and banks',
    );
    expect(describeShocks(ds, { fails: 'openai', lenderStops: 'lenders' }, costs, 'zh-TW')).toBe('OpenAI 倒下 · 債券市場與銀行停止放款');
  });

  it('reads as a sentence: "If OpenAI fails, …"', () => {
    const model = compileModel(ds, { year: 2027 });
    const shocks = { fails: 'openai' };
    const result = runStress(model, defaultValues(ds.parameters), shocks, costs);
    if (result.status !== 'converged') throw new Error('divergent');
    const en = stressHeadline(ds, result, 2027, 'en', describeShocks(ds, shocks, costs, 'en'));
    expect(en).toMatch(/^If OpenAI fails, OpenAI can pay 0% of what it owes in 2027; /);
    const zh = stressHeadline(ds, result, 2027, 'zh-TW', describeShocks(ds, shocks, costs, 'zh-TW'));
    expect(zh).toMatch(/^如果 OpenAI 倒下，2027 年 OpenAI 只付得出所欠款項的 0%；/);
    const slows = { equitySlowdown: 0.5 };
    const slowed = runStress(model, defaultValues(ds.parameters), slows, costs);
    if (slowed.status !== 'converged') throw new Error('divergent');
    expect(stressHeadline(ds, slowed, 2027, 'en', describeShocks(ds, slows, costs, 'en'))).toMatch(/^If new equity slows 50%, /);
  });
});
