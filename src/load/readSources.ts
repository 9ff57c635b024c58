import { MAX_DATASET_BYTES } from '../model/limits';

export const FETCH_TIMEOUT_MS = 10_000;

/** A load that failed before any parsing: the reason, in words for the reader. */
export class LoadError extends Error {}

export async function readFileText(file: File): Promise<string> {
  if (file.size > MAX_DATASET_BYTES)
    throw new LoadError(
      `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; datasets may be at most ${MAX_DATASET_BYTES / 1048576} MB`,
    );
  return file.text();
}

/** Fetches a dataset over http(s) only, giving up after a timeout or past the size limit. */
export async function fetchDatasetText(address: string, base: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<string> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    throw new LoadError(`'${address}' is not a web address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new LoadError(`only http(s) addresses can be loaded, not ${url.protocol}`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) throw new LoadError(`${url.href} answered ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_DATASET_BYTES)
      throw new LoadError(
        `${url.href} is ${(declared / 1048576).toFixed(1)} MB; datasets may be at most ${MAX_DATASET_BYTES / 1048576} MB`,
      );
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
        throw new LoadError(`${url.href} is larger than ${MAX_DATASET_BYTES / 1048576} MB, the most a dataset may be`);
      }
      chunks.push(value);
    }
    return new TextDecoder().decode(concat(chunks, size));
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (controller.signal.aborted) throw new LoadError(`${url.href} did not answer within ${timeoutMs / 1000} s`);
    throw new LoadError(
      `${url.href} could not be fetched (${error instanceof Error ? error.message : String(error)}); the server may not allow it (CORS)`,
    );
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
