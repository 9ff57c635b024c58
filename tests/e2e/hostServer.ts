import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

/** A newsroom page on another origin that embeds the app in iframes of the given widths. */
export async function startHostPage(
  appUrl: string,
  frames: { id: string; width: number; query: string }[],
  /** A script the article runs right after its iframes (a story sending its first step, say). */
  script = '',
): Promise<{ url: string; close(): Promise<void> }> {
  const iframes = frames
    .map(
      (f) =>
        `<div style="width:${f.width}px"><iframe data-capital-loop id="${f.id}" src="${new URL(`./?${f.query}`, appUrl).href}" style="border:0;width:100%;display:block" height="300" title="chart"></iframe></div>`,
    )
    .join('\n');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">
<p>An article about the AI loop.</p>
${iframes}
<script>
  window.cmsHeights = {};
  window.allMessages = [];
  addEventListener('message', function (e) { var d = e.data; window.allMessages.push(d); if (d && d['datawrapper-height']) Object.assign(window.cmsHeights, d['datawrapper-height']); });
</script>
<script>${script}</script>
<script src="${new URL('./embed-host.js', appUrl).href}"></script>
</body></html>`;
  const server: Server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // localhost vs 127.0.0.1: a different origin from the app, as on a real news site.
  return { url: `http://localhost:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Another site serving datasets (with CORS, as a data desk's server would). */
/** Serves `files`; a path in `delays` answers that many milliseconds late, like a slow server. */
export async function dataServer(files: Record<string, string>, delays: Record<string, number> = {}) {
  const server = createServer((request, response) => {
    const body = files[request.url ?? ''];
    const answer = () => {
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(body ?? 'not found');
    };
    const delay = delays[request.url ?? ''];
    if (delay === undefined) answer();
    else setTimeout(answer, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A folder served as plain files on an origin of its own (an article page published by a newsroom). */
export async function serveFiles(folder: string) {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://host').pathname.slice(1);
    const path = join(folder, name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(path)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': `${types[extname(name)] ?? 'application/octet-stream'}; charset=utf-8` });
    response.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    // localhost, not 127.0.0.1: another origin than the app's.
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
