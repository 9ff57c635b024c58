import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDatasetText, loadProblem, LoadError, readFileDecoded } from '../../src/load/readSources';
import type { Problem } from '../../src/model/problems';

const MB5 = 5 * 1024 * 1024;

/** The problem a load failed with. */
async function problemOf(loading: Promise<unknown>): Promise<Problem> {
  const error: unknown = await loading.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoadError);
  return loadProblem(error);
}

describe('fetching ?data=', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url === '/slow') return; // never answers
      if (request.url === '/missing') {
        response.writeHead(404, 'Not Found');
        response.end();
        return;
      }
      if (request.url === '/declared') {
        response.writeHead(200, { 'content-length': String(MB5 + 1) });
        response.end();
        return;
      }
      if (request.url === '/huge') {
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = 'x'.repeat(1024 * 1024);
        for (let i = 0; i < 6; i++) response.write(chunk);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches http(s)', async () => {
    expect(await fetchDatasetText(`${base}/fine`, base)).toBe('{"ok":true}');
  });

  it('times out and says so', async () => {
    expect(await problemOf(fetchDatasetText(`${base}/slow`, base, { timeoutMs: 200 }))).toEqual({
      code: 'timeout',
      params: { url: `${base}/slow`, seconds: 0.2 },
    });
  });

  it('stops when the reader cancels, and says so rather than timing out', async () => {
    const cancel = new AbortController();
    const loading = fetchDatasetText(`${base}/slow`, base, { timeoutMs: 5_000, cancel });
    setTimeout(() => cancel.abort(), 50);
    const started = Date.now();
    expect(await problemOf(loading)).toEqual({ code: 'load-cancelled', params: { url: `${base}/slow` } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reads a download begun earlier rather than fetching again', async () => {
    const cancel = new AbortController();
    const started = fetch(`${base}/fine?early`, { signal: cancel.signal });
    expect(await fetchDatasetText(`${base}/fine?early`, base, { cancel, started })).toBe('{"ok":true}');
    expect(requests.filter((url) => url === '/fine?early')).toHaveLength(1);
  });

  it('stops a download begun earlier at its timeout, counted from when it began, and says so', async () => {
    const cancel = new AbortController();
    const startedAt = performance.now();
    const started = fetch(`${base}/slow`, { signal: cancel.signal });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const reading = fetchDatasetText(`${base}/slow`, base, { timeoutMs: 1_000, cancel, started, startedAt });
    expect(await problemOf(reading)).toEqual({ code: 'timeout', params: { url: `${base}/slow`, seconds: 1 } });
    // A second from the start, not from the call 0.7 s later (which would end at 1.7 s).
    expect(performance.now() - startedAt).toBeLessThan(1_500);
    expect(cancel.signal.aborted).toBe(true);
    await expect(started).rejects.toThrow();
  });

  it('says a begun download was cancelled, failed, or was too large, as it would of its own fetch', async () => {
    const cancelled = new AbortController();
    const early = fetch(`${base}/slow`, { signal: cancelled.signal });
    cancelled.abort();
    expect(await problemOf(fetchDatasetText(`${base}/slow`, base, { cancel: cancelled, started: early }))).toEqual({
      code: 'load-cancelled',
      params: { url: `${base}/slow` },
    });
    const unreachable = fetch('http://127.0.0.1:1/d.json');
    expect(await problemOf(fetchDatasetText('http://127.0.0.1:1/d.json', base, { started: unreachable }))).toMatchObject({
      code: 'fetch-failed',
      params: { url: 'http://127.0.0.1:1/d.json' },
    });
    const huge = fetch(`${base}/huge`);
    expect(await problemOf(fetchDatasetText(`${base}/huge`, base, { started: huge }))).toEqual({
      code: 'larger-than-limit',
      params: { limitBytes: MB5 },
    });
  });

  it('refuses an address it does not accept even when a download was begun for it, and stops that download', async () => {
    const cancel = new AbortController();
    const started = fetch('data:application/json,{}', { signal: cancel.signal });
    // (As the page does: the begun download's own end is not awaited by anyone once refused.)
    void started.catch(() => undefined);
    expect(await problemOf(fetchDatasetText('data:application/json,{}', base, { cancel, started }))).toEqual({
      code: 'not-http',
      params: { protocol: 'data:' },
    });
    expect(cancel.signal.aborted).toBe(true);
  });

  it('stops past the size limit and names it', async () => {
    expect(await problemOf(fetchDatasetText(`${base}/huge`, base))).toEqual({ code: 'larger-than-limit', params: { limitBytes: MB5 } });
    expect(await problemOf(fetchDatasetText(`${base}/declared`, base))).toEqual({
      code: 'file-too-large',
      params: { bytes: MB5 + 1, limitBytes: MB5 },
    });
    const file = new File(['x'.repeat(MB5 + 1)], 'big.json');
    expect(await problemOf(readFileDecoded(file))).toEqual({ code: 'file-too-large', params: { bytes: MB5 + 1, limitBytes: MB5 } });
  });

  it('refuses other schemes', async () => {
    expect(await problemOf(fetchDatasetText('javascript:alert(1)', base))).toEqual({
      code: 'not-http',
      params: { protocol: 'javascript:' },
    });
    expect(await problemOf(fetchDatasetText('file:///etc/passwd', base))).toEqual({ code: 'not-http', params: { protocol: 'file:' } });
    expect(await problemOf(fetchDatasetText('http://[', 'about:blank'))).toEqual({
      code: 'not-an-address',
      params: { address: 'http://[' },
    });
  });

  it('says what the server answered, or that it could not be reached', async () => {
    expect(await problemOf(fetchDatasetText(`${base}/missing`, base))).toEqual({
      code: 'http-status',
      params: { url: `${base}/missing`, status: 404, statusText: 'Not Found' },
    });
    const closed = await problemOf(fetchDatasetText('http://127.0.0.1:1/d.json', base));
    expect(closed).toMatchObject({ code: 'fetch-failed', params: { url: 'http://127.0.0.1:1/d.json' } });
  });

  it('reports anything else that fails as a reason', () => {
    expect(loadProblem(new TypeError('boom'))).toEqual({ code: 'read-failed', params: { reason: 'TypeError: boom' } });
  });
});
