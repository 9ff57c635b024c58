import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FlowDetails } from '../../../src/components/panels/FlowDetails';
import { compileModel } from '../../../src/model/engine';
import type { Lang } from '../../../src/model/types';
import { money } from '../../../src/model/units';
import { defaultDataset } from '../renderApp';

describe('a flow’s share of its source’s money', () => {
  const model = compileModel(defaultDataset());

  function shareLabel(id: string, lang: Lang = 'zh-TW'): string {
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
        lang={lang}
      />,
    );
    const terms = [...container.querySelectorAll('dt')].map((dt) => dt.textContent ?? '');
    unmount();
    return terms.find((t) => t.startsWith('占') || t.startsWith('Share')) ?? '';
  }

  it('spaces a Latin name in the share’s label, and leaves a Chinese one as it is', () => {
    expect(shareLabel('openai-azure')).toBe('占 OpenAI 流出資金的比重');
    expect(shareLabel('nvidia-fund-openai')).toBe('占輝達（自有資金）流出資金的比重');
  });

  it('names the source without a possessive that plural names break (“Labs’ customers’s”)', () => {
    expect(shareLabel('customers-openai', 'en')).toBe("Share of all the money out of Labs' customers");
  });
});
