import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FlowDetails } from '../../../src/components/panels/FlowDetails';
import { compileModel } from '../../../src/model/engine';
import type { Lang } from '../../../src/model/types';
import { money } from '../../../src/model/units';
import { defaultDataset } from '../renderApp';

describe('a flow’s share of its source’s money', () => {
  const model = compileModel(defaultDataset());

  function details(id: string, lang: Lang): HTMLElement {
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
    const copy = container.cloneNode(true) as HTMLElement;
    unmount();
    return copy;
  }

  function shareLabel(id: string, lang: Lang = 'zh-TW'): string {
    const terms = [...details(id, lang).querySelectorAll('dt')].map((dt) => dt.textContent ?? '');
    return terms.find((t) => t.startsWith('占') || t.startsWith('Share')) ?? '';
  }

  const formula = (id: string, lang: Lang) => details(id, lang).querySelector('.details__derivation')?.textContent ?? '';

  it('spaces a Latin name in the share’s label, and leaves a Chinese one as it is', () => {
    expect(shareLabel('openai-azure')).toBe('占 OpenAI 流出資金的比重');
    expect(shareLabel('nvidia-fund-openai')).toBe('占輝達（自有資金）流出資金的比重');
  });

  it('says what a formula’s result is when it is a share, and the unit of its amounts', () => {
    // 0.1514 is AWS's money going to Nvidia, not US$0.15B.
    expect(formula('aws-nvidia', 'en')).toContain('= 0.1514 (a share of all the money into AWS)');
    expect(formula('aws-nvidia', 'en')).toContain('Amounts in the formula are in US$ billions.');
    // The page writes 23.7 億美元 beside a formula ending in 2.367.
    expect(formula('meta-coreweave', 'zh-TW')).toContain('= 2.367算式中的金額 1 代表 10 億美元。');
    expect(formula('meta-coreweave', 'zh-TW')).not.toContain('占流入');
  });

  it('names the source without a possessive that plural names break (“Labs’ customers’s”)', () => {
    expect(shareLabel('customers-openai', 'en')).toBe("Share of all the money out of Labs' customers");
  });
});
