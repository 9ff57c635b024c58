import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDatasetText } from '../../src/load/readSources';

describe('fetching ?data=', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/slow') return; // never answers
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
    await expect(fetchDatasetText(`${base}/slow`, base, 200)).rejects.toThrow(`${base}/slow did not answer within 0.2 s`);
  });

  it('stops past the size limit and names it', async () => {
    await expect(fetchDatasetText(`${base}/huge`, base)).rejects.toThrow(/is larger than 5 MB, the most a dataset may be/);
  });

  it('refuses other schemes', async () => {
    await expect(fetchDatasetText('javascript:alert(1)', base)).rejects.toThrow('only http(s) addresses can be loaded, not javascript:');
    await expect(fetchDatasetText('file:///etc/passwd', base)).rejects.toThrow('only http(s) addresses can be loaded, not file:');
  });
});
