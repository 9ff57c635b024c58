import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { useBelowScreen } from './useBelowScreen';

/**
 * On narrow screens, the controls in a sheet over the lower part of the screen, opened by a button
 * that stays at the bottom. It does not trap focus or hide the page: the chart above it is what the
 * reader watches while a slider moves, so opening it scrolls the chart to the top of the screen.
 * Escape or Close shuts it and puts focus back on the button. The button waits below the screen
 * while the chart is still below it: the first screen is the headline's, and a button floating over
 * it hid its last lines; the controls are for moving the chart, so it comes up with the chart (and
 * whenever it has the focus).
 */
export function ControlsSheet({ chart, children }: { chart: RefObject<HTMLElement | null>; children: ReactNode }) {
  const lang = useExplorer((s) => s.lang);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const sheet = useRef<HTMLDivElement>(null);
  // Only a close from inside the sheet moves focus: on first render the button must not grab it.
  const closedFromSheet = useRef(false);
  const waiting = useBelowScreen(chart);
  useEffect(() => {
    if (open) {
      sheet.current?.focus({ preventScroll: true });
      bringAboveSheet(chart.current, sheet.current);
    } else if (closedFromSheet.current) {
      closedFromSheet.current = false;
      button.current?.focus();
    }
  }, [open, chart]);
  const close = () => {
    closedFromSheet.current = true;
    setOpen(false);
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`controls-toggle${waiting ? ' controls-toggle--waiting' : ''}`}
        aria-expanded={open}
        aria-controls="controls-sheet"
        onClick={() => setOpen(true)}
        data-action="open-controls"
      >
        {translate(lang, 'controls.sheet.open')}
      </button>
      <div
        ref={sheet}
        id="controls-sheet"
        className="controls-sheet"
        role="dialog"
        aria-modal="false"
        aria-labelledby="controls-sheet-title"
        tabIndex={-1}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          close();
        }}
      >
        <div className="controls-sheet__head">
          <h2 id="controls-sheet-title">{translate(lang, 'controls.sheet.title')}</h2>
          <button type="button" onClick={close} data-action="close-controls">
            {translate(lang, 'controls.sheet.close')}
          </button>
        </div>
        <div className="controls-sheet__body">{children}</div>
      </div>
    </>
  );
}

/** Scrolls the chart to the top of the screen unless it already shows whole above the sheet. */
function bringAboveSheet(chart: HTMLElement | null, sheet: HTMLElement | null) {
  if (!chart) return;
  const box = chart.getBoundingClientRect();
  const sheetTop = sheet?.getBoundingClientRect().top ?? innerHeight;
  if (box.top >= 0 && box.bottom <= sheetTop) return;
  scrollBy({ top: box.top - 4 });
}
