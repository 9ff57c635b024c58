// A part that follows the sliders a render behind has its new content laid out in that render:
// its size is read (which makes the browser lay it out) when its content changes, and only then.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLaidOutNow } from '../../../src/components/shared/useLaidOutNow';

afterEach(() => vi.restoreAllMocks());

function Figures({ text, lang }: { text: string; lang: string }) {
  const box = useLaidOutNow<HTMLParagraphElement>([text]);
  return (
    <p ref={box} lang={lang}>
      {text}
    </p>
  );
}

describe('useLaidOutNow', () => {
  it('reads the element’s size in the render that changes its content, and not in others', () => {
    const read = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(20);
    const { rerender, container } = render(<Figures text="14%" lang="en" />);
    expect(read).toHaveBeenCalledTimes(1);
    rerender(<Figures text="22%" lang="en" />);
    expect(read).toHaveBeenCalledTimes(2);
    expect(read.mock.contexts[1]).toBe(container.querySelector('p'));
    rerender(<Figures text="22%" lang="zh-TW" />);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
