import { displayCode, summary, type Entry } from './catalog';
import { codeSpan, escapeMarkdown } from './markdown';
import { paragraphs, truncate } from './text';

/**
 * The "Copy for ticket" text of a code page: vendor, code, title, the cause in one line, the fix and the link, short
 * enough to paste into a support ticket or a chat. Markdown for tools that render it, plain text for those that don't.
 */

export interface TicketFields {
  heading: string;
  cause: string;
  fix: string;
  url: string;
}

/** The fix is kept whole when short; long fixes are cut at a word so the block stays a few lines. */
const maxFix = 320;

const retiredMark = (entry: Entry): string =>
  entry.data.retired ? ` (retired${entry.data.retiredSince ? ` since ${entry.data.retiredSince}` : ''})` : '';

export function ticketFields(entry: Entry, vendorName: string, url: string): TicketFields {
  return {
    heading: `${vendorName} ${displayCode(entry)}: ${entry.data.title}${retiredMark(entry)}`,
    cause: summary(entry),
    fix: truncate(paragraphs(entry.data.fix).join(' '), maxFix),
    url,
  };
}

export function ticketMarkdown(entry: Entry, vendorName: string, url: string): string {
  const f = ticketFields(entry, vendorName, url);
  return [
    `**${escapeMarkdown(vendorName)} ${codeSpan(displayCode(entry))}: ${escapeMarkdown(entry.data.title)}**${retiredMark(entry)}`,
    `- Cause: ${escapeMarkdown(f.cause)}`,
    `- Fix: ${escapeMarkdown(f.fix)}`,
    `- Details: ${url}`,
  ].join('\n');
}

export function ticketPlain(entry: Entry, vendorName: string, url: string): string {
  const f = ticketFields(entry, vendorName, url);
  return [f.heading, `Cause: ${f.cause}`, `Fix: ${f.fix}`, `Details: ${url}`].join('\n');
}
