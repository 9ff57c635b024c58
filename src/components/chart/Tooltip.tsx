import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { translate } from '../../i18n/strings';
import { placeTooltip, type Point, type Rect } from '../../layout/tooltipPlacement';
import type { Lang } from '../../model/types';

/** What a tooltip must leave uncovered, in client (viewport) coordinates, read when it is placed. */
export interface TooltipAnchor {
  /** Most wanted first (see `placeTooltip`). */
  avoid: Rect[];
  pointer: Point | null;
}

export interface TooltipProps {
  /** Key of what it describes: the tooltip is placed afresh for each. */
  anchorKey: string;
  anchor(): TooltipAnchor;
  containerWidth: number;
  lang: Lang;
  pinned: boolean;
  /** Pinned from the keyboard: focus moves in, so the sources' links are next for Tab. */
  takeFocus: boolean;
  onClose(): void;
  children: ReactNode;
}

const MARGIN = 8;

/**
 * Details beside the hovered or focused element, placed so that they cover neither the pointer nor
 * (where there is room) the element, inside the viewport. Until pinned it lets the pointer through,
 * so moving along a link never hides the link's own details.
 */
export function Tooltip({ anchorKey, anchor, containerWidth, lang, pinned, takeFocus, onClose, children }: TooltipProps) {
  const box = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ key: string; size: string; left: number; top: number; side: string } | null>(null);
  const width = Math.min(300, containerWidth - 2 * MARGIN);

  // Measured after every render (`anchor` is new each time: the details arrive, the language
  // changes) and before paint.
  useLayoutEffect(() => {
    const element = box.current;
    const frame = element?.offsetParent ?? element?.parentElement;
    if (!element || !frame) return;
    const size = `${element.offsetWidth}x${element.offsetHeight}`;
    // It stays where it opened while it describes the same element at the same size: it does not
    // chase the pointer along a link.
    if (at && at.key === anchorKey && at.size === size) return;
    const viewport = document.documentElement;
    const bounds = {
      left: MARGIN,
      top: MARGIN,
      right: (viewport.clientWidth || window.innerWidth) - MARGIN,
      bottom: (viewport.clientHeight || window.innerHeight) - MARGIN,
    };
    const { avoid, pointer } = anchor();
    const placed = placeTooltip({ width: element.offsetWidth || width, height: element.offsetHeight, avoid, pointer, bounds });
    const origin = frame.getBoundingClientRect();
    setAt({ key: anchorKey, size, left: placed.left - origin.left, top: placed.top - origin.top, side: placed.side });
  }, [at, anchorKey, anchor, width]);

  useEffect(() => {
    if (pinned && takeFocus) close.current?.focus();
  }, [pinned, takeFocus]);

  return (
    <div
      ref={box}
      className={`tooltip${pinned ? ' tooltip--pinned' : ''}`}
      role="tooltip"
      id="chart-tooltip"
      data-side={at?.side}
      style={{ left: at?.left ?? 0, top: at?.top ?? 0, width, visibility: at ? undefined : 'hidden' }}
    >
      {pinned && (
        <button ref={close} type="button" className="tooltip__close" aria-label={translate(lang, 'tooltip.close')} onClick={onClose}>
          ×
        </button>
      )}
      {children}
    </div>
  );
}
