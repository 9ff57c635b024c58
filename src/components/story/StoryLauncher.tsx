import { useState } from 'react';
import { translate } from '../../i18n/strings';
import { storyLength } from '../../model/story';
import { useExplorer } from '../../state/context';
import { lazyPart } from '../shared/lazyPart';

// Most readers never open the walk-through: the panel and its words load when it is first shown.
const storyPanel = lazyPart(() => import('./StoryPanel'));

/** "Walk me through": opens the dataset's story at its first step; a link to a step opens it there. */
export function StoryLauncher() {
  const step = useExplorer((s) => s.step);
  const count = useExplorer((s) => storyLength(s.model.dataset));
  const lang = useExplorer((s) => s.lang);
  const goToStep = useExplorer((s) => s.goToStep);
  const [open, setOpen] = useState(step !== null);
  // Whether the reader opened it here (the panel then takes the focus from this button, which goes).
  const [launched, setLaunched] = useState(false);
  // A dataset without a story closes it: a later one with a story opens without taking the focus.
  if (count === 0 && (open || launched)) {
    setOpen(false);
    setLaunched(false);
  }
  const shown = count > 0 && (open || step !== null);
  const panel = storyPanel.useModule(shown).module;
  if (count === 0) return null;
  if (!shown)
    return (
      <button
        type="button"
        className="story-launcher"
        onClick={() => {
          setOpen(true);
          setLaunched(true);
          goToStep(1);
        }}
      >
        {translate(lang, 'story.open')}
      </button>
    );
  if (!panel) return <div className="story story--loading" aria-busy="true" />;
  return (
    <panel.StoryPanel
      takeFocus={launched}
      onClose={() => {
        setOpen(false);
        setLaunched(false);
        goToStep(null);
      }}
    />
  );
}
