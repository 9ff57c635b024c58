import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/model/engine';
import { interpretHostMessage, SET_MESSAGE } from '../../src/embed/hostMessages';
import { loadDefaultDataset } from '../model/fixtures';

const ds = loadDefaultDataset();
const origins = compileModel(ds).structure.origins;

describe('host messages with shocks', () => {
  it('takes shocks and default costs', () => {
    const result = interpretHostMessage({ type: SET_MESSAGE, shocks: { equitySlowdown: 0.5, fails: 'openai' }, alpha: 0.5 }, ds, origins);
    expect(result).toEqual({ ok: true, patch: { shocks: { equitySlowdown: 0.5, fails: 'openai' }, alpha: 0.5 } });
  });

  it('ignores a message with a shock out of range or an unknown company, naming the field', () => {
    expect(interpretHostMessage({ type: SET_MESSAGE, shocks: { revenueFall: 2 } }, ds, origins)).toEqual({
      ok: false,
      reason: 'shocks.revenueFall = 2 is outside its range',
    });
    expect(interpretHostMessage({ type: SET_MESSAGE, shocks: { fails: 'nobody' } }, ds, origins)).toEqual({
      ok: false,
      reason: 'shocks.fails = nobody is not allowed',
    });
  });
});
