import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { codeSpan, entryMarkdown, escapeMarkdown, markdownLink } from '../../src/lib/markdown';
import type { CodeModel } from '../../src/lib/model';
import { planSite } from '../../src/lib/plan';
import { threadFile } from '../../src/lib/siblings';
import { entryMarkdownUrl } from '../../src/lib/urls';
import { languageNames } from '../../src/lib/vocabulary';
import { catalog, decode, entries, modelAt } from '../support/site';

/**
 * What a CommonMark + GFM reader shows for our Markdown must be the text we escaped, character for character: a vendor
 * message is an identifier, so `&copy;`, `~~x~~`, `1) first` or a URL ending in `_` must come out as written.
 */

const site = 'https://errors.example.test';
const options = { extensions: [gfm()], htmlExtensions: [gfmHtml()] };
const html = (md: string): string => micromark(md, options);
/** The catalog-wide checks render thousands of documents. */
const slow = { timeout: 120_000 };
/** The text a reader sees: tags stripped, entities decoded. */
const text = (fragment: string): string => decode(fragment.replace(/<[^>]*>/g, ''));

/** Renders escaped text as a document of its own: it must stay one paragraph whose text is the input. */
function asParagraph(md: string): string {
  const out = html(md);
  const m = /^<p>([\s\S]*)<\/p>$/.exec(out);
  if (!m || /<\/p>/.test(m[1]!)) return `not one paragraph: ${out}`;
  return text(m[1]!);
}

const probes = [
  '&copy; 2026 and &amp; and &#169; and &#x41;',
  '~~x~~',
  '~x~ and a~b~c',
  '1) first',
  '1. first',
  '+ plus',
  '- item',
  '* star',
  '*a*',
  '**a**',
  '_a_',
  '__a__',
  'snake_case_name and _private and trailing_',
  '`code`',
  '[x](y)',
  '![alt](src)',
  '[ref]: /url',
  '<b>bold</b>',
  '<https://x.example/>',
  '# h',
  '###### h6',
  '> q',
  '|a|b|',
  '\\\\',
  'a\\b and C:\\path\\_x',
  'https://x.example/a_',
  'see https://x.example/a_b, then www.x.example/c_.',
  '(https://x.example/a).',
  'https://x.example/~user/*x*',
  'http://x.example/a&copy; and www.x.example/[b]',
  'mail a_b@c.example now',
  'trailing spaces  ',
  '  leading spaces',
  '    four spaces is code',
  '\ttab first',
  '---',
  '***',
  '___',
  '- - -',
  '===',
  '```',
  '~~~',
  '<!-- comment -->',
  '\\*not escaped\\*',
  'a | b',
  'x<y>z',
  '&',
  'AT&T; R&D',
];

/** Deterministic strings drawn from the characters Markdown cares about, for what no probe thought of. */
function* generated(count: number): Generator<string> {
  const pieces = [
    '*',
    '_',
    '~',
    '`',
    '\\',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    '|',
    '&',
    '#',
    ';',
    '!',
    '-',
    '+',
    '=',
    '.',
    ')',
    ':',
    '/',
    ' ',
    ' ',
    '  ',
    'a',
    'b',
    '1',
    'é',
    'x_y',
    '&amp;',
    '&#35;',
    'https://x.example/',
    'www.',
    '@',
    'q.example',
    '\n',
  ];
  let seed = 18;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let n = 0; n < count; n++) {
    let s = '';
    const len = 1 + Math.floor(next() * 10);
    for (let i = 0; i < len; i++) s += pieces[Math.floor(next() * pieces.length)];
    // Single lines: a blank line inside a value is two paragraphs by design (`paragraphs` splits there).
    yield s.replace(/\n/g, ' ');
  }
}

