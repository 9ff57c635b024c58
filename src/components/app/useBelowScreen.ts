import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is wholly below the screen (not yet scrolled to), as an IntersectionObserver
 * sees it: false once any of it shows, and once it has gone up past the top. False where the
 * browser has no IntersectionObserver, or while there is no element.
 */
export function useBelowScreen(element: RefObject<HTMLElement | null>): boolean {
  const [below, setBelow] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1);
      if (entry) setBelow(!entry.isIntersecting && entry.boundingClientRect.top > 0);
    });
    observer.observe(target);
    return () => {
      observer.disconnect();
      setBelow(false);
    };
  }, [element]);
  return below;
}
