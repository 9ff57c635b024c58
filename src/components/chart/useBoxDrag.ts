import { useCallback, useRef, useState } from 'react';
import { dragNodesProvided } from '../../layout/sankeyLayout';
import { useStoreApi } from '../../state/context';
import { dragCode } from './dragCode';

/**
 * Moving a box up or down its column, by pointer or by Alt+↑/↓. The code that settles a dragged box
 * loads apart from the page's (see dragCode): moves made while it loads wait for it, and are made in
 * order once it is there, on the chart they were made on; a reset, another dataset or the rounds
 * view meanwhile drops them. Should it fail to load, `failed` says so and no move of this chart tries
 * again (Chromium keeps a failed import failed for the page's life): the chart's alert offers a reload.
 * (The rounds view draws another chart, so the alert goes with it.)
 */
export function useBoxDrag(): { drag: (key: string, dy: number, moved?: () => void) => void; failed: boolean } {
  const store = useStoreApi();
  const [failed, setFailed] = useState(false);
  // Moves made while the code loads, and the offsets they were made on (every reset and dataset makes new ones).
  const waiting = useRef<{ offsets: object; moves: (() => void)[] } | null>(null);
  const drag = useCallback(
    (key: string, dy: number, moved?: () => void) => {
      const move = () => {
        const { offsets, setOffset } = store.getState();
        // Keys are dataset ids: an entity called "__proto__" must not read Object.prototype.
        setOffset(key, (Object.hasOwn(offsets, key) ? (offsets[key] as number) : 0) + dy);
        moved?.();
      };
      if (failed) return;
      if (dragNodesProvided()) return move();
      if (waiting.current) return void waiting.current.moves.push(move);
      const batch = (waiting.current = { offsets: store.getState().offsets, moves: [move] });
      dragCode.preload().then(
        () => {
          waiting.current = null;
          const { offsets, view } = store.getState();
          if (offsets === batch.offsets && view === 'loop') batch.moves.forEach((made) => made());
        },
        () => {
          waiting.current = null;
          setFailed(true);
        },
      );
    },
    [store, failed],
  );
  return { drag, failed };
}
