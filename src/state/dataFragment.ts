import type { Dataset } from '../model/types';
import { DATA_FRAGMENT_PREFIX as PREFIX, hasDataFragment } from './hasDataFragment';

export { hasDataFragment };

/**
 * The most characters a link's `#data=` fragment may take. Browsers accept far longer addresses,
 * but chat apps, mail clients and QR codes cut or refuse them well before; 8,000 is what the
 * README promises.
 */
export const MAX_FRAGMENT_CHARS = 8_000;

/** A link's fragment for a dataset: compressed JSON, so it never reaches a server, or why it cannot be. */
export type DataFragment = { ok: true; hash: string } | { ok: false; chars: number };

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The `#data=` fragment that carries a dataset, if it fits within the limit. */
export async function encodeDataFragment(dataset: Dataset, limit = MAX_FRAGMENT_CHARS): Promise<DataFragment> {
  const compressed = await pipe(new TextEncoder().encode(JSON.stringify(dataset)), new CompressionStream('deflate-raw'));
  const hash = PREFIX + toBase64Url(compressed);
  return hash.length <= limit ? { ok: true, hash } : { ok: false, chars: hash.length };
}

/** The JSON text a `#data=` fragment carries; throws when it is not base64url of deflate-raw UTF-8. */
export async function decodeDataFragment(hash: string): Promise<string> {
  if (!hasDataFragment(hash)) throw new Error('no #data= fragment');
  const bytes = await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
