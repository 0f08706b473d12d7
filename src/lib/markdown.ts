import { displayCode, type Entry, type Vendor } from './catalog';
import { type CodeModel, type Fact, onlyDescriptions } from './model';
import { absoluteUrl, entryMarkdownUrl, vendorUrl } from './urls';
import { languageNames, namespaceInfo } from './vocabulary';

/**
 * Code pages as clean Markdown (`/errors/<vendor>/<namespace>/<code>.md`), for people and tools that read text:
 * the same sections as the page, links absolute so the file works outside the site.
 */

/**
 * Escapes plain text so that a CommonMark + GFM reader shows exactly that text, wherever in a line it is inserted
 * (paragraph, heading, list item, link text, table cell): `*`, `` ` ``, `[`, `]`, `<`, `>`, `|`, `~` and `\`
 * always; `_` unless it sits between two letters or digits (`retry_after` stays readable, it cannot be emphasis
 * there); `&` only where it starts a character reference (`&copy;`, `&#169;`). At the start of each line, what would
 * open a block (`# `, `- `, `+ `, `1. `, `1) `, `---`, `===`); leading and trailing spaces and tabs become character
 * references, since Markdown drops them (and two trailing spaces would make a line break). A bare URL stays a link
 * when nothing in it needed escaping; otherwise it is kept from becoming one, because a GFM reader shows a link's
 * text as written, backslashes included.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 ? part : escapeLine(part)))
    .join('');
}

const wordish = /[\p{L}\p{M}\p{N}]/u;
const characterReference = /^&#?[A-Za-z0-9]+;/;
/** Where a GFM reader may start a literal autolink, up to where it could end (whitespace or `<`). */
const autolinkLiteral = /(https?)(:\/\/[^\s<]*)|(www)(\.[^\s<]*)/gi;
const whitespaceReference = (c: string): string => `&#${c.codePointAt(0)};`;

