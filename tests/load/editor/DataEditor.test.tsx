import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/components/app/App';
import { EditDataPanel } from '../../../src/load/EditDataPanel';
import type { Lang } from '../../../src/model/types';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { linkWidth } from '../../components/renderApp';
import { loadDefaultDataset } from '../../model/fixtures';

async function openEditor(lang: Lang = 'en') {
  const store = createExplorerStore(loadDefaultDataset(), lang);
  const view = render(
    <StoreContext.Provider value={store}>
      <App toolbar={<EditDataPanel />} />
    </StoreContext.Provider>,
  );
  fireEvent.click(view.container.querySelector('[data-action="edit-data"]')!);
  const editor = await waitFor(
    () => {
      const found = view.container.querySelector('section.editor');
      if (!found) throw new Error('the editor has not loaded');
      return found as HTMLElement;
    },
    { timeout: 20000 },
  );
  return { store, editor, ...view };
}

const flowIndex = (id: string) => loadDefaultDataset().flows.findIndex((f) => f.id === id);
const flowRow = (editor: HTMLElement, id: string) => editor.querySelector(`tr[data-row="flows[${flowIndex(id)}]"]`) as HTMLElement;

describe('the data editor', { timeout: 120_000 }, () => {
  it('updates the chart as a valid value is typed, and undo puts it back', async () => {
    const { container, editor } = await openEditor();
    const row = flowRow(editor, 'nvidia-fund-openai');
    const value = within(row).getByLabelText(`Value, row ${flowIndex('nvidia-fund-openai') + 1}`);
    const label = () => container.querySelector('g.link[data-key="nvidia-fund-openai"]')!.getAttribute('aria-label');
    expect(label()).toContain('US$30B');
    fireEvent.focus(value);
    fireEvent.change(value, { target: { value: '45' } });
    await waitFor(() => expect(label()).toContain('US$45B'));
    fireEvent.blur(value);
    fireEvent.click(within(editor).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(label()).toContain('US$30B'));
  });

  it('marks an invalid cell, names the problem, and keeps the chart on the last valid data', async () => {
    const { container, editor } = await openEditor();
    const row = flowRow(editor, 'nvidia-fund-openai');
    const to = within(row).getAllByRole('combobox')[1] as HTMLSelectElement;
    const before = linkWidth(container, 'nvidia-fund-openai');
    // From Nvidia's fund to itself: a self-flow, reported on the "to" cell.
    fireEvent.change(to, { target: { value: (within(row).getAllByRole('combobox')[0] as HTMLSelectElement).value } });
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(to.getAttribute('aria-describedby')!)!;
    expect(error.textContent).not.toBe('');
    expect(within(editor).getByRole('status').textContent).toMatch(/1 problems?/);
    expect(linkWidth(container, 'nvidia-fund-openai')).toBe(before);
  });

  it('speaks Traditional Chinese', async () => {
    const { editor } = await openEditor('zh-TW');
    expect(within(editor).getByRole('heading', { name: '編輯資料' })).toBeTruthy();
    expect(within(editor).getByRole('button', { name: '復原' })).toBeTruthy();
    expect(screen.getAllByText('資金流').length).toBeGreaterThan(0);
  });

  it('is usable from the keyboard: start empty and add a company', async () => {
    const user = userEvent.setup();
    const { editor } = await openEditor();
    await user.click(within(editor).getByRole('button', { name: 'Start from empty' }));
    await user.click(within(editor).getByRole('button', { name: 'Add a row to Companies and groups' }));
    const id = within(editor).getByLabelText('Id, row 1');
    await user.click(id);
    await user.keyboard('{Control>}a{/Control}fund');
    await user.tab();
    await user.keyboard('Fund');
    expect((within(editor).getByLabelText('Name (English), row 1') as HTMLInputElement).value).toBe('Fund');
    expect((id as HTMLInputElement).value).toBe('fund');
  });
});
