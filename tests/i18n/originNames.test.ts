import { describe, expect, it } from 'vitest';
import { originNames } from '../../src/i18n/chartText';
import { compileModel } from '../../src/model/engine';
import { smallLoop } from '../model/fixtures';

describe('originNames', () => {
  it("names each origin in the reader's language, else the other one, else by its id", () => {
    const loop = smallLoop();
    const [first, second] = compileModel(loop).structure.origins;
    // A new dataset object: a compiled model is kept per dataset.
    const ds = { ...loop };
    ds.entities = loop.entities.map((e) => {
      if (e.id === first) return { ...e, label: { 'zh-TW': '投資人' } };
      if (e.id === second) return { ...e, label: { en: ' ', 'zh-TW': '' } };
      return e;
    });
    const model = compileModel(ds);
    const names = originNames(model, 'en');
    // The small loop's two origins, in order: one named only in Chinese, one with no text at all.
    expect([first, second]).toEqual(['investor', 'chip']);
    expect(names).toEqual(['投資人', 'chip']);
  });
});
