import { describe, expect, it } from 'vitest';
import { ticketMarkdown, ticketPlain } from '../../src/lib/ticket';
import { entry, modelOf } from '../support/fixtures';

const url = 'https://site.example/errors/scriptix/code/QUOTA_EXCEEDED/';
const agora = { 'agora-stt': 'Agora' };
const quota = entry('scriptix/code/QUOTA_EXCEEDED', {
  title: 'Quota exceeded',
  cause: 'The account used up its monthly minutes. Later sentences are left out.',
  fix: 'Buy more minutes in the dashboard.\n\nOr wait for the monthly reset.',
});

describe('the ticket text', () => {
  it('has vendor, code, title, the first sentence of the cause, the whole short fix and the link, in Markdown', () => {
    expect(ticketMarkdown(modelOf(quota, [], { scriptix: 'Scriptix' }))).toBe(
      [
        '**Scriptix `QUOTA_EXCEEDED`: Quota exceeded**',
        '- Cause: The account used up its monthly minutes.',
        '- Fix: Buy more minutes in the dashboard. Or wait for the monthly reset.',
        `- Details: ${url}`,
      ].join('\n'),
    );
  });

  it('has the same lines without Markdown as plain text', () => {
    expect(ticketPlain(modelOf(quota, [], { scriptix: 'Scriptix' }))).toBe(
      [
        'Scriptix QUOTA_EXCEEDED: Quota exceeded',
        'Cause: The account used up its monthly minutes.',
        'Fix: Buy more minutes in the dashboard. Or wait for the monthly reset.',
        `Details: ${url}`,
      ].join('\n'),
    );
  });

  it('escapes Markdown in prose so a title cannot turn into emphasis or a link', () => {
    const tricky = entry('agora-stt/code/20', { title: 'Use *all* [options]', cause: 'A <tag> in the cause is text.' });
    const md = ticketMarkdown(modelOf(tricky, [], agora));
    expect(md).toContain('Use \\*all\\* \\[options\\]');
    expect(md).toContain('A \\<tag\\> in the cause');
  });

  it('cuts a long fix at a word and marks the cut', () => {
    const long = entry('agora-stt/code/20', { fix: `${'Check the setting again. '.repeat(30)}` });
    const fixLine = ticketPlain(modelOf(long, [], agora)).split('\n')[2]!;
    expect(fixLine.length).toBeLessThanOrEqual('Fix: '.length + 320);
    expect(fixLine.endsWith('…')).toBe(true);
  });

  it('says when an entry is retired', () => {
    const old = entry('agora-stt/code/20', { retired: true, retiredSince: '2026-01-31' });
    expect(ticketPlain(modelOf(old, [], agora)).split('\n')[0]).toMatch(/\(retired since 2026-01-31\)$/);
  });

  it('puts a message-only entry in a code span even when the message holds backticks', () => {
    const msg = entry('agora-stt/message/odd', { messages: [{ text: 'Use `x` here' }] });
    expect(ticketMarkdown(modelOf(msg, [], agora)).split('\n')[0]).toContain('``Use `x` here``');
  });
});
