import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from '../../src/embed/embedOptions';
import { embedSnippet, HEIGHTS_BY_WIDTH } from '../../src/embed/embedSnippet';
import { interpretHostMessage } from '../../src/embed/hostMessages';
import { compileModel } from '../../src/model/engine';
import { createExplorerStore, selectShared } from '../../src/state/store';
import { loadDefaultDataset } from '../model/fixtures';
import { expectConsistent } from '../state/expectConsistent';

const ds = loadDefaultDataset();
const origins = compileModel(ds).structure.origins;

describe('host messages', () => {
  const applied = (message: object) => {
    const store = createExplorerStore(ds, 'en');
    const result = interpretHostMessage({ type: 'capital-loop:set', ...message }, ds, origins);
    if (!result.ok) throw new Error(result.reason);
    store.getState().applyShared(result.patch);
    const shared = selectShared(store.getState());
    expectConsistent(shared, ds, origins);
    return shared;
  };

  it('applies a scenario with its values', () => {
    expect(applied({ scenario: 'sept-2025-loi' })).toMatchObject({ scenario: 'sept-2025-loi', values: { 'nvidia-loi': 10 } });
  });

  it('applies values and view, leaving the scenario custom', () => {
    const shared = applied({ scenario: 'sept-2025-loi', values: { 'nvidia-openai': 60 }, view: 'rounds', rounds: 3 });
    expect(shared).toMatchObject({ scenario: null, values: { 'nvidia-openai': 60, 'nvidia-loi': 10 }, view: 'rounds', rounds: 3 });
  });

  it('fits the chart to view and compares with a scenario', () => {
    expect(applied({ fitToView: true, compare: 'linear-economy' })).toMatchObject({ fitToView: true, compare: 'linear-economy' });
    expect(applied({ compare: null }).compare).toBeNull();
  });

  it('snaps a value between steps to the step', () => {
    expect(applied({ values: { 'nvidia-openai': 30.123456 } }).values['nvidia-openai']).toBe(30);
  });

  it("says why a message is ignored in the message's own field names", () => {
    const reason = (message: object) => {
      const result = interpretHostMessage({ type: 'capital-loop:set', ...message }, ds, origins);
      return result.ok ? 'accepted' : result.reason;
    };
    expect(reason({ isolated: 'nobody' })).toBe("unknown origin 'nobody'");
    expect(reason({ values: { 'nvidia-openai': 1e6 } })).toBe("values['nvidia-openai'] = 1000000 is outside its range");
    expect(reason({ values: { nowhere: 1 } })).toBe("unknown parameter 'nowhere'");
    expect(reason({ scenario: 'someday' })).toBe("unknown scenario 'someday'");
    expect(reason({ compare: 'someday' })).toBe("unknown scenario to compare 'someday'");
    expect(reason({ fitToView: 'yes' })).toMatch(/boolean/i);
  });

  it('colours an isolated origin even when asked not to', () => {
    expect(applied({ isolated: 'nvidia', colorByOrigin: false })).toMatchObject({ isolated: 'nvidia', colorByOrigin: true });
  });

  it.each([
    ['not an object', 'hello'],
    ['wrong type', { type: 'other' }],
    ['unknown field', { type: 'capital-loop:set', view: 'loop', extra: 1 }],
    ['unknown scenario', { type: 'capital-loop:set', scenario: 'nope' }],
    ['unknown parameter', { type: 'capital-loop:set', values: { nope: 1 } }],
    ['out of range', { type: 'capital-loop:set', values: { 'nvidia-openai': 101 } }],
    ['not finite', { type: 'capital-loop:set', values: { 'nvidia-openai': Infinity } }],
    ['bad view', { type: 'capital-loop:set', view: 'sideways' }],
    ['bad rounds', { type: 'capital-loop:set', rounds: 2.5 }],
    ['unknown origin', { type: 'capital-loop:set', isolated: 'nobody' }],
  ])('ignores a message with %s', (_, message) => {
    expect(interpretHostMessage(message, ds, origins).ok).toBe(false);
  });

  it('never throws, whatever a page posts', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        interpretHostMessage(data, ds, origins);
        interpretHostMessage({ type: 'capital-loop:set', values: data }, ds, origins);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 10_000) },
    );
  });
});

