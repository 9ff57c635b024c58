import { fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FlowDetails } from '../../../src/components/panels/FlowDetails';
import { flowsTable } from '../../../src/export/dataExport';
import { BASIS_LABELS } from '../../../src/i18n/datasetLabels';
import { translate } from '../../../src/i18n/strings';
import { compileModel, solveLoop, type SteadyState } from '../../../src/model/engine';
import { defaultValues } from '../../../src/model/defaults';
import type { Basis, Lang } from '../../../src/model/types';
import { money } from '../../../src/model/units';
import { defaultDataset, renderApp } from '../renderApp';

const LANGS: Lang[] = ['en', 'zh-TW'];

/** Says its own basis, first and whole ("Reported projection" is not "Reported"), before a status or a value if any. */
function expectLabelled(text: string | null | undefined, basis: Basis, lang: Lang, what: string) {
  expect((text ?? '').split(/ · |: |：/)[0], what).toBe(BASIS_LABELS[lang][basis]);
}

describe.each(LANGS)('what kind of number each figure is (%s)', (lang) => {
  const dataset = defaultDataset();
  // The model year's flows: a figure's basis may change with the year (OpenAI's customer revenue is a projection in 2026).
  const flowsInYear = compileModel(dataset).dataset.flows;

  it('on every slider marker and in the flow table', async () => {
    const { container } = renderApp(dataset, lang);
    const sliders = [...container.querySelectorAll('[data-parameter]')];
    for (const parameter of dataset.parameters) {
      const note = sliders.find((s) => s.getAttribute('data-parameter') === parameter.id)?.querySelector('.slider__note');
      if (parameter.reference === undefined) expect(note, parameter.id).toBeNull();
      else expectLabelled(note?.textContent, parameter.provenance.basis, lang, parameter.id);
    }
    const details = container.querySelector('details.flow-table:not(.round-trips)') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(container.querySelector('details.flow-table:not(.round-trips) tbody')).not.toBeNull(), { timeout: 15000 });
    const rows = container.querySelectorAll('details.flow-table:not(.round-trips) tbody tr');
    expect(rows).toHaveLength(dataset.flows.length);
    flowsInYear.forEach((flow, f) => expectLabelled(rows[f]?.lastElementChild?.textContent, flow.provenance.basis, lang, flow.id));
  });

  it('in every tooltip and in the downloaded table', () => {
    const model = compileModel(dataset);
    const result = solveLoop(model, defaultValues(dataset.parameters)) as SteadyState;
    flowsInYear.forEach((flow, f) => {
      const { container, unmount } = render(
        <FlowDetails
          dataset={model.dataset}
          flow={f}
          value={money(1)}
          byOrigin={[]}
          sourceOutflow={money(1)}
          originNames={[]}
          date={model.moment.date}
          lang={lang}
        />,
      );
      expectLabelled(container.querySelector('.details__basis')?.textContent, flow.provenance.basis, lang, flow.id);
      unmount();
    });
    const table = flowsTable(model, result, lang);
    // The downloaded table's headers are in the page's language.
    const column = table.header.indexOf(translate(lang, 'csv.basis'));
    expect(column).toBeGreaterThanOrEqual(0);
    flowsInYear.forEach((flow, f) => expectLabelled(String(table.rows[f]?.[column]), flow.provenance.basis, lang, flow.id));
    expect(flowsInYear.map((flow) => flow.provenance.basis)).toContain('projection');
  });
});
