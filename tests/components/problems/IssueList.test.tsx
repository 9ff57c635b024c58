import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/components/problems/IssueList';
import { problemAt } from '../../../src/model/problems';

const unknown = problemAt('flows[3].to', 'unknown-id', {
  kind: 'entity',
  id: 'oracel',
  suggestion: 'oracle',
  known: ['oracle'],
  moreKnown: false,
});
const json = problemAt({ line: 12, column: 5 }, 'json-unexpected', { text: '}' });

describe('the list of dataset problems', () => {
  it('says each problem in the reader’s language once the texts (a chunk of their own) arrive', async () => {
    render(<IssueList issues={[unknown, json]} lang="zh-TW" />);
    expect(await screen.findByText(/未知的實體「oracel」——是不是「oracle」？/)).toBeTruthy();
    expect(screen.getByText('flows[3].to').tagName).toBe('CODE');
    expect(screen.getByText('第 12 行第 5 欄').tagName).toBe('CODE');
  });

  it('says them in English as the README quotes them', async () => {
    const { container } = render(<IssueList issues={[unknown, json]} lang="en" />);
    await screen.findByText('flows[3].to');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      "flows[3].to: unknown entity 'oracel' — did you mean 'oracle'?",
      "line 12, column 5: not valid JSON: unexpected '}'",
    ]);
  });
});
