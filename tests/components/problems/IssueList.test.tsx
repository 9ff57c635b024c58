import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/components/problems/IssueList';

describe('the list of dataset problems', () => {
  it('says each problem in the reader’s language once the translations (a chunk of their own) arrive', async () => {
    render(<IssueList issues={[{ path: 'flows[3].to', message: "unknown entity 'oracel' — did you mean 'oracle'?" }]} lang="zh-TW" />);
    expect(await screen.findByText(/未知的實體「oracel」——是不是「oracle」？/)).toBeTruthy();
    expect(screen.getByText(/flows/).tagName).toBe('CODE');
  });
});
