// Where the arrow keys lead is code loaded after the chart is drawn: keys pressed before it arrives are followed once it has.
import { act, fireEvent, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

const keyOf = (element: Element | null) => element?.getAttribute('data-key');
const boxStop = (container: HTMLElement) => container.querySelector<SVGGElement>('.chart g.node[tabindex="0"]')!;

describe('the chart by keyboard, before its code has arrived', () => {
  it('follows arrow keys pressed at once, in order, as it does once the code is there', async () => {
    const early = renderApp();
    const stop = boxStop(early.container);
    act(() => stop.focus());
    // Pressed in this file's first render: the code that follows them cannot have loaded yet.
    fireEvent.keyDown(stop, { key: 'ArrowDown' });
    fireEvent.keyDown(stop, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).not.toBe(stop), { timeout: 15000 });
    const followed = keyOf(document.activeElement);
    early.unmount();

    // The code is there now: each key moves focus at once, and the next is pressed where it went.
    const { container } = renderApp();
    const start = boxStop(container);
    act(() => start.focus());
    fireEvent.keyDown(start, { key: 'ArrowDown' });
    const one = document.activeElement!;
    expect(one).not.toBe(start);
    fireEvent.keyDown(one, { key: 'ArrowDown' });
    expect(keyOf(document.activeElement)).not.toBe(keyOf(one));
    expect(followed).toBe(keyOf(document.activeElement));
  });
});
