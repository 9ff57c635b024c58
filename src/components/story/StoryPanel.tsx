import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { storyText } from '../../i18n/storyText';
import { pickText } from '../../i18n/strings';
import { storyLength, storyStep } from '../../model/story';
import { useExplorer } from '../../state/context';
import { listSeparator, publisherName } from '../../i18n/publisherName';

/**
 * The walk-through: a step's title and text (announced when it changes), its sources, and the way
 * between steps: Previous and Next, a dot for each step, and the arrow keys while it has focus.
 * The chart shows each step's settings; moving a slider away keeps the text here, with a way back.
 */
export function StoryPanel({ onClose, takeFocus = false }: { onClose(): void; takeFocus?: boolean }) {
  const step = useExplorer((s) => s.step);
  const dataset = useExplorer((s) => s.model.dataset);
  const lang = useExplorer((s) => s.lang);
  const goToStep = useExplorer((s) => s.goToStep);
  const count = storyLength(dataset);
  // The step whose text shows: the one on the chart, or the last one shown while the reader explores.
  const [current, setCurrent] = useState(step ?? 1);
  // Follows a step set from elsewhere (a host page), adjusted while rendering rather than in an effect.
  const [seen, setSeen] = useState(step);
  if (step !== seen) {
    setSeen(step);
    if (step !== null) setCurrent(step);
  }
  // Opened by the reader, the story takes the focus: the arrow keys it offers then work at once (the
  // launcher that had it is gone). Opened by a link or a host, it leaves the focus where it is.
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    if (takeFocus) region.current?.focus();
  }, [takeFocus]);
  const shown = Math.min(current, count);
  const content = storyStep(dataset, shown);
  if (!content) return null;
  const go = (to: number) => {
    if (to < 1 || to > count) return;
    setCurrent(to);
    goToStep(to);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowRight') go(shown + 1);
    else if (event.key === 'ArrowLeft') go(shown - 1);
    else return;
    event.preventDefault();
  };
  const text = (key: Parameters<typeof storyText>[1], params?: Record<string, string | number>) => storyText(lang, key, params);
  const title = pickText(content.title, lang).text;
  const sources = (content.sources ?? []).flatMap((id) => dataset.meta.sources.filter((s) => s.id === id));
  return (
    <section
      ref={region}
      tabIndex={-1}
      className="story"
      aria-label={text('story.label')}
      aria-describedby="story-keys"
      onKeyDown={onKeyDown}
    >
      <div className="story__head">
        <p className="story__count">{text('story.stepOf', { step: shown, count })}</p>
        <button type="button" className="story__close" aria-label={text('story.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="story__body" aria-live="polite" aria-atomic="true" data-step={shown}>
        <h2 className="story__title">{title}</h2>
        <p className="story__text">{pickText(content.text, lang).text}</p>
      </div>
      {shown === 1 && (
        <details className="story__about">
          <summary>{text('story.about')}</summary>
          <p>{pickText(dataset.meta.description, lang).text}</p>
        </details>
      )}
      {sources.length > 0 && (
        <p className="story__sources">
          {text('story.sources')}{' '}
          {sources.map((source, i) => (
            <span key={source.id}>
              {i > 0 && listSeparator(lang)}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {publisherName(source, lang)}
              </a>
            </span>
          ))}
        </p>
      )}
      {step === null && (
        <p className="story__changed">
          {text('story.changed')}{' '}
          <button type="button" onClick={() => go(shown)}>
            {text('story.again')}
          </button>
        </p>
      )}
      <nav className="story__nav" aria-label={text('story.steps')}>
        <button type="button" aria-disabled={shown === 1} onClick={() => go(shown - 1)}>
          ← {text('story.previous')}
        </button>
        <ol className="story__dots">
          {(dataset.story ?? []).map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className="story__dot"
                aria-current={i + 1 === shown ? 'step' : undefined}
                aria-label={text('story.goTo', { step: i + 1, title: pickText(s.title, lang).text })}
                onClick={() => go(i + 1)}
              />
            </li>
          ))}
        </ol>
        <button type="button" aria-disabled={shown === count} onClick={() => go(shown + 1)}>
          {text('story.next')} →
        </button>
      </nav>
      <p id="story-keys" className="sr-only">
        {text('story.keys')}
      </p>
    </section>
  );
}
