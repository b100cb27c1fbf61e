import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A one-page site on 127.0.0.1. */
export interface PageServer {
  /** `http://127.0.0.1:<port>/`, the page that loads the script. */
  url: string;
  close(): Promise<void>;
}

/** Serves `/` (an HTML page loading `/page.js` as a module) and `/page.js` (the given script). */
export async function servePage(script: string): Promise<PageServer> {
  const html = '<!doctype html><meta charset="utf-8"><title>bedrock-kit runtime test</title><link rel="icon" href="data:,"><script type="module" src="/page.js"></script>';
  const server = createServer((request, response) => {
    if (request.url === '/page.js') response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    else if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
