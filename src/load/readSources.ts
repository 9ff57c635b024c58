import { MAX_DATASET_BYTES } from '../model/limits';
import { decodeAs, ENCODING_NAMES, type EncodingChoice, type TextEncoding } from './decodeText';
import { problem, type Problem, type ProblemCode, type ProblemParams } from '../model/problems';

export const FETCH_TIMEOUT_MS = 10_000;

/** A load that failed before any parsing: what went wrong, as a problem code and its params. */
export class LoadError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.code);
    this.problem = problem;
  }
}

function fail<C extends ProblemCode>(code: C, params: ProblemParams[C]): never {
  throw new LoadError(problem(code, params));
}

/** Why a load failed, as a problem: a LoadError's own, or whatever else was thrown, as its reason. */
export function loadProblem(error: unknown): Problem {
  return error instanceof LoadError ? error.problem : problem('read-failed', { reason: String(error) });
}

/**
 * A file's text, in the encoding its bytes show (UTF-8 or 16, Big5, Windows-1252) or the one the
 * reader chose, and that encoding; a file not valid in the chosen encoding fails.
 */
export async function readFileDecoded(file: File, choice: EncodingChoice = 'auto'): Promise<{ text: string; encoding: TextEncoding }> {
  if (file.size > MAX_DATASET_BYTES) fail('file-too-large', { bytes: file.size, limitBytes: MAX_DATASET_BYTES });
  const decoded = decodeAs(new Uint8Array(await file.arrayBuffer()), choice);
  // Auto always decodes (as Windows-1252 at the last).
  return decoded ?? fail('not-in-encoding', { encoding: choice === 'auto' ? 'auto' : ENCODING_NAMES[choice] });
}

/** How a fetch of a dataset runs; all optional. */
export interface FetchOptions {
  /** Gives up after this long (ms), counted from `startedAt` when given. */
  timeoutMs?: number;
  /** Aborted by the reader's Cancel; the fetch aborts it too, at its timeout or when it refuses the address. */
  cancel?: AbortController;
  /**
   * The same download, begun earlier with `cancel`'s signal (a linked dataset's, from the page's
   * first moment), and when (`performance.now()`): it is read rather than fetched again. Its caller
   * begins one only for an address these checks accept; should they refuse it, it is stopped.
   */
  started?: Promise<Response> | undefined;
  startedAt?: number | undefined;
}

/**
 * Fetches a dataset over http(s) only, giving up after a timeout, past the size limit, or when the
 * reader cancels.
 */
export async function fetchDatasetText(
  address: string,
  base: string,
  { timeoutMs = FETCH_TIMEOUT_MS, cancel = new AbortController(), started, startedAt = performance.now() }: FetchOptions = {},
): Promise<string> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    cancel.abort();
    return fail('not-an-address', { address });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    cancel.abort();
    fail('not-http', { protocol: url.protocol });
  }
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      cancel.abort();
    },
    Math.max(0, timeoutMs - (performance.now() - startedAt)),
  );
  try {
    const response = await (started ?? fetch(url, { signal: cancel.signal, credentials: 'omit' }));
    if (!response.ok) fail('http-status', { url: url.href, status: response.status, statusText: response.statusText });
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_DATASET_BYTES) fail('file-too-large', { bytes: declared, limitBytes: MAX_DATASET_BYTES });
    const reader = response.body?.getReader();
    if (!reader) return await response.text();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_DATASET_BYTES) {
        await reader.cancel();
        fail('larger-than-limit', { limitBytes: MAX_DATASET_BYTES });
      }
      chunks.push(value);
    }
    return new TextDecoder().decode(concat(chunks, size));
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (timedOut) fail('timeout', { url: url.href, seconds: timeoutMs / 1000 });
    if (cancel.signal.aborted) fail('load-cancelled', { url: url.href });
    return fail('fetch-failed', { url: url.href, reason: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
