import { xmlId } from '../../../src/export/writeSvg';
// Any string is an id: names that are also properties of every JavaScript object must not be
// looked up on Object.prototype anywhere from the model to the chart.
import { describe, expect, it, vi } from 'vitest';
import { renderSvgSnapshot } from '../../../src/export/renderSvg';
import { validateDataset } from '../../../src/model/validate';
import { snapshotInput } from '../../export/fixture';
import { loadDefaultDataset } from '../../model/fixtures';
import { renameIds } from '../../model/hostileIds';
import { renderApp } from '../renderApp';

const NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

function withPrototypeIds() {
  const original = loadDefaultDataset();
  // Entities the chart draws at the defaults: the lab, the chipmaker followed, two investors, a cloud.
  const renamed = new Map(['openai', 'nvidia', 'microsoft', 'amazon', 'softbank'].map((id, i) => [id, NAMES[i]!]));
  return { dataset: renameIds(original, (kind, id) => (kind === 'entity' ? (renamed.get(id) ?? id) : id)), renamed };
}

describe('entities called __proto__, constructor, toString, valueOf and hasOwnProperty', () => {
  it('validate, and every one of them is drawn with its links', () => {
    const { dataset } = withPrototypeIds();
    expect(validateDataset(dataset).ok).toBe(true);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = renderApp(dataset);
    for (const name of NAMES) {
      expect(container.querySelector(`g.node[data-key="${name}"]`), name).not.toBeNull();
      const links = dataset.flows.filter((f) => f.from === name || f.to === name);
      for (const flow of links.slice(0, 3)) expect(container.querySelector(`g.link[data-key="${flow.id}"]`), flow.id).not.toBeNull();
    }
    expect(container.textContent).not.toMatch(/NaN/);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('give the very chart the original ids give, in the exported SVG', () => {
    const { dataset, renamed } = withPrototypeIds();
    let svg = renderSvgSnapshot(snapshotInput(dataset));
    for (const name of NAMES) expect(svg).toContain(`data-key="${name}"`);
    // Keys and the XML ids made from them (entity-…, flow-…, label-…) are the only difference.
    for (const [id, name] of renamed) {
      svg = svg.replaceAll(`data-key="${name}"`, `data-key="${id}"`);
      for (const prefix of ['entity', 'flow', 'label']) svg = svg.replaceAll(`id="${prefix}-${xmlId(name)}`, `id="${prefix}-${xmlId(id)}`);
    }
    expect(svg).toBe(renderSvgSnapshot(snapshotInput(loadDefaultDataset())));
  });
});
