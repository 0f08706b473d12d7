// A small static server for the built site (dist/), used by `npm start` and the end-to-end tests. It behaves like
// the static hosts we target: `/a/` serves `/a/index.html`, `/a` redirects to `/a/`, anything else is 404.html
// with status 404, and every response carries the headers of dist/_headers (Netlify / Cloudflare Pages syntax), so
// the end-to-end tests see the same Content-Security-Policy as production. Plain JavaScript so that it runs on any
// Node without a build step.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const root = join(process.cwd(), process.env.SITE_DIR ?? 'dist');
const port = Number(process.env.PORT ?? process.argv[2] ?? 4321);
// No host by default: listen on every address, IPv4 and IPv6, so both localhost and 127.0.0.1 reach it.
const host = process.env.HOST;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** `_headers` rules: a path pattern (`*` matches anything) followed by indented `Name: value` lines. */
function readHeaderRules(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.warn(`No ${file}: serving without security headers (run npm run build)`);
    return [];
  }
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, headers: [] });
    } else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaderRules(join(root, '_headers'));
const headersFor = (pathname) =>
  Object.fromEntries(headerRules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers));

async function isFile(path) {
  return stat(path).then((s) => s.isFile(), () => false);
}

async function resolve(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, safe);
  if (!path.startsWith(root)) return { status: 404 };
  if (pathname.endsWith('/')) return (await isFile(join(path, 'index.html'))) ? { status: 200, file: join(path, 'index.html') } : { status: 404 };
  if (await isFile(path)) return { status: 200, file: path };
  if (await isFile(join(path, 'index.html'))) return { status: 301, location: `${pathname}/` };
  return { status: 404 };
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let found;
  try {
    found = await resolve(url.pathname);
  } catch {
    found = { status: 400 };
  }
  if (found.status === 301) {
    res.writeHead(301, { ...headersFor(url.pathname), location: found.location + url.search });
    return res.end();
  }
  const file = found.file ?? join(root, '404.html');
  const body = await readFile(file).catch(() => Buffer.from('Not found'));
  res.writeHead(found.file ? 200 : found.status, {
    ...headersFor(url.pathname),
    'content-type': types[extname(file)] ?? 'application/octet-stream',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen({ port, host }, () => console.log(`Serving ${root} on http://${host ?? 'localhost'}:${port}/`));
