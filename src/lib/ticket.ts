import { codeSpan, escapeMarkdown } from './markdown';
import type { CodeModel } from './model';
import { truncate } from './text';

/**
 * The "Copy for ticket" text of a code page: vendor, code, title, the cause in one line, the fix and the link, short
 * enough to paste into a support ticket or a chat. Markdown for tools that render it, plain text for those that don't.
 * Both render the page's code model.
 */

export interface TicketFields {
  heading: string;
  cause: string;
  fix: string;
  url: string;
}

/** The fix is kept whole when short; long fixes are cut at a word so the block stays a few lines. */
const maxFix = 320;

const retiredMark = (m: CodeModel): string =>
  m.retired ? ` (retired${m.retired.since ? ` since ${m.retired.since}` : ''})` : '';

export function ticketFields(m: CodeModel): TicketFields {
  return {
    heading: `${m.vendor.name} ${m.display}: ${m.title}${retiredMark(m)}`,
    cause: m.summary,
    fix: truncate(m.fix.join(' '), maxFix),
    url: m.url,
  };
}

export function ticketMarkdown(m: CodeModel): string {
  const f = ticketFields(m);
  return [
    `**${escapeMarkdown(m.vendor.name)} ${codeSpan(m.display)}: ${escapeMarkdown(m.title)}**${retiredMark(m)}`,
    `- Cause: ${escapeMarkdown(f.cause)}`,
    `- Fix: ${escapeMarkdown(f.fix)}`,
    `- Details: ${f.url}`,
  ].join('\n');
}

export function ticketPlain(m: CodeModel): string {
  const f = ticketFields(m);
  return [f.heading, `Cause: ${f.cause}`, `Fix: ${f.fix}`, `Details: ${f.url}`].join('\n');
}