describe('escapeMarkdown round-trips through a CommonMark + GFM renderer', () => {
  it.each(probes)('%j', (probe) => {
    expect(asParagraph(escapeMarkdown(probe))).toBe(probe);
  });

  it('keeps multi-line text line for line', () => {
    for (const t of ['a\n- b', 'a\n===', 'a  \nb', 'a\n  # b', 'title\n---', 'x\n1) y']) {
      expect(asParagraph(escapeMarkdown(t)), JSON.stringify(t)).toBe(t);
    }
  });

  it('round-trips generated hostile text', slow, () => {
    const failed = [...generated(3000)].filter((s) => asParagraph(escapeMarkdown(s)) !== s);
    expect(failed).toEqual([]);
  });

  it('round-trips inside link text and after a list marker, where the sibling files put it', slow, () => {
    for (const probe of [...probes, ...generated(500)]) {
      const link = html(markdownLink(probe, 'https://x.example/'));
      const inner = /^<p><a href="https:\/\/x\.example\/">([\s\S]*)<\/a><\/p>$/.exec(link)?.[1];
      expect(inner !== undefined && !/<a /.test(inner) ? text(inner) : link, `link ${JSON.stringify(probe)}`).toBe(
        probe,
      );
      const item = html(`- Note: ${escapeMarkdown(probe)}`);
      expect(/^<ul>\n<li>([\s\S]*)<\/li>\n<\/ul>$/.exec(item)?.[1], `list ${JSON.stringify(probe)}`).toBeDefined();
      expect(text(item).replace(/^\n|\n$/g, ''), `list ${JSON.stringify(probe)}`).toBe(`Note: ${probe}`);
    }
  });

  it('leaves plain prose and identifiers readable', () => {
    expect(escapeMarkdown('read retry_after, not _this_')).toBe('read retry_after, not \\_this\\_');
    expect(escapeMarkdown('Check the API key.')).toBe('Check the API key.');
    expect(escapeMarkdown('AT&T')).toBe('AT&T');
    expect(escapeMarkdown('see https://x.example/a_b.')).toBe('see https://x.example/a_b.');
  });
});

describe('codeSpan round-trips', () => {
  it.each([' padded ', '`tick', 'a ``b`` c', ' ', '  two  ', '|pipe|', '&copy;', '\\'])('%j', (t) => {
    const out = html(codeSpan(t));
    expect(/^<p><code>([\s\S]*)<\/code><\/p>$/.exec(out)?.[1], out).toBeDefined();
    expect(text(out)).toBe(t);
  });
});

/** The code page's Markdown sibling, rendered, split into its `## ` sections. */
function sections(md: string): { h1: string; byHeading: Map<string, string> } {
  const out = html(md);
  const h1 = /^<h1>([\s\S]*?)<\/h1>/.exec(out)?.[1] ?? '';
  const byHeading = new Map<string, string>();
  for (const part of out.split(/<h2>/).slice(1)) {
    const end = part.indexOf('</h2>');
    byHeading.set(text(part.slice(0, end)), part.slice(end + 5));
  }
  return { h1: text(h1), byHeading };
}
const blocks = (fragment: string | undefined, tag: string): string[] =>
  [...(fragment ?? '').matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => text(m[1]!));

