import { useShallow } from 'zustand/react/shallow';
import { selectShared } from '../state/store';
import { useCallback, useRef, useState } from 'react';
import { pickText, translate } from '../i18n/strings';
import { useExplorer, useStoreApi } from '../state/context';
import { urlForState } from '../state/urlSync';
import { downloadBlob } from '../components/shared/downloadBlob';
import { useCloseOnEscape } from '../components/shared/useCloseOnEscape';
import { hasDataFragment, MAX_FRAGMENT_CHARS } from '../state/dataFragment';
import { linkWithData } from '../state/dataSync';
import type { EmbedControls } from './embedOptions';
import { embedSnippet } from './embedSnippet';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copy a link to this exact view, or get the code to embed it in an article. */
export function ShareBar() {
  const store = useStoreApi();
  const lang = useExplorer((s) => s.lang);
  const title = useExplorer((s) => pickText(s.model.dataset.meta.title, lang).text);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed' | 'too-large'>('idle');
  // How long the fragment of a dataset too large for a link would be.
  const [tooLarge, setTooLarge] = useState(0);
  const [dialog, setDialog] = useState(false);
  const [controls, setControls] = useState<EmbedControls>('scenarios');
  // Only while something shows the link does the bar follow every slider step.
  const showing = dialog || status === 'failed';
  // Everything the link encodes (a few fields would leave it stale when another one changes).
  useExplorer(useShallow((s) => (showing ? selectShared(s) : null)));
  const link = showing ? urlForState(store, location.href) : '';
  const snippet = dialog ? embedSnippet(link, controls, title) : '';
  const ownData = useExplorer((s) => s.dataOrigin === 'own');
  const downloadDataset = () =>
    downloadBlob(
      new Blob([`${JSON.stringify(store.getState().model.source, null, 2)}\n`], { type: 'application/json' }),
      'capital-loop-dataset.json',
    );

  const bar = useRef<HTMLDivElement>(null);
  useCloseOnEscape(
    dialog,
    useCallback(() => setDialog(false), []),
    bar,
  );
  return (
    <div className="share-bar" ref={bar}>
      <button
        type="button"
        data-action="copy-link"
        onClick={async () => {
          const result = await linkWithData(store, location.href);
          if (!result.ok) {
            setTooLarge(result.chars);
            setStatus('too-large');
            return;
          }
          setStatus((await copyText(result.link)) ? 'copied' : 'failed');
        }}
      >
        {translate(lang, 'share.copyLink')}
      </button>
      <button type="button" data-action="embed" aria-expanded={dialog} onClick={() => setDialog(!dialog)}>
        {translate(lang, 'share.embed')}
      </button>
      <span className="share-bar__status" role="status">
        {status === 'copied' && translate(lang, 'share.copied')}
        {status === 'failed' && translate(lang, 'share.copyFailed')}
        {status === 'too-large' &&
          translate(lang, 'share.tooLarge', { chars: tooLarge.toLocaleString(lang), limit: MAX_FRAGMENT_CHARS.toLocaleString(lang) })}
      </span>
      {status === 'too-large' && (
        <button type="button" onClick={downloadDataset} data-action="download-instead">
          {translate(lang, 'share.downloadInstead')}
        </button>
      )}
      {status === 'failed' && (
        <label className="share-bar__link">
          {translate(lang, 'share.link')}
          <input readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      )}
      {dialog && (
        <section className="embed-dialog" role="dialog" aria-labelledby="embed-title">
          <h2 id="embed-title">{translate(lang, 'share.embedTitle')}</h2>
          <p>{translate(lang, 'share.embedIntro')}</p>
          {/* The reader's own dataset travels in the link's fragment only when it fits (see dataSync). */}
          {ownData && !hasDataFragment(new URL(link).hash) && (
            <p className="embed-dialog__warning" data-note="embed-bundled">
              {translate(lang, 'share.embedBundled')}
            </p>
          )}
          <fieldset>
            <legend>{translate(lang, 'share.controls')}</legend>
            {(['none', 'scenarios', 'all'] as const).map((option) => (
              <label key={option} className="inline-control">
                <input type="radio" name="embed-controls" checked={controls === option} onChange={() => setControls(option)} />
                {translate(lang, `share.controls.${option}`)}
              </label>
            ))}
          </fieldset>
          <textarea
            className="embed-dialog__code"
            readOnly
            rows={5}
            value={snippet}
            aria-label={translate(lang, 'share.embedTitle')}
            onFocus={(e) => e.target.select()}
          />
          <div className="embed-dialog__actions">
            <button type="button" onClick={() => void copyText(snippet).then((ok) => setStatus(ok ? 'copied' : 'failed'))}>
              {translate(lang, 'share.copySnippet')}
            </button>
            <button type="button" onClick={() => setDialog(false)}>
              {translate(lang, 'share.close')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
