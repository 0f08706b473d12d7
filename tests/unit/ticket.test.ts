import { describe, expect, it } from 'vitest';
import { requestIdHint, ticketMarkdown, ticketPlain } from '../../src/lib/ticket';
import { entryMarkdown } from '../../src/lib/markdown';
import { entry, modelOf } from '../support/fixtures';

const url = 'https://site.example/errors/scriptix/code/QUOTA_EXCEEDED/';
const agora = { 'agora-stt': 'Agora' };
const scriptix = { scriptix: 'Scriptix' };
// Long enough that the old ticket text cut it: every sentence must survive.
const longCause = `The account used up its monthly minutes. ${'Every later request is refused until the quota resets. '.repeat(6)}The last sentence is kept too.`;
const quota = entry('scriptix/code/QUOTA_EXCEEDED', {
  title: 'Quota exceeded',
  httpStatus: 402,
  messages: [{ text: 'Quota exceeded for this month' }],
  cause: longCause,
  fix: `Buy more minutes in the dashboard.\n\n${'Or wait for the monthly reset, then send the job again. '.repeat(8)}Done.`,
  retry: {
    policy: 'wait',
    details: 'Wait for the quota to reset at the start of the month.',
    delayFrom: 'Retry-After',
    maxRetries: 3,
  },
});
const scriptixData = { scriptix: { requestId: { header: 'X-Request-ID' } } };