describe('every code page’s Markdown sibling shows each escaped field exactly', () => {
  const plan = planSite(catalog);
  const source = { ...catalog, site };
  const byEntry = new Map(plan.flatMap((f) => (f.kind === 'code-md' ? [[f.entry, f] as const] : [])));

  it('covers the whole catalog', () => {
    expect(byEntry.size).toBe(entries.length);
    expect(entries.length).toBeGreaterThan(0);
  });

  it('every field, alone, round-trips', slow, () => {
    const failed: string[] = [];
    for (const e of entries) {
      const m = modelAt(e, site);
      for (const value of escapedFields(m)) {
        if (asParagraph(escapeMarkdown(value)) !== value) failed.push(`${e.id}: ${JSON.stringify(value)}`);
      }
      for (const value of codeFields(m)) {
        if (text(html(codeSpan(value))).replace(/\n$/, '') !== value)
          failed.push(`${e.id}: code ${JSON.stringify(value)}`);
      }
    }
    expect(failed).toEqual([]);
  });

  it('the published .md, rendered, has the title, messages, cause, fix, notes and source as written', slow, () => {
    for (const e of entries) {
      const file = threadFile(byEntry.get(e.id)!, source);
      expect(file?.path).toBe(entryMarkdownUrl(e));
      const m = modelAt(e, site);
      const md = entryMarkdown(m, site);
      expect(file?.body).toBe(md);
      const { h1, byHeading } = sections(md);
      expect(h1, e.id).toBe(`${m.display}: ${m.title} (${m.vendor.name})`);

      const described = m.messages.every((msg) => msg.kind === 'description');
      const heading = (described ? 'SDK description' : 'Message') + (m.messages.length > 1 ? 's' : '');
      const messages = blocks(byHeading.get(heading), 'li');
      expect(messages, e.id).toEqual(
        m.messages.map((msg) => {
          const extra = [
            msg.kind === 'description' && !described ? 'the SDK’s description of the error, not printed' : '',
            msg.lang !== 'en'
              ? `${languageNames[msg.lang]}${msg.translation ? `; in English: ${msg.translation}` : ''}`
              : '',
            msg.printed ? `The API prints: ${msg.printed}` : '',
            msg.contexts.length ? `Where: ${msg.contexts.join(', ')}` : '',
            msg.source ? `Read at ${msg.source}` : '',
            msg.placeholders.length ? `Filled in by the API: ${msg.placeholders.join(', ')}` : '',
          ].filter(Boolean);
          return `${msg.text.replace(/\n/g, ' ')}${extra.length ? ` (${extra.join('. ')})` : ''}`;
        }),
      );
      const labels = blocks(byHeading.get('What you see'), 'p');
      expect(labels, e.id).toEqual(
        m.examples.map(
          (x) =>
            `${x.label} (${x.source === 'docs' ? 'verbatim from the vendor’s documentation' : 'built by us from the documented format'}):`,
        ),
      );
      expect(blocks(byHeading.get('What happened'), 'p'), e.id).toEqual(m.cause);
      expect(blocks(byHeading.get('How to fix it'), 'p'), e.id).toEqual(m.fix);
      expect(blocks(byHeading.get('Retry'), 'p')[0], e.id).toBe(`${m.retry.title}. ${m.retry.text}`);
      if (m.notes.length) expect(blocks(byHeading.get('Notes on the documentation'), 'p'), e.id).toEqual(m.notes);
      expect(blocks(byHeading.get('Related entries'), 'li'), e.id).toEqual(
        m.related.map((r) => `${r.display}: ${r.title}`),
      );
      expect(blocks(byHeading.get('Facts'), 'li'), e.id).toEqual(
        m.facts.map((f) => `${f.label}: ${f.value}${f.note ? ` ${f.note}` : ''}`),
      );
      if (m.sdks.length) {
        expect(
          blocks(byHeading.get('In each SDK'), 'td').filter((_, i) => i % 4 === 3),
          e.id,
        ).toEqual(m.sdks.map((s) => s.versions ?? 'all'));
      }
      expect(blocks(byHeading.get('Source'), 'p')[0], e.id).toContain(`section “${m.source.section}”`);
    }
  });
});

/** Every prose value `entryMarkdown` passes through `escapeMarkdown`. */
function escapedFields(m: CodeModel): string[] {
  return [
    m.title,
    m.vendor.name,
    m.category.title,
    ...m.messages.flatMap((msg) => [msg.translation ?? '', msg.contexts.join(', ')]),
    ...m.examples.map((x) => x.label),
    ...m.sdks.map((s) => s.versions ?? ''),
    ...m.cause,
    ...m.fix,
    m.retry.text,
    ...[...m.facts, ...m.retry.facts].flatMap((f) => [f.code ? '' : f.value, f.note ?? '']),
    ...m.notes,
    ...m.related.flatMap((r) => [r.display, r.title]),
    m.retired?.replacement?.display ?? '',
    m.source.section,
  ].filter(Boolean);
}

/** Every value `entryMarkdown` sets as a code span: the messages, the code, what the API prints. */
function codeFields(m: CodeModel): string[] {
  return [
    m.display,
    ...m.messages.flatMap((msg) => [msg.text, msg.printed ?? '', ...msg.placeholders]),
    ...[...m.facts, ...m.retry.facts].flatMap((f) => (f.code ? [f.value] : [])),
    ...m.sdks.flatMap((s) => [s.value ?? '', s.package ?? '']),
  ].filter(Boolean);
}
