import { describe, expect, it } from 'vitest';
import { describeShocks, stressHeadline } from '../../src/i18n/stressText';
import { compileModel } from '../../src/model/engine';
import { defaultValues } from '../../src/model/defaults';
import { runStress } from '../../src/model/stress';
import { loadDefaultDataset } from '../model/fixtures';
import { owingLoop } from '../model/owingLoop';

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

  it('says apart the defaults that happen without any shock, and blames the shock only for the rest', () => {
    const model = compileModel(ds, { year: 2027 });
    const values = defaultValues(ds.parameters);
    const baseline = runStress(model, values, {}, costs);
    const shocks = { fails: 'amd' };
    const result = runStress(model, values, shocks, costs);
    if (result.status !== 'converged' || baseline.status !== 'converged') throw new Error('divergent');
    const en = stressHeadline(ds, result, 2027, 'en', describeShocks(ds, shocks, costs, 'en'), baseline);
    const zh = stressHeadline(ds, result, 2027, 'zh-TW', describeShocks(ds, shocks, costs, 'zh-TW'), baseline);
    // xAI and Anthropic cannot meet their 2027 contracts without any shock: not AMD's doing.
    expect(en).toBe(
      'Without any shock, xAI can pay 0% of what it owes in 2027; Anthropic is US$2B short of what it owes. If AMD fails, no other company defaults and no company loses more revenue.',
    );
    expect(zh).toBe(
      '即使沒有任何衝擊，2027 年 xAI 只付得出所欠款項的 0%；Anthropic 短缺 20 億美元。如果超微倒下，不會再有其他公司違約，也沒有公司因此再損失營收。',
    );
    // A shock that brings defaults of its own is blamed for those alone.
    const openai = runStress(model, values, { fails: 'openai' }, costs);
    if (openai.status !== 'converged') throw new Error('divergent');
    const failed = stressHeadline(ds, openai, 2027, 'en', describeShocks(ds, { fails: 'openai' }, costs, 'en'), baseline);
    expect(failed).toMatch(
      /^Without any shock, xAI can pay 0% of what it owes in 2027; .*\. If OpenAI fails, OpenAI can pay 0% of what it owes in 2027/,
    );
    expect(failed.split('If OpenAI fails')[1]).not.toMatch(/xAI can pay/);
    // Default costs alone are no shock: said with the defaults that happen anyway, and no "If".
    const costly = runStress(model, values, {}, { alpha: 0.5, beta: 1 });
    if (costly.status !== 'converged') throw new Error('divergent');
    const costlyText = stressHeadline(ds, costly, 2027, 'en', describeShocks(ds, {}, costs, 'en'), costly, 'default costs α 0.5, β 1');
    expect(costlyText).toMatch(/^Without any shock \(default costs α 0\.5, β 1\), Anthropic can pay \d+% of what it owes in 2027; xAI is /);
    expect(costlyText).not.toContain('If');
  });

  it('says "a further" of revenue lost beyond what is lost without any shock', () => {
    // A startup owes its cloud 120 of the 100 it receives: without any shock, at default costs α 0.5,
    // it pays half of what it has (50), and the cloud loses 50 of revenue. With new equity halved it
    // has 75 and pays 37.5: the cloud loses 62.5, 12.5 of it the shock's doing.
    const owing = owingLoop(120);
    const model = compileModel(owing);
    const values = defaultValues(owing.parameters);
    const withCosts = { alpha: 0.5, beta: 1 };
    const baseline = runStress(model, values, {}, withCosts);
    const shocks = { equitySlowdown: 0.5 };
    const result = runStress(model, values, shocks, withCosts);
    if (result.status !== 'converged' || baseline.status !== 'converged') throw new Error('divergent');
    const headline = (lang: 'en' | 'zh-TW', before: typeof baseline | null) =>
      stressHeadline(owing, result, null, lang, describeShocks(owing, shocks, costs, lang), before);
    expect(headline('en', baseline)).toBe(
      'Without any shock, startup can pay 42% of what it owes; cloud is US$5B short of what it owes. If new equity slows 50%, cloud loses a further US$12.5B of revenue.',
    );
    expect(headline('zh-TW', baseline)).toBe(
      '即使沒有任何衝擊，startup 只付得出所欠款項的 42%；cloud 短缺 50 億美元。如果新股權投資放緩 50%，cloud 營收再損失 125 億美元。',
    );
    // With nothing lost without a shock, all of it is the shock's: no "further".
    expect(headline('en', null)).toBe(
      'If new equity slows 50%, startup can pay 31% of what it owes; cloud is US$11.3B short of what it owes; cloud loses US$62.5B of revenue.',
    );
  });
});