describe('the ticket text', () => {
  it('has the heading, the link, the blanks, the message, the status, the retry verdict and the whole cause and fix', () => {
    const m = modelOf(quota, [], scriptix, scriptixData);
    expect(ticketPlain(m)).toBe(
      [
        'Scriptix QUOTA_EXCEEDED: Quota exceeded',
        `Details: ${url}`,
        '',
        'Request id (X-Request-ID header):',
        'Time (UTC):',
        "Customer's exact error text:",
        '',
        'Vendor message: "Quota exceeded for this month"',
        'HTTP status: 402',
        'Retry: Wait for the stated delay. Wait for the quota to reset at the start of the month.',
        'Retry schedule: At most 3 retries; delay from Retry-After',
        '',
        'What happened:',
        m.cause.join('\n\n'),
        '',
        'How to fix it:',
        m.fix.join('\n\n'),
      ].join('\n'),
    );
  });

  it('cuts nothing: every sentence of the cause and the fix is there, and no ellipsis', () => {
    const plain = ticketPlain(modelOf(quota, [], scriptix));
    expect(plain).toContain(longCause.replace(/\s+/g, ' ').trim());
    expect(plain).toContain('The last sentence is kept too.');
    expect(plain).toContain('Buy more minutes in the dashboard.\n\nOr wait for the monthly reset');
    expect(plain.trimEnd().endsWith('Done.')).toBe(true);
    expect(plain).not.toContain('…');
  });

  it('has the same content in Markdown, prose escaped and identifiers in code spans', () => {
    const md = ticketMarkdown(modelOf(quota, [], scriptix, scriptixData));
    const lines = md.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      '**Scriptix `QUOTA_EXCEEDED`: Quota exceeded**',
      `Details: ${url}`,
      '',
      '- Request id (`X-Request-ID` header):',
      '- Time (UTC):',
      "- Customer's exact error text:",
      '',
      '- Vendor message: `Quota exceeded for this month`',
      '- HTTP status: 402',
    ]);
    expect(md).toContain(
      '- Retry: **Wait for the stated delay.** Wait for the quota to reset at the start of the month.',
    );
    expect(md).toContain('**What happened**\n\nThe account used up its monthly minutes.');
    expect(md).toContain('The last sentence is kept too.');
    expect(md).toContain('**How to fix it**\n\nBuy more minutes in the dashboard.\n\nOr wait');
  });

  it('names the request id as the vendor data does: header, field, both, or neither', () => {
    const e = entry('agora-stt/code/20');
    const hint = (requestId?: Record<string, string>) =>
      requestIdHint(modelOf(e, [], agora, requestId ? { 'agora-stt': { requestId } } : {}));
    expect(hint({ header: 'dg-request-id', field: 'request_id' })).toBe('dg-request-id header or request_id field');
    expect(hint({ field: 'sid' })).toBe('sid field');
    expect(hint()).toBe('');
    expect(ticketPlain(modelOf(e, [], agora)).split('\n')).toContain('Request id:');
    expect(ticketPlain(modelOf(e, [], agora, { 'agora-stt': { requestId: { field: 'sid' } } })).split('\n')).toContain(
      'Request id (sid field):',
    );
  });

  it('quotes every message verbatim, with its English translation and what the API prints', () => {
    const zh = entry('agora-stt/code/20', {
      messages: [
        { text: '鉴权失败', lang: 'zh', translation: 'Authentication failed' },
        { text: 'auth  failed (code 20)', printed: 'auth failed (code 20)' },
      ],
    });
    const plain = ticketPlain(modelOf(zh, [], agora)).split('\n');
    expect(plain).toContain('Vendor messages:');
    expect(plain).toContain('- "鉴权失败" (in English: "Authentication failed")');
    expect(plain).toContain('- "auth  failed (code 20)" (the API prints: "auth failed (code 20)")');
    const md = ticketMarkdown(modelOf(zh, [], agora)).split('\n');
    expect(md).toContain('  - `鉴权失败` (in English: “Authentication failed”)');
  });

  it('leaves the HTTP status out when it is not known, and gives the generic advice when the vendor has none', () => {
    const bare = entry('agora-stt/code/20', { retry: { policy: 'backoff' } });
    const plain = ticketPlain(modelOf(bare, [], agora));
    expect(plain).not.toContain('HTTP status');
    expect(plain).toContain('Retry: Retry with backoff. The failure is usually temporary');
    expect(plain).not.toContain('Retry schedule');
  });

  it('escapes Markdown in prose so a title cannot turn into emphasis or a link', () => {
    const tricky = entry('agora-stt/code/20', { title: 'Use *all* [options]', cause: 'A <tag> in the cause is text.' });
    const md = ticketMarkdown(modelOf(tricky, [], agora));
    expect(md).toContain('Use \\*all\\* \\[options\\]');
    expect(md).toContain('A \\<tag\\> in the cause');
  });

  it('says when an entry is retired, and links its replacement', () => {
    const old = entry('agora-stt/code/20', {
      retired: true,
      retiredSince: '2026-01-31',
      replacedBy: 'agora-stt/code/21',
    });
    const successor = entry('agora-stt/code/21', { title: 'New code' });
    const lines = ticketPlain(modelOf(old, [successor], agora)).split('\n');
    expect(lines[0]).toMatch(/\(retired since 2026-01-31\)$/);
    expect(lines).toContain('Replaced by: 21: New code (https://site.example/errors/agora-stt/code/21/)');
  });

  it('puts a message-only entry in a code span even when the message holds backticks', () => {
    const msg = entry('agora-stt/message/odd', { messages: [{ text: 'Use `x` here' }] });
    expect(ticketMarkdown(modelOf(msg, [], agora)).split('\n')[0]).toContain('``Use `x` here``');
  });

  it('calls an SDK description what it is, in the ticket, the Markdown sibling and the page model', () => {
    const sdk = entry('scriptix/sdk/Aborted', {
      messages: [{ text: 'Exception mapping an ABORTED error.', kind: 'description' }],
      sdks: [{ language: 'python' }],
    });
    const m = modelOf(sdk, [], scriptix);
    expect(m.messagesTitle).toBe('SDK description');
    expect(ticketPlain(m)).toContain('SDK description: "Exception mapping an ABORTED error."');
    expect(ticketPlain(m)).not.toContain('Vendor message');
    expect(ticketMarkdown(m)).toContain('- SDK description: `Exception mapping an ABORTED error.`');
    expect(entryMarkdown(m, url)).toContain('## SDK description\n');
    const mixed = modelOf(
      entry('scriptix/sdk/Aborted', {
        messages: [{ text: 'Aborted by server' }, { text: 'Exception mapping an ABORTED error.', kind: 'description' }],
        sdks: [{ language: 'python' }],
      }),
      [],
      scriptix,
    );
    expect(mixed.messagesTitle).toBe('Messages');
    expect(entryMarkdown(mixed, url)).toContain('the SDK’s description of the error, not printed');
  });
});
