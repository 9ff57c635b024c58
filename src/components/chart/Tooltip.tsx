import type { ReactNode } from 'react';
import { translate } from '../../i18n/strings';
import type { Lang } from '../../model/types';

export interface TooltipProps {
  x: number;
  y: number;
  containerWidth: number;
  lang: Lang;
  pinned: boolean;
  onClose(): void;
  children: ReactNode;
}

/** Details beside the hovered or focused element; kept inside the chart's width on narrow screens. */
export function Tooltip({ x, y, containerWidth, lang, pinned, onClose, children }: TooltipProps) {
  const width = Math.min(300, containerWidth - 16);
  const left = Math.max(8, Math.min(containerWidth - width - 8, x - width / 2));
  return (
    <div className="tooltip" role="tooltip" id="chart-tooltip" style={{ left, top: y + 12, width }}>
      {pinned && (
        <button type="button" className="tooltip__close" aria-label={translate(lang, 'tooltip.close')} onClick={onClose}>
          ×
        </button>
      )}
      {children}
    </div>
  );
}
