import { codeSpan, escapeMarkdown } from './markdown';
import { type CodeModel, onlyDescriptions } from './model';

/**
 * The "Copy for ticket" text of a code page, for a support agent to paste into a ticket: what the error is and its
 * permanent link, blanks for what support has to collect from the customer (the request id, named as this vendor
 * names it, the time, the customer's exact text), then the vendor's message verbatim, the HTTP status, the retry
 * verdict and the whole cause and fix. Nothing is shortened: a ticket is read once, carefully, and a cut sentence
 * is a question back to the agent. Plain text first (most ticket tools do not render Markdown), Markdown for those
 * that do. Both render the page's code model.
 */

export interface TicketFields {
  heading: string;
  url: string;
  /** "Replaced by: …" for a retired entry with a successor. */
  replacement?: string | undefined;
  /** The labels of the lines the agent fills in, without the colon. */
  blanks: string[];
  messages: { text: string; translation?: string | undefined; printed?: string | undefined }[];
  /** "Vendor message(s)", or "SDK description(s)" when the source gives no printed text (see `messageKinds`). */
  messagesLabel: string;
  httpStatus?: number | undefined;
  retry: { title: string; text: string; schedule?: string | undefined };
  cause: string[];
  fix: string[];
}

const retiredMark = (m: CodeModel): string =>
  m.retired ? ` (retired${m.retired.since ? ` since ${m.retired.since}` : ''})` : '';

/**
 * Where this vendor's support finds the call: "dg-request-id header or request_id field". Empty when the vendor's
 * documents do not say; the blank is then just "Request id".
 */
export function requestIdHint(m: CodeModel, code: (name: string) => string = (n) => n): string {
  const r = m.vendor.requestId;
  const parts = [r?.header && `${code(r.header)} header`, r?.field && `${code(r.field)} field`].filter(Boolean);
  return parts.join(' or ');
}

const blanks = (m: CodeModel, code?: (name: string) => string): string[] => {
  const hint = requestIdHint(m, code);
  return [hint ? `Request id (${hint})` : 'Request id', 'Time (UTC)', "Customer's exact error text"];
};

export function ticketFields(m: CodeModel): TicketFields {
  const r = m.retired?.replacement;
  return {
    heading: `${m.vendor.name} ${m.display}: ${m.title}${retiredMark(m)}`,
    url: m.url,
    replacement: r ? `${r.display}: ${r.title} (${new URL(r.path, m.url).href})` : undefined,
    blanks: blanks(m),
    messages: m.messages.map((msg) => ({ text: msg.text, translation: msg.translation, printed: msg.printed })),
    messagesLabel: onlyDescriptions(m.messages) ? m.messagesTitle : `Vendor ${m.messagesTitle.toLowerCase()}`,
    httpStatus: m.httpStatus,
    retry: {
      title: m.retry.title,
      // One line: a block scalar in the YAML would otherwise break the "Retry:" line of the ticket.
      text: m.retry.text.replace(/\s+/g, ' ').trim(),
      // "Delays 1 s, then 2 s; at most 3 retries; delay from Retry-After": the facts the page lists under Retry.
      schedule: m.retry.facts.length
        ? m.retry.facts
            .map((f) => `${f.label.toLowerCase()} ${f.value}`)
            .join('; ')
            .replace(/^./, (c) => c.toUpperCase())
        : undefined,
    },
    cause: m.cause,
    fix: m.fix,
  };
}

/**
 * One message: the text as written (`verbatim` quotes it), its English translation and what the API really prints
 * when that differs from the documentation (`prose` quotes the translation, which is the vendor's wording in ours).
 */
function quoted(
  msg: TicketFields['messages'][number],
  verbatim: (t: string) => string,
  prose: (t: string) => string,
): string {
  const notes = [
    msg.translation && `in English: ${prose(msg.translation)}`,
    msg.printed && `the API prints: ${verbatim(msg.printed)}`,
  ];
  const some = notes.filter((n): n is string => !!n);
  return `${verbatim(msg.text)}${some.length ? ` (${some.join('; ')})` : ''}`;
}

export function ticketPlain(m: CodeModel): string {
  const f = ticketFields(m);
  const q = (t: string) => `"${t}"`;
  const messages =
    f.messages.length === 1
      ? [`${f.messagesLabel}: ${quoted(f.messages[0]!, q, q)}`]
      : [`${f.messagesLabel}:`, ...f.messages.map((msg) => `- ${quoted(msg, q, q)}`)];
  return [
    f.heading,
    `Details: ${f.url}`,
    ...(f.replacement ? [`Replaced by: ${f.replacement}`] : []),
    '',
    // No space after the colon: editors and ticket tools strip trailing spaces, and the page's <pre> must not end
    // lines in whitespace (html-validate); the agent types after the colon either way.
    ...f.blanks.map((b) => `${b}:`),
    '',
    ...messages,
    ...(f.httpStatus ? [`HTTP status: ${f.httpStatus}`] : []),
    `Retry: ${f.retry.title}. ${f.retry.text}`,
    ...(f.retry.schedule ? [`Retry schedule: ${f.retry.schedule}`] : []),
    '',
    'What happened:',
    f.cause.join('\n\n'),
    '',
    'How to fix it:',
    f.fix.join('\n\n'),
  ].join('\n');
}

export function ticketMarkdown(m: CodeModel): string {
  const f = ticketFields(m);
  const r = m.retired?.replacement;
  const prose = (t: string) => `“${escapeMarkdown(t)}”`;
  const messages =
    f.messages.length === 1
      ? [`- ${f.messagesLabel}: ${quoted(f.messages[0]!, codeSpan, prose)}`]
      : [`- ${f.messagesLabel}:`, ...f.messages.map((msg) => `  - ${quoted(msg, codeSpan, prose)}`)];
  return [
    `**${escapeMarkdown(m.vendor.name)} ${codeSpan(m.display)}: ${escapeMarkdown(m.title)}**${retiredMark(m)}`,
    `Details: ${f.url}`,
    ...(r ? [`Replaced by: ${codeSpan(r.display)}: ${escapeMarkdown(r.title)} (${new URL(r.path, m.url).href})`] : []),
    '',
    // The labels are ours (no Markdown in them); the request-id names are code spans.
    ...blanks(m, codeSpan).map((b) => `- ${b}:`),
    '',
    ...messages,
    ...(f.httpStatus ? [`- HTTP status: ${f.httpStatus}`] : []),
    `- Retry: **${escapeMarkdown(f.retry.title)}.** ${escapeMarkdown(f.retry.text)}`,
    ...(f.retry.schedule ? [`- Retry schedule: ${escapeMarkdown(f.retry.schedule)}`] : []),
    '',
    '**What happened**',
    '',
    f.cause.map(escapeMarkdown).join('\n\n'),
    '',
    '**How to fix it**',
    '',
    f.fix.map(escapeMarkdown).join('\n\n'),
  ].join('\n');
}
