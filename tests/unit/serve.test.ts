import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';

/**
 * scripts/serve.mjs (`npm start`, `npm run preview`, the end-to-end tests) against hostile input (issue 18). The real
 * server runs as a child process over a small site; requests are written raw with node:net, so malformed request
 * targets reach it byte for byte, as no HTTP client would send them.
 */

const script = resolve('scripts/serve.mjs');
const work = mkdtempSync(join(tmpdir(), 'serve-test-'));
// SITE_DIR is relative to the working directory, as `npm start` and the fixture site use it.
const site = join(work, 'site');
const secret = 'SECRET-OUTSIDE-THE-SITE';
const file = '0123456789abcdefghij';
const rule = 'X-Test-Rule: applied';

function writeSite() {
  mkdirSync(join(site, 'a'), { recursive: true });
  mkdirSync(join(site, 'evil.example'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(site, 'a', 'index.html'), '<!doctype html><title>a</title>');
  writeFileSync(join(site, 'evil.example', 'index.html'), '<!doctype html><title>local evil.example</title>');
  writeFileSync(join(site, 'file.txt'), file);
  writeFileSync(join(site, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(site, '_headers'), `/*\n  ${rule}\n`);
  // Beside the site folder, where no request may reach.
  writeFileSync(join(work, 'package.json'), secret);
  mkdirSync(join(work, 'site-other'), { recursive: true });
  writeFileSync(join(work, 'site-other', 'secret.txt'), secret);
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

interface Server {
  process: ChildProcess;
  port: number;
  output: string;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });

async function start(env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, SITE_DIR: 'site', ...env };
  for (const name of ['HOST', 'PORT']) if (!(name in env)) delete childEnv[name];
  const child = spawn(process.execPath, [script, String(port)], {
    cwd: work,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server: Server = { process: child, port, output: '' };
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start: ${server.output}`)), 10_000);
    const read = (chunk: Buffer) => {
      server.output += chunk.toString();
      if (/Serving .*\n/.test(server.output)) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => (server.output += chunk.toString()));
    child.on('exit', () => fail(new Error(`server exited: ${server.output}`)));
  });
  return server;
}

const alive = (s: Server | undefined) =>
  s !== undefined && s.process.exitCode === null && s.process.signalCode === null;

function stop(s: Server | undefined) {
  if (alive(s)) s!.process.kill();
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, eol).toString(), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

/** One request written as is on a fresh connection; the whole reply, read until the server closes. */
function raw(
  target: string,
  options: { method?: string; headers?: string[]; body?: string; port?: number; host?: string } = {},
) {
  const { method = 'GET', headers = [], body = '', port = server.port, host = '127.0.0.1' } = options;
  return new Promise<Reply>((done, fail) => {
    const socket = connect({ port, host });
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error(`no reply to ${method} ${target}`)));
    socket.on('connect', () => {
      const lines = [`${method} ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close', ...headers];
      if (body) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
      socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      if (split < 0) return fail(new Error(`no HTTP reply to ${method} ${target}: ${JSON.stringify(all.toString())}`));
      const [statusLine, ...headerLines] = all.subarray(0, split).toString('latin1').split('\r\n');
      const replyHeaders: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        replyHeaders[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let replyBody: Buffer = all.subarray(split + 4);
      if (replyHeaders['transfer-encoding'] === 'chunked') replyBody = dechunk(replyBody);
      done({ status: Number(statusLine!.split(' ')[1]), headers: replyHeaders, body: replyBody });
    });
  });
}