describe('embed options', () => {
  it('reads embed, controls, id and allowed origins', () => {
    const { options, notices } = parseEmbedOptions('?embed=1&controls=all&id=story-1&origin=https://news.example,https://b.example');
    expect(options).toMatchObject({
      embed: true,
      controls: 'all',
      id: 'story-1',
      allowedOrigins: ['https://news.example', 'https://b.example'],
    });
    expect(notices).toEqual([]);
  });

  it("reads the host's theme, a transparent background and the extra controls", () => {
    const { options, notices } = parseEmbedOptions('?embed=1&theme=dark&background=transparent&show=play,net&show=rounds');
    expect(options).toMatchObject({ theme: 'dark', transparent: true, show: ['play', 'net', 'rounds'] });
    expect(notices).toEqual([]);
    const bad = parseEmbedOptions('?theme=pink&background=red&show=sliders');
    expect(bad.options).toMatchObject({ theme: 'auto', transparent: false, show: [] });
    expect(bad.notices.map((n) => n.kind === 'bad-value' && n.key)).toEqual(['theme', 'background', 'show']);
  });

  it('ignores bad values with a notice', () => {
    const { options, notices } = parseEmbedOptions('?embed=yes&controls=many&id=<b>&origin=javascript:alert(1)');
    expect(options).toEqual({
      embed: false,
      controls: 'scenarios',
      id: 'capital-loop',
      allowedOrigins: [],
      theme: 'auto',
      transparent: false,
      show: [],
    });
    expect(notices.map((n) => n.kind === 'bad-value' && n.key)).toEqual(['embed', 'controls', 'id', 'origin']);
  });

  it('writes an iframe snippet with the embed parameters and escaped attributes', () => {
    const snippet = embedSnippet('https://example.org/loop/?lang=zh-TW&scenario=feb-2026-round', 'none', 'A "loop" <b>');
    expect(snippet).toContain('src="https://example.org/loop/?lang=zh-TW&amp;scenario=feb-2026-round&amp;embed=1&amp;controls=none"');
    expect(snippet).toContain('title="A &quot;loop&quot; &lt;b&gt;"');
    expect(snippet).toContain('<script src="https://example.org/loop/embed-host.js" async></script>');
    // The helper sizes the iframe by its width from the heights measured in the link's language.
    expect(snippet).toContain(`data-heights="${HEIGHTS_BY_WIDTH['zh-TW'].none}"`);
  });
});

/** A window whose parent records what the embed posts, and whose message events the test sends. */
function fakeWindow() {
  const posted: unknown[] = [];
  const parent = { postMessage: (message: unknown) => posted.push(message) };
  const handlers: ((event: MessageEvent) => void)[] = [];
  const win = {
    parent,
    addEventListener: (_: string, fn: (event: MessageEvent) => void) => handlers.push(fn),
    removeEventListener: () => {},
  } as unknown as Window;
  const send = (data: unknown, origin = 'https://news.example', source: unknown = parent) =>
    handlers.forEach((fn) => fn({ origin, source, data } as unknown as MessageEvent));
  return { win, posted, send };
}

describe('listening to the host page', () => {
  it('takes messages only from its parent and, when configured, only from allowed origins', async () => {
    const { listenForHostMessages } = await import('../../src/embed/hostMessages');
    const { win, send } = fakeWindow();
    const store = createExplorerStore(ds, 'en');
    listenForHostMessages(store, ['https://news.example'], win);
    const set = { type: 'capital-loop:set', scenario: 'linear-economy' };
    send(set, 'https://evil.example');
    expect(store.getState().scenario).toBeNull();
    send(set, 'https://news.example', {}); // not the parent page
    expect(store.getState().scenario).toBeNull();
    send(set);
    expect(store.getState().scenario).toBe('linear-economy');
  });

  it('applies messages sent before it could take them, in order, then says ready once', async () => {
    const { listenForHostMessages } = await import('../../src/embed/hostMessages');
    const { startHostInbox } = await import('../../src/embed/hostInbox');
    const { win, posted, send } = fakeWindow();
    const inbox = startHostInbox(win);
    send({ type: 'capital-loop:set', scenario: 'linear-economy' });
    send({ type: 'capital-loop:set', scenario: 'sept-2025-loi' });
    const store = createExplorerStore(ds, 'en');
    expect(posted).toEqual([]);
    listenForHostMessages(store, [], win, inbox);
    expect(store.getState().scenario).toBe('sept-2025-loi');
    send({ type: 'capital-loop:set', view: 'rounds' });
    expect(posted).toEqual([{ type: 'capital-loop:ready' }]);
  });

  it('plays and pauses when the host says so', async () => {
    const { listenForHostMessages } = await import('../../src/embed/hostMessages');
    const { win, send } = fakeWindow();
    const store = createExplorerStore(ds, 'en');
    listenForHostMessages(store, [], win);
    send({ type: 'capital-loop:play' });
    expect(store.getState()).toMatchObject({ playing: true, playRound: 1 });
    send({ type: 'capital-loop:pause' });
    expect(store.getState().playing).toBe(false);
    send({ type: 'capital-loop:play', speed: 2 }); // a field play does not take: ignored
    expect(store.getState().playing).toBe(false);
  });
});
