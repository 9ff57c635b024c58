import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FlowDetails } from '../../../src/components/panels/FlowDetails';
import { compileModel } from '../../../src/model/engine';
import { money } from '../../../src/model/units';
import { defaultDataset } from '../renderApp';

describe('a flow’s details in Chinese', () => {
  const model = compileModel(defaultDataset());

  function shareLabel(id: string): string {
    const flow = model.dataset.flows.findIndex((f) => f.id === id);
    const { container, unmount } = render(
      <FlowDetails
        dataset={model.dataset}
        flow={flow}
        value={money(1)}
        byOrigin={[]}
        sourceOutflow={money(2)}
        originNames={[]}
        date={model.moment.date}
        lang="zh-TW"
      />,
    );
    const terms = [...container.querySelectorAll('dt')].map((dt) => dt.textContent ?? '');
    unmount();
    return terms.find((t) => t.startsWith('占')) ?? '';
  }

  it('spaces a Latin name in the share’s label, and leaves a Chinese one as it is', () => {
    expect(shareLabel('openai-azure')).toBe('占 OpenAI 流出資金的比重');
    expect(shareLabel('nvidia-fund-openai')).toBe('占輝達（自有資金）流出資金的比重');
  });
});