function escapeLine(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if ('\\`*[]<>|~'.includes(c)) out += `\\${c}`;
    else if (c === '_') out += wordish.test(line[i - 1] ?? '') && wordish.test(line[i + 1] ?? '') ? c : '\\_';
    else if (c === '&') out += characterReference.test(line.slice(i)) ? '\\&' : c;
    else out += c;
  }
  // Block syntax at the start of the line: a heading, a list item, a thematic break or setext underline.
  out = out
    .replace(/^(#{1,6})(?=[ \t]|$)/, '\\$1')
    .replace(/^[-+](?=[ \t]|$)/, '\\$&')
    .replace(/^[-=](?=[-=\s]*$)/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
  // Spaces and tabs at either end, which Markdown strips.
  out = out.replace(/^[ \t]/, whitespaceReference).replace(/[ \t]$/, whitespaceReference);
  // A literal autolink shows its source text, so one that would contain an escape must not become a link.
  return out.replace(autolinkLiteral, (all, scheme?: string, rest?: string, www?: string, after?: string) => {
    if (!/\\|&#/.test(all)) return all;
    const defeated = scheme ? `${scheme}\\${rest}` : `${www}\\${after}`;
    return defeated.replace(/(www)\./gi, '$1\\.').replace(/(https?):\/\//gi, '$1\\://');
  });
}

/**
 * A code span that survives backticks inside the text (a longer fence, padded when the text touches one) and keeps
 * the spaces at its ends (padded when both ends have one, which a reader would strip).
 */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  // A reader strips one space from each end when both ends have one, so such text gets one more.
  const spaced = /^ [\s\S]*[^ ][\s\S]* $/.test(text);
  const pad = text.startsWith('`') || text.endsWith('`') || spaced ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block that no backtick run inside the text can close. */
export function codeBlock(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

export const markdownLink = (text: string, url: string): string => `[${escapeMarkdown(text)}](${url})`;

/** The page of one entry as Markdown: its code model, the sections in the page's order, every link absolute. */
export function entryMarkdown(m: CodeModel, site: URL | string): string {
  const abs = (path: string) => absoluteUrl(path, site);
  const name = m.vendor.name;
  const out: string[] = [];
  const para = (list: readonly string[]) => out.push(...list.flatMap((p) => [escapeMarkdown(p), '']));
  const fact = (f: Fact) => {
    const value = f.code ? codeSpan(f.value) : escapeMarkdown(f.value);
    return `- ${f.label}: ${f.href ? `[${value}](${abs(f.href)})` : value}${f.note ? ` ${escapeMarkdown(f.note)}` : ''}`;
  };

  out.push(`# ${codeSpan(m.display)}: ${escapeMarkdown(m.title)} (${escapeMarkdown(name)})`, '');
  out.push(
    `${markdownLink(name, abs(m.vendor.path))} · ${m.namespace.title}` +
      `${m.httpStatus ? ` · HTTP ${m.httpStatus}` : ''} · ${markdownLink(m.category.title, abs(m.category.path))}` +
      ` · ${m.retry.title} · ${m.who.title} acts`,
    '',
  );
  if (m.retired) {
    const since = m.retired.since ? ` since ${m.retired.since}` : '';
    const r = m.retired.replacement;
    const by = r ? ` Replaced by ${markdownLink(r.display, abs(r.path))}.` : '';
    out.push(`> **Retired${since}:** ${escapeMarkdown(name)} no longer documents this error.${by}`, '');
  }

  out.push(`## ${m.messagesTitle}`, '');
  for (const msg of m.messages) {
    const extra = [
      msg.kind === 'description' && !onlyDescriptions(m.messages)
        ? 'the SDK’s description of the error, not printed'
        : '',
      msg.lang !== 'en'
        ? `${languageNames[msg.lang]}${msg.translation ? `; in English: ${escapeMarkdown(msg.translation)}` : ''}`
        : '',
      msg.printed ? `The API prints: ${codeSpan(msg.printed)}` : '',
      msg.contexts.length ? `Where: ${escapeMarkdown(msg.contexts.join(', '))}` : '',
      msg.source ? `Read at ${markdownLink(msg.source, msg.source)}` : '',
      msg.placeholders.length ? `Filled in by the API: ${msg.placeholders.map(codeSpan).join(', ')}` : '',
    ].filter(Boolean);
    out.push(`- ${codeSpan(msg.text)}${extra.length ? ` (${extra.join('. ')})` : ''}`);
  }
  out.push('', '## What you see', '');
  for (const x of m.examples) {
    const origin =
      x.source === 'docs' ? 'verbatim from the vendor’s documentation' : 'built by us from the documented format';
    out.push(`${escapeMarkdown(x.label)} (${origin}):`, '', codeBlock(x.text), '');
  }
  if (m.sdks.length) {
    out.push('## In each SDK', '', '| Language | Value | Package | Versions |', '| --- | --- | --- | --- |');
    for (const s of m.sdks) {
      const cell = (v: string | undefined, none: string) => (v ? codeSpan(v).replace(/\|/g, '\\|') : none);
      out.push(
        `| ${s.language} | ${cell(s.value, 'a class, no value')} | ${cell(s.package, '—')} | ${s.versions ? escapeMarkdown(s.versions) : 'all'} |`,
      );
    }
    out.push('');
  }
  out.push('## What happened', '');
  para(m.cause);
  out.push('## How to fix it', '');
  para(m.fix);
  out.push('## Retry', '', `**${m.retry.title}.** ${escapeMarkdown(m.retry.text)}`, '');
  if (m.retry.facts.length) out.push(...m.retry.facts.map((f) => fact({ ...f, href: undefined })), '');
  out.push(`**Who acts:** ${m.who.title}. ${m.who.description}`, '');

  out.push('## Facts', '');
  out.push(...m.facts.map(fact), '');
  if (m.notes.length) {
    out.push('## Notes on the documentation', '');
    para(m.notes);
  }
  if (m.related.length) {
    out.push('## Related entries', '');
    for (const r of m.related)
      out.push(`- ${markdownLink(r.display, abs(r.markdownPath))}: ${escapeMarkdown(r.title)}`);
    out.push('');
  }
  out.push(
    '## Source',
    '',
    `Transcribed from ${markdownLink(`${name}: error reference`, m.source.url)}, section “${escapeMarkdown(m.source.section)}”, ` +
      `retrieved ${m.source.retrieved}${m.source.updated ? `; entry edited ${m.source.updated}` : ''}. ` +
      'Messages are quoted verbatim; the explanations are ours.',
    '',
    `Canonical page: <${m.url}> (last modified ${m.dateModified})`,
    '',
  );
  return out.join('\n');
}

/** `/vendors/<vendor>.md`: the vendor's entries as a list of links to their Markdown, for llms.txt readers. */
export function vendorMarkdown(vendor: Vendor, entries: readonly Entry[], site: URL | string): string {
  const abs = (path: string) => absoluteUrl(path, site);
  const lines = [
    `# ${escapeMarkdown(vendor.data.name)} errors`,
    '',
    `> ${escapeMarkdown(vendor.data.product)}, by ${escapeMarkdown(vendor.data.company)}. ${entries.length} entries, ` +
      `transcribed from ${markdownLink('the error reference', vendor.data.reference)} retrieved ${vendor.data.retrieved}.`,
    '',
    `Page: <${abs(vendorUrl(vendor.slug))}>`,
    '',
  ];
  for (const [ns, info] of Object.entries(namespaceInfo)) {
    const list = entries.filter((e) => e.namespace === ns);
    if (!list.length) continue;
    lines.push(`## ${info.title}`, '');
    for (const e of list) {
      const retired = e.data.retired ? ' (retired)' : '';
      lines.push(
        `- ${markdownLink(displayCode(e), abs(entryMarkdownUrl(e)))}: ${escapeMarkdown(e.data.title)}${retired}`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
