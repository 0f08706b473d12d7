import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Each breakage is applied to a fresh copy of the real catalog; `npm run validate` (and, for some, the real
 * `astro build`) must then fail with a message that names the broken file and the field. Contributors only ever
 * see these messages, so their wording is part of the contract.
 */

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A copy of content/ in a temp folder, broken by `breakIt`, which receives a function resolving content paths. */
function brokenCatalog(breakIt: (at: (path: string) => string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'catalog-broken-'));
  temps.push(root);
  cpSync('content', root, { recursive: true });
  breakIt((path) => join(root, path));
  return root;
}

function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the breakage did not change ${file}: the test data moved, update this test`);
  writeFileSync(file, after);
}

function run(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

interface Breakage {
  what: string;
  breakIt: (at: (path: string) => string) => void;
  /** The file the message must name, relative to the content root. */
  file: string;
  /** The field (or path segment) the message must name, as it appears after the file name. */
  field: string;
}

const entry = 'errors/agora-stt/code/20.yaml';
const zhEntry = 'errors/alibaba-nls/code/40000001.yaml';
const translatedEntry = 'errors/alibaba-nls/code/40000000.yaml';

const breakages: Breakage[] = [
  {
    what: 'a required field is missing',
    breakIt: (at) => edit(at(entry), (t) => t.replace(/^title: .*\n/m, '')),
    file: entry,
    field: 'title',
  },
  {
    what: 'the category is not one of categories.ts',
    breakIt: (at) => edit(at(entry), (t) => t.replace(/^category: .*$/m, 'category: mystery-failure')),
    file: entry,
    field: 'category',
  },
  {
    what: 'the namespace folder is not code, http or message',
    breakIt: (at) => {
      cpSync(at('errors/agora-stt/code'), at('errors/agora-stt/status'), { recursive: true });
      rmSync(at('errors/agora-stt/code'), { recursive: true });
    },
    file: 'errors/agora-stt/status/20.yaml',
    field: 'namespace',
  },
  {
    what: 'the code is written as an unquoted number',
    breakIt: (at) => edit(at(entry), (t) => t.replace(/^code: "20"$/m, 'code: 20')),
    file: entry,
    field: 'code',
  },
  {
    what: 'two codes of a vendor differ only in letter case',
    breakIt: (at) => {
      const source = at('errors/scriptix/code/QUOTA_EXCEEDED.yaml');
      const copy = at('errors/scriptix/code/Quota_Exceeded.yaml');
      writeFileSync(copy, readFileSync(source, 'utf8').replace('code: "QUOTA_EXCEEDED"', 'code: "Quota_Exceeded"'));
    },
    file: 'errors/scriptix/code/',
    field: 'code',
  },
  {
    what: '`related` names an entry that does not exist',
    breakIt: (at) => edit(at(entry), (t) => `${t}related: [agora-stt/code/999]\n`),
    file: entry,
    field: 'related.0',
  },
  {
    what: 'the source is a plain-http URL',
    breakIt: (at) => edit(at(entry), (t) => `${t}source: http://docs.agora.io/en/help\n`),
    file: entry,
    field: 'source',
  },
  {
    what: 'the code contains a #',
    breakIt: (at) => {
      const text = readFileSync(at(entry), 'utf8').replace(/^code: "20"$/m, 'code: "20#1"');
      writeFileSync(at('errors/agora-stt/code/20#1.yaml'), text);
    },
    file: 'errors/agora-stt/code/20#1.yaml',
    field: 'code',
  },
  {
    what: 'a message containing " #" is not quoted, so YAML would cut it short',
    breakIt: (at) =>
      edit(at(entry), (t) =>
        t.replace('- text: "Caused by processing timeout."', '- text: Caused by processing #timeout.'),
      ),
    file: entry,
    field: 'text',
  },
  {
    what: 'a vendor folder has no vendor file',
    breakIt: (at) => rmSync(at('vendors/scriptix.md')),
    file: 'errors/scriptix/',
    field: 'vendors/scriptix.md',
  },
  {
    what: 'a message is not a string',
    breakIt: (at) => edit(at(entry), (t) => t.replace('- text: "Caused by processing timeout."', '- text: 42')),
    file: entry,
    field: 'messages.0.text',
  },
  {
    what: 'a placeholder does not occur in its message',
    breakIt: (at) => edit(at(zhEntry), (t) => t.replace(`placeholders: ["'xxx'"]`, `placeholders: ["{token}"]`)),
    file: zhEntry,
    field: 'placeholders.0',
  },
  {
    what: 'a date is not quoted, so YAML makes it a Date',
    breakIt: (at) => edit(at(entry), (t) => `${t}updated: 2026-01-15\n`),
    file: entry,
    field: 'updated',
  },
  {
    what: 'a Chinese message has no English translation',
    breakIt: (at) => edit(at(translatedEntry), (t) => t.replace(/^\s+translation: .*\n/m, '')),
    file: translatedEntry,
    field: 'translation',
  },
  {
    what: 'a code of two dots would publish outside its folder',
    breakIt: (at) =>
      writeFileSync(
        at('errors/agora-stt/code/...yaml'),
        readFileSync(at(entry), 'utf8').replace(/^code: "20"$/m, 'code: ".."'),
      ),
    file: 'errors/agora-stt/code/...yaml',
    field: 'code',
  },
  {
    what: 'a code that is a dotfile name',
    breakIt: (at) =>
      writeFileSync(
        at('errors/agora-stt/code/.hidden.yaml'),
        readFileSync(at(entry), 'utf8').replace(/^code: "20"$/m, 'code: ".hidden"'),
      ),
    file: 'errors/agora-stt/code/.hidden.yaml',
    field: 'code',
  },
  {
    what: 'a code ending like a published file name',
    breakIt: (at) =>
      writeFileSync(
        at('errors/agora-stt/code/20.json.yaml'),
        readFileSync(at(entry), 'utf8').replace(/^code: "20"$/m, 'code: "20.json"'),
      ),
    file: 'errors/agora-stt/code/20.json.yaml',
    field: 'code',
  },
  {
    what: 'an optional key is misspelt',
    breakIt: (at) => edit(at(entry), (t) => `${t}htttpStatus: 400\n`),
    file: entry,
    field: 'htttpStatus',
  },
  {
    what: 'replacedBy names the entry itself',
    breakIt: (at) => edit(at(entry), (t) => `${t}retired: true\nreplacedBy: agora-stt/code/20\n`),
    file: entry,
    field: 'replacedBy',
  },
  {
    what: 'replacedBy is set on an entry that is not retired',
    breakIt: (at) => edit(at(entry), (t) => `${t}replacedBy: agora-stt/code/23\n`),
    file: entry,
    field: 'replacedBy',
  },
  {
    what: 'the file is Latin-1, not UTF-8',
    breakIt: (at) =>
      writeFileSync(at(entry), Buffer.concat([readFileSync(at(entry)), Buffer.from('notes: caf\xe9\n', 'latin1')])),
    file: entry,
    field: 'UTF-8',
  },
  {
    what: 'a message is 5 MB long',
    breakIt: (at) =>
      edit(at(entry), (t) =>
        t.replace('- text: "Caused by processing timeout."', `- text: "${'x'.repeat(5_000_000)}"`),
      ),
    file: entry,
    field: 'messages.0.text',
  },
  {
    what: 'the title contains a right-to-left override',
    breakIt: (at) =>
      edit(at(entry), (t) => t.replace('title: Processing timed out', 'title: "Processing \u202Etuo demit"')),
    file: entry,
    field: 'title',
  },
  {
    what: 'a vendor page links to javascript:',
    breakIt: (at) => edit(at('vendors/scriptix.md'), (t) => `${t}\nSee [the console](javascript:alert(1)).\n`),
    file: 'vendors/scriptix.md',
    field: 'body',
  },
  {
    what: 'a related link goes one way only',
    breakIt: (at) => edit(at(entry), (t) => `${t}related: [agora-stt/code/23]\n`),
    file: entry,
    field: 'related.0',
  },
];