/** A request through node:http, by host name, as a browser or curl would send it. */
function get(url: string) {
  return new Promise<number>((done, fail) => {
    const req = httpRequest(url, { agent: false, timeout: 5000 }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode!));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout on ${url}`)));
    req.on('error', fail);
    req.end();
  });
}

/** Whether a TCP connection to host:port is accepted. */
const reachable = (host: string, port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect({ host, port });
    socket.setTimeout(2000, () => {
      socket.destroy();
      done(false);
    });
    socket.on('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.on('error', () => done(false));
  });

async function expectStillServing() {
  expect(alive(server), `the server exited:\n${server.output}`).toBe(true);
  const home = await raw('/');
  expect(home.status).toBe(200);
  expect(home.body.toString()).toContain('<title>home</title>');
}

const otherAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

let server: Server;
let ipv6Loopback = false;

beforeAll(async () => {
  writeSite();
  ipv6Loopback = await new Promise<boolean>((done) => {
    const probe = createServer().listen(0, '::1', () => probe.close(() => done(true)));
    probe.on('error', () => done(false));
  });
  server = await start();
});

// A request that stopped the server must fail its own test, not every test after it.
beforeEach(async () => {
  if (
    alive(server) &&
    (await raw('/').then(
      (r) => r.status === 200,
      () => false,
    ))
  )
    return;
  stop(server);
  server = await start();
});

afterAll(() => {
  stop(server);
  rmSync(work, { recursive: true, force: true });
});

describe('scripts/serve.mjs serves a site as a static host does', () => {
  test('directories, files, the 404 page and the rules of _headers', async () => {
    const home = await raw('/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.headers['x-test-rule']).toBe('applied');
    expect((await raw('/a/')).body.toString()).toContain('<title>a</title>');
    expect((await raw('/file.txt')).body.toString()).toBe(file);
    const redirect = await raw('/a?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/a/?x=1');
    const missing = await raw('/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('<title>not found</title>');
    expect(missing.headers['x-test-rule']).toBe('applied');
    // Absolute form, which RFC 9112 requires a server to accept.
    expect((await raw('http://127.0.0.1/a/')).status).toBe(200);
  });
});

describe('malformed requests', () => {
  test.each([
    '//[',
    '//[/',
    '/[::1]',
    'http://[',
    'http://[/',
    'http://localhost:99999/',
    '/%',
    '/a%zz',
    '/%E0%A4%A',
    '/a%00b',
    '*',
    'index.html',
    'ftp://127.0.0.1/',
    '/caf\u00e9',
  ])('%j gets 400 and the server keeps answering', async (target) => {
    const reply = await raw(target).catch((error: Error) => ({
      status: 0,
      headers: {},
      body: Buffer.from(error.message),
    }));
    expect(reply.status).toBe(400);
    await expectStillServing();
  });

  test('a client that hangs up mid-request, or sends garbage, does not stop the server', async () => {
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((done) => {
        const socket = connect({ port: server.port, host: '127.0.0.1' }, () => {
          socket.write(
            i % 2 ? 'GET /file.txt HTTP/1.1\r\nHost: x\r\nRange: bytes=0-1\r\n\r\n' : '\x00\x01 nonsense\r\n\r\n',
          );
          socket.destroy();
          done();
        });
        socket.on('error', () => done());
      });
    }
    await expectStillServing();
  });
});

describe('methods', () => {
  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s gets 405 with Allow: GET, HEAD', async (method) => {
    for (const target of ['/', '/file.txt', '/nothing-here']) {
      const reply = await raw(target, { method, body: method === 'OPTIONS' ? '' : 'x=1' });
      expect(reply.status, `${method} ${target}`).toBe(405);
      expect(reply.headers.allow).toBe('GET, HEAD');
    }
    await expectStillServing();
  });

  test('HEAD sends the headers of GET and no body', async () => {
    for (const [target, status] of [
      ['/', 200],
      ['/file.txt', 200],
      ['/nothing-here', 404],
      ['/a', 301],
    ] as const) {
      const [head, full] = [await raw(target, { method: 'HEAD' }), await raw(target)];
      expect(head.status, target).toBe(status);
      expect(head.body.length, target).toBe(0);
      expect(head.headers['content-length'], target).toBe(String(full.body.length));
      expect(head.headers['content-type'], target).toBe(full.headers['content-type']);
    }
  });
});

describe('the host configuration file', () => {
  test.each([
    '/_headers',
    '/%5Fheaders',
    '/%5fheaders',
    '//_headers',
    '/a/../_headers',
    '/a/%2e%2e/_headers',
    '/./_headers',
    '/_HEADERS',
    'http://127.0.0.1/_headers',
  ])('%s is not served', async (target) => {
    for (const method of ['GET', 'HEAD']) {
      const reply = await raw(target, { method });
      expect(reply.status, `${method} ${target}`).toBe(404);
      expect(reply.body.toString()).not.toContain('X-Test-Rule');
    }
  });
});

describe('range requests are honoured', () => {
  test.each([
    ['bytes=2-5', 2, 5],
    ['bytes=0-0', 0, 0],
    ['bytes=15-', 15, 19],
    ['bytes=-3', 17, 19],
    ['bytes=-100', 0, 19],
    ['bytes=10-1000', 10, 19],
  ])('%s gets 206 with Content-Range', async (range, start, end) => {
    const reply = await raw('/file.txt', { headers: [`Range: ${range}`] });
    expect(reply.status).toBe(206);
    expect(reply.headers['content-range']).toBe(`bytes ${start}-${end}/${file.length}`);
    expect(reply.headers['content-length']).toBe(String(end - start + 1));
    expect(reply.body.toString()).toBe(file.slice(start, end + 1));
    expect(reply.headers['x-test-rule']).toBe('applied');
  });

  test.each(['bytes=20-', 'bytes=20-30', 'bytes=999999999999999999999-', 'bytes=-0'])(
    '%s gets 416 with Content-Range: bytes */size',
    async (range) => {
      const reply = await raw('/file.txt', { headers: [`Range: ${range}`] });
      expect(reply.status).toBe(416);
      expect(reply.headers['content-range']).toBe(`bytes */${file.length}`);
    },
  );

  test.each(['bytes=5-2', 'bytes=0-1,4-5', 'items=0-3', 'bytes=', 'bytes=-', 'bytes=a-b'])(
    'an invalid or multiple range (%s) is ignored: 200 with the whole file',
    async (range) => {
      const reply = await raw('/file.txt', { headers: [`Range: ${range}`] });
      expect(reply.status).toBe(200);
      expect(reply.body.toString()).toBe(file);
    },
  );

  test('Range is ignored on HEAD, with If-Range, and on the 404 page; files advertise Accept-Ranges', async () => {
    const head = await raw('/file.txt', { method: 'HEAD', headers: ['Range: bytes=2-5'] });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(file.length));
    const conditional = await raw('/file.txt', { headers: ['Range: bytes=2-5', 'If-Range: "some-etag"'] });
    expect(conditional.status).toBe(200);
    expect(conditional.body.toString()).toBe(file);
    const missing = await raw('/nothing-here', { headers: ['Range: bytes=2-5'] });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('<title>not found</title>');
    expect((await raw('/file.txt')).headers['accept-ranges']).toBe('bytes');
  });
});

describe('redirects stay on the site', () => {
  test.each([
    '/.//evil.example/..%2f',
    '/.//evil.example/..%2f?x=1',
    '//evil.example/',
    '//evil.example',
    '///evil.example',
    '/%2F%2Fevil.example',
    '/%2f%2fevil.example/..%2f',
    '/.%2F%2Fevil.example',
    '/./%2F/evil.example',
    '/\\evil.example',
    '/\\\\evil.example',
    '/%5Cevil.example',
    '/%5C%5Cevil.example',
    '/%5C/evil.example',
    'http://127.0.0.1//evil.example/..%2f',
    'http://127.0.0.1/.//evil.example',
  ])('%j never redirects off-site', async (target) => {
    const reply = await raw(target);
    expect(reply.status).toBeLessThan(500);
    const location = reply.headers.location;
    if (reply.status >= 300 && reply.status < 400) expect(location).toBeDefined();
    if (location !== undefined) {
      expect(location).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, `http://127.0.0.1:${server.port}/`).origin).toBe(`http://127.0.0.1:${server.port}`);
    }
    await expectStillServing();
  });
});

