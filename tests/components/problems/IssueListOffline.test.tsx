import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IssueList } from '../../../src/components/problems/IssueList';
import { problemAt } from '../../../src/model/problems';

// The texts' chunk fails to load (say, the site was redeployed while the page was open).
vi.mock('../../../src/i18n/problemText', () => {
  throw new Error('chunk failed');
});

describe('the list of dataset problems without its texts', () => {
  it('still names each problem by its code and params', async () => {
    const unknown = problemAt('flows[3].to', 'unknown-id', { kind: 'entity', id: 'oracel', known: [], moreKnown: false });
    render(<IssueList issues={[unknown]} lang="zh-TW" />);
    expect(screen.getByText('載入中…')).toBeTruthy();
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain('flows[3].to: unknown-id');
    expect(item.textContent).toContain('"id":"oracel"');
  });
});