describe('a broken catalog fails `npm run validate` with the file and the field', () => {
  test('the suite breaks the catalog in at least ten distinct ways', () => {
    expect(new Set(breakages.map((b) => b.what)).size).toBeGreaterThanOrEqual(10);
  });

  test('the unbroken copy passes, so each failure below is the breakage’s doing', async () => {
    const root = brokenCatalog(() => {});
    const { status, output } = await run('npx', ['tsx', 'scripts/validate.ts'], { CATALOG_CONTENT: root });
    expect(output).toContain('0 problems');
    expect(status).toBe(0);
  }, 60_000);

  for (const b of breakages) {
    test.concurrent(`${b.what}: the message names ${b.file} and ${b.field}`, async () => {
      const root = brokenCatalog(b.breakIt);
      const { status, output } = await run('npx', ['tsx', 'scripts/validate.ts'], { CATALOG_CONTENT: root });
      expect(status).not.toBe(0);
      const lines = output.split('\n').filter((l) => l.includes(b.file));
      expect(lines.length, output).toBeGreaterThan(0);
      expect(
        lines.some((l) => l.includes(b.field)),
        lines.join('\n'),
      ).toBe(true);
    }, 120_000);
  }
});

describe('a broken catalog fails the real build with the file and the field', () => {
  // Astro on its own lets a dangling `related` id through with exit code 0; the catalog-integrity integration
  // (the catalog check in src/integrations/files.ts) must stop it.
  test('a dangling `related` id stops `astro build` and names the file and the field', async () => {
    const b = breakages.find((x) => x.field === 'related.0')!;
    const root = brokenCatalog(b.breakIt);
    const out = join(root, 'dist');
    const { status, output } = await run('npx', ['astro', 'build', '--outDir', out], { CATALOG_CONTENT: root });
    expect(status).not.toBe(0);
    expect(
      output.split('\n').some((l) => l.includes(b.file) && l.includes(b.field)),
      output,
    ).toBe(true);
  }, 180_000);
});
