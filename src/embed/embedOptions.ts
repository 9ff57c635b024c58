import type { Notice } from '../state/sharedState';
import { isEmbedValue } from './embedFlag';

export type EmbedControls = 'none' | 'scenarios' | 'all';
export type EmbedTheme = 'auto' | 'light' | 'dark';
/** Controls a host may add to any embed: Play, the rounds view and count, net revenue. */
export type EmbedExtra = 'play' | 'rounds' | 'net';
const EXTRAS: readonly EmbedExtra[] = ['play', 'rounds', 'net'];

export interface EmbedOptions {
  embed: boolean;
  controls: EmbedControls;
  /** Names this embed in height messages, for host pages with several. */
  id: string;
  /** Host origins allowed to drive the embed; empty means any page that embeds it. */
  allowedOrigins: string[];
  /** The host page's theme: `auto` follows the reader's system, as the full page does. */
  theme: EmbedTheme;
  /** No background of its own, so the host page's shows through. */
  transparent: boolean;
  show: EmbedExtra[];
}

export const EMBED_KEYS = ['embed', 'controls', 'id', 'origin', 'theme', 'background', 'show'] as const;

export function parseEmbedOptions(search: string): { options: EmbedOptions; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const options: EmbedOptions = {
    embed: false,
    controls: 'scenarios',
    id: 'capital-loop',
    allowedOrigins: [],
    theme: 'auto',
    transparent: false,
    show: [],
  };
  const embed = params.get('embed');
  if (embed !== null) {
    if (isEmbedValue(embed)) options.embed = true;
    else if (embed !== '0' && embed !== 'false') notices.push({ kind: 'bad-value', key: 'embed', value: embed });
  }
  const controls = params.get('controls');
  if (controls !== null) {
    if (controls === 'none' || controls === 'scenarios' || controls === 'all') options.controls = controls;
    else notices.push({ kind: 'bad-value', key: 'controls', value: controls });
  }
  const id = params.get('id');
  if (id !== null) {
    if (/^[A-Za-z0-9_-]{1,64}$/.test(id)) options.id = id;
    else notices.push({ kind: 'bad-value', key: 'id', value: id });
  }
  for (const raw of params.getAll('origin').flatMap((o) => o.split(','))) {
    const origin = parseOrigin(raw.trim());
    if (origin) options.allowedOrigins.push(origin);
    else notices.push({ kind: 'bad-value', key: 'origin', value: raw });
  }
  const theme = params.get('theme');
  if (theme !== null) {
    if (theme === 'auto' || theme === 'light' || theme === 'dark') options.theme = theme;
    else notices.push({ kind: 'bad-value', key: 'theme', value: theme });
  }
  const background = params.get('background');
  if (background !== null) {
    if (background === 'transparent' || background === 'page') options.transparent = background === 'transparent';
    else notices.push({ kind: 'bad-value', key: 'background', value: background });
  }
  for (const raw of params.getAll('show').flatMap((s) => s.split(','))) {
    const extra = EXTRAS.find((e) => e === raw.trim());
    if (extra) {
      if (!options.show.includes(extra)) options.show.push(extra);
    } else notices.push({ kind: 'bad-value', key: 'show', value: raw });
  }
  return { options, notices };
}

function parseOrigin(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === raw.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
