// A small static server for the built site (dist/), used by `npm start` and the end-to-end tests. It behaves like
// the static hosts we target: `/a/` serves `/a/index.html`, `/a` redirects to `/a/`, anything else is 404.html
// with status 404, and every response carries the headers of dist/_headers (Netlify / Cloudflare Pages syntax), so
// the end-to-end tests see the same Content-Security-Policy as production. Like those hosts it does not serve
// `_headers` itself, answers only GET and HEAD, and honours a single byte range. It listens on loopback unless HOST
// says otherwise, and treats every request as hostile: a malformed one gets 400, and no request can stop it, leave
// the site folder or redirect to another host. Plain JavaScript so that it runs on any Node without a build step.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, posix, resolve, sep } from 'node:path';

const root = resolve(process.env.SITE_DIR ?? 'dist');
const port = Number(process.env.PORT ?? process.argv[2] ?? 4321);
// A preview has no business on the network: loopback unless HOST widens it (HOST=0.0.0.0). Both loopback
// addresses, because `localhost` resolves to 127.0.0.1 on some machines and to ::1 on others.
const hosts = process.env.HOST ? [process.env.HOST] : ['127.0.0.1', '::1'];

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
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
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

// Files the host reads as configuration and never publishes.
const hidden = new Set(['/_headers', '/_redirects']);

async function isFile(path) {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * The path and query of a request target, the path decoded and normalised, or undefined when it is malformed.
 * Parsed by hand: `new URL` throws on targets such as `//[` and reads `//evil.example/` as another host.
 */
function parseTarget(target) {
  // RFC 9112 allows only visible ASCII in a request target; browsers percent-encode everything else.
  if (!/^[\x21-\x7e]+$/.test(target)) return undefined;
  let rest = target;
  // Absolute form (`GET http://host/path`), which servers must accept: its authority must still be a valid one.
  const absolute = /^https?:\/\/([^/?#]*)(.*)$/i.exec(target);
  if (absolute) {
    if (!URL.canParse(`http://${absolute[1]}/`)) return undefined;
    rest = absolute[2].startsWith('/') ? absolute[2] : `/${absolute[2]}`;
  } else if (!target.startsWith('/')) return undefined;
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  // Only the characters RFC 3986 allows in a path: `//[`, `/a|b` or `/\host` name nothing we publish.
  if (!/^[\w\-.~!$&'()*+,;=:@/%]+$/.test(path)) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  // No published file has a backslash or NUL in its name, and on Windows a backslash is a path separator.
  if (/[\\\0]/.test(decoded)) return undefined;
  // Dot segments resolve inside the site (`/../x` is `/x`) and repeated slashes collapse, so the path can neither
  // leave the folder nor start a redirect with `//`.
  return { pathname: posix.normalize(decoded), query: q < 0 ? '' : rest.slice(q) };
}

async function find(pathname) {
  if (hidden.has(pathname.toLowerCase())) return { status: 404 };
  const path = join(root, pathname);
  if (path !== root && !path.startsWith(root + sep)) return { status: 404 };
  if (pathname.endsWith('/'))
    return (await isFile(join(path, 'index.html'))) ? { status: 200, file: join(path, 'index.html') } : { status: 404 };
  if (await isFile(path)) return { status: 200, file: path };
  if (await isFile(join(path, 'index.html'))) return { status: 301 };
  return { status: 404 };
}

/**
 * The byte range a request asks for, as [first, last], 'unsatisfiable', or undefined for the whole file. Only a single
 * range on GET, and never with If-Range (we send no validators to compare): anything else gets the whole file with
 * 200, which RFC 9110 allows.
 */
function byteRange(req, size) {
  const header = req.headers.range;
  if (req.method !== 'GET' || !header || req.headers['if-range'] !== undefined) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  if (!m[1]) {
    const suffix = Number(m[2]);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : [Math.max(0, size - suffix), size - 1];
  }
  const first = Number(m[1]);
  const last = m[2] ? Number(m[2]) : Infinity;
  if (last < first) return undefined;
  return first >= size ? 'unsatisfiable' : [first, Math.min(last, size - 1)];
}

function send(req, res, status, headers, body = '') {
  const data = Buffer.from(body);
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers, 'content-length': data.length });
  res.end(req.method === 'HEAD' ? undefined : data);
}

async function respond(req, res) {
  const target = parseTarget(req.url ?? '');
  if (!target) return send(req, res, 400, headersFor('/'), 'Bad request\n');
  const { pathname, query } = target;
  const headers = headersFor(pathname);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(req, res, 405, { ...headers, allow: 'GET, HEAD' }, 'Method not allowed\n');
  }
  const found = await find(pathname);
  if (found.status === 301) {
    // Built from the normalised path, re-encoded, so it is always a path on this site.
    const location = `${pathname.split('/').map(encodeURIComponent).join('/')}/${query}`;
    return send(req, res, 301, { ...headers, location });
  }
  if (!found.file) {
    const page = await readFile(join(root, '404.html')).catch(() => undefined);
    return send(
      req,
      res,
      found.status,
      page ? { ...headers, 'content-type': types['.html'] } : headers,
      page ?? 'Not found\n',
    );
  }
  const body = await readFile(found.file);
  const fileHeaders = {
    ...headers,
    'content-type': types[extname(found.file)] ?? 'application/octet-stream',
    'accept-ranges': 'bytes',
  };
  const range = byteRange(req, body.length);
  if (range === 'unsatisfiable') {
    return send(req, res, 416, { ...headers, 'content-range': `bytes */${body.length}` });
  }
  if (range) {
    const [first, last] = range;
    const part = body.subarray(first, last + 1);
    return send(req, res, 206, { ...fileHeaders, 'content-range': `bytes ${first}-${last}/${body.length}` }, part);
  }
  send(req, res, 200, fileHeaders, body);
}

function handle(req, res) {
  // Whatever fails while answering one request (a file vanishing mid-read) ends that response, not the server.
  respond(req, res).catch((error) => {
    console.error(error);
    try {
      if (res.headersSent) res.destroy();
      else send(req, res, 500, headersFor('/'), 'Internal server error\n');
    } catch {
      res.destroy();
    }
  });
}

const listen = (host) =>
  new Promise((done, fail) => {
    const server = createServer(handle);
    server.on('error', (error) => {
      // A machine without IPv6 still serves localhost on 127.0.0.1.
      if (host === '::1' && !process.env.HOST && ['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(error.code))
        done(undefined);
      else fail(error);
    });
    server.listen({ port, host }, () => done(`http://${host.includes(':') ? `[${host}]` : host}:${port}/`));
  });

const urls = await Promise.all(hosts.map(listen));
console.log(`Serving ${root} on ${urls.filter(Boolean).join(' and ')}`);
