import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is wholly below the screen (not yet scrolled to): false once any of it shows,
 * and once it has gone up past the top, as an IntersectionObserver sees it (which also sees the
 * element move as the page above it grows). Taken to be below until the observer's first report, a
 * frame later, so what waits on it never shows over the first screen for that frame. The element may
 * be replaced (its part failed and came back): the one the ref holds at the next scroll is observed
 * then. False where the browser has no IntersectionObserver, and once there is no element.
 */
export function useBelowScreen(element: RefObject<HTMLElement | null>): boolean {
  const [below, setBelow] = useState(() => typeof IntersectionObserver !== 'undefined');
  useLayoutEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1);
      if (entry) setBelow(!entry.isIntersecting && entry.boundingClientRect.top > 0);
    });
    let observed: HTMLElement | null = null;
    const follow = () => {
      const target = element.current;
      if (target === observed) return;
      if (observed) observer.unobserve(observed);
      observed = target;
      if (target) observer.observe(target);
      else setBelow(false);
    };
    follow();
    addEventListener('scroll', follow, { passive: true });
    return () => {
      removeEventListener('scroll', follow);
      observer.disconnect();
    };
  }, [element]);
  return below;
}