describe('path traversal', () => {
  test.each([
    '/../package.json',
    '/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/.%2e/package.json',
    '/..%2fpackage.json',
    '/..%2Fpackage.json',
    '/..%5cpackage.json',
    '/..%5Cpackage.json',
    '/%2e%2e%5cpackage.json',
    '/..\\package.json',
    '/a/../../package.json',
    '/a/%2e%2e/%2e%2e/package.json',
    '/a/..%2f..%2fpackage.json',
    '/../site-other/secret.txt',
    '/..%2fsite-other%2fsecret.txt',
    'http://127.0.0.1/../package.json',
    'http://127.0.0.1/%2e%2e/package.json',
  ])('%j serves nothing outside the site folder', async (target) => {
    for (const method of ['GET', 'HEAD']) {
      const reply = await raw(target, { method });
      expect(reply.status, `${method} ${target}`).not.toBe(200);
      expect(reply.body.toString()).not.toContain(secret);
    }
    await expectStillServing();
  });
});

describe('listening', () => {
  test('listens on loopback only by default, for localhost, 127.0.0.1 and ::1, and prints its URL', async () => {
    expect(server.output).toContain(`http://127.0.0.1:${server.port}/`);
    expect(await get(`http://127.0.0.1:${server.port}/`)).toBe(200);
    expect(await get(`http://localhost:${server.port}/`)).toBe(200);
    if (ipv6Loopback) expect(await get(`http://[::1]:${server.port}/`)).toBe(200);
  });

  test.skipIf(!otherAddress)('is not reachable on the machine’s other addresses by default', async () => {
    expect(await reachable(otherAddress!, server.port)).toBe(false);
  });

  test.skipIf(!otherAddress)('HOST widens it and the URL printed says so', async () => {
    const wide = await start({ HOST: '0.0.0.0' });
    try {
      expect(wide.output).toContain(`http://0.0.0.0:${wide.port}/`);
      expect(await reachable(otherAddress!, wide.port)).toBe(true);
      expect(await get(`http://127.0.0.1:${wide.port}/`)).toBe(200);
    } finally {
      stop(wide);
    }
  });
});
