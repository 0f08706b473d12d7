import { categoryOf, displayCode, type Entry, type Vendor } from './catalog';
import { dateModified, sourceUrl } from './export';
import { paragraphs } from './text';
import { absoluteUrl, categoryUrl, entryMarkdownUrl, errorUrl, vendorUrl } from './urls';
import { actorInfo, languageNames, namespaceInfo, retryPolicyInfo } from './vocabulary';

/**
 * Code pages as clean Markdown (`/errors/<vendor>/<namespace>/<code>.md`), for people and tools that read text:
 * the same sections as the page, links absolute so the file works outside the site.
 */

/** Escapes the characters that would turn plain text into Markdown syntax; `_` only where it could start emphasis. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]<>|]/g, '\\$&')
    .replace(/(^|\W)_|_(?=\W|$)/g, (m) => m.replace('_', '\\_'))
    .replace(/^(#{1,6}\s|[-+]\s|\d+[.)]\s)/, '\\$1');
}

/** A code span that survives backticks inside the text (a longer fence, padded when the text touches one). */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

export const markdownLink = (text: string, url: string): string => `[${escapeMarkdown(text)}](${url})`;

/** The page of one entry as Markdown. `related` are the entry's resolved `related` ids; `replacement` its successor. */
export function entryMarkdown(
  entry: Entry,
  vendor: Vendor,
  site: URL | string,
  links: { related?: readonly Entry[]; replacement?: Entry | undefined } = {},
): string {
  const { data } = entry;
  const abs = (path: string) => absoluteUrl(path, site);
  const category = categoryOf(entry);
  const policy = retryPolicyInfo[data.retry.policy];
  const name = vendor.data.name;
  const out: string[] = [];
  const para = (text: string) => out.push(...paragraphs(text).flatMap((p) => [escapeMarkdown(p), '']));

  out.push(`# ${codeSpan(displayCode(entry))}: ${escapeMarkdown(data.title)} (${escapeMarkdown(name)})`, '');
  out.push(
    `${markdownLink(name, abs(vendorUrl(entry.vendor)))} · ${namespaceInfo[entry.namespace].title}` +
      `${data.httpStatus ? ` · HTTP ${data.httpStatus}` : ''} · ${markdownLink(category.title, abs(categoryUrl(category.id)))}` +
      ` · ${policy.title} · ${actorInfo[data.who].title} acts`,
    '',
  );
  if (data.retired) {
    const since = data.retiredSince ? ` since ${data.retiredSince}` : '';
    const by = links.replacement
      ? ` Replaced by ${markdownLink(displayCode(links.replacement), abs(errorUrl(links.replacement)))}.`
      : '';
    out.push(`> **Retired${since}:** ${escapeMarkdown(name)} no longer documents this error.${by}`, '');
  }

  out.push(data.messages.length > 1 ? '## Messages' : '## Message', '');
  for (const m of data.messages) {
    const extra = [
      m.lang !== 'en' ? `${languageNames[m.lang]}${m.translation ? `; in English: ${escapeMarkdown(m.translation)}` : ''}` : '',
      m.printed ? `The API prints: ${codeSpan(m.printed)}` : '',
      m.contexts.length ? `Where: ${escapeMarkdown(m.contexts.join(', '))}` : '',
      m.placeholders.length ? `Filled in by the API: ${m.placeholders.map(codeSpan).join(', ')}` : '',
    ].filter(Boolean);
    out.push(`- ${codeSpan(m.text)}${extra.length ? ` (${extra.join('. ')})` : ''}`);
  }
  out.push('', '## What happened', '');
  para(data.cause);
  out.push('## How to fix it', '');
  para(data.fix);
  out.push('## Retry', '', `**${policy.title}.** ${escapeMarkdown(data.retry.details ?? policy.advice)}`, '');
  const retryFacts = [
    data.retry.delaysSeconds && `- Delays: ${data.retry.delaysSeconds.map((s) => `${s} s`).join(', then ')}`,
    data.retry.maxRetries && `- At most: ${data.retry.maxRetries} retries`,
    data.retry.delayFrom && `- Delay from: ${codeSpan(data.retry.delayFrom)}`,
  ].filter((f): f is string => !!f);
  if (retryFacts.length) out.push(...retryFacts, '');
  out.push(`**Who acts:** ${actorInfo[data.who].title}. ${actorInfo[data.who].description}`, '');

  out.push('## Facts', '');
  out.push(
    `- Vendor: ${markdownLink(name, abs(vendorUrl(entry.vendor)))}`,
    entry.namespace === 'message'
      ? `- Identifier: ${codeSpan(entry.code)} (no vendor code)`
      : `- Code: ${codeSpan(entry.code)}`,
    `- Kind: ${namespaceInfo[entry.namespace].title}`,
    `- HTTP status: ${data.httpStatus ?? 'Not documented'}`,
    `- Category: ${markdownLink(category.title, abs(categoryUrl(category.id)))}`,
    `- google.rpc.Code: ${codeSpan(category.grpc)}`,
    '',
  );
  if (data.notes) {
    out.push('## Notes on the documentation', '');
    para(data.notes);
  }
  if (links.related?.length) {
    out.push('## Related entries', '');
    for (const r of links.related) out.push(`- ${markdownLink(displayCode(r), abs(entryMarkdownUrl(r)))}: ${escapeMarkdown(r.data.title)}`);
    out.push('');
  }
  out.push(
    '## Source',
    '',
    `Transcribed from ${markdownLink(`${name}: error reference`, sourceUrl(entry, vendor))}, section “${escapeMarkdown(data.section)}”, ` +
      `retrieved ${vendor.data.retrieved}${data.updated ? `; entry edited ${data.updated}` : ''}. ` +
      'Messages are quoted verbatim; the explanations are ours.',
    '',
    `Canonical page: <${abs(errorUrl(entry))}> (last modified ${dateModified(entry, vendor)})`,
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
      lines.push(`- ${markdownLink(displayCode(e), abs(entryMarkdownUrl(e)))}: ${escapeMarkdown(e.data.title)}${retired}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
