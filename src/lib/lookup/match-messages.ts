import type { HitSet, Tier } from './hits';
import type { Query } from './query';
import { matchWhole, matchWithin, squashPieces, type TemplateForm } from './templates';
import type { LookupIndex } from './types';

/**
 * Messages: every compiled form of every catalog message against the strings that may be a whole message (field
 * values, log lines and their prefix-stripped forms, the query without vendor names), then against the whole text.
 */

const squashedForms = new WeakMap<TemplateForm, string[]>();
function squashedOf(form: TemplateForm): string[] {
  let s = squashedForms.get(form);
  if (!s) squashedForms.set(form, (s = squashPieces(form.p)));
  return s;
}

const tokens = new WeakMap<object, boolean>();
/** Whether a message is one token written like an identifier (`job_error`, `DATA-0000`); remembered per message. */
function isToken(m: { text: string }): boolean {
  let t = tokens.get(m);
  if (t === undefined) tokens.set(m, (t = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)+$/.test(m.text)));
  return t;
}

interface Outcome {
  tier: Tier;
  score: number;
  how: string;
}

function judge(
  form: TemplateForm,
  q: Query,
  whole: Set<string>,
  wholeSquashed: Set<string>,
  tied: boolean,
): Outcome | undefined {
  const holes = form.p.length > 1;
  // Mostly placeholder ("{name}: {message} (Status: {status})", "{job_id} status {job_status}"): such a format
  // fits nearly any text, so it only ever makes a likely match, and a weak one.
  if (holes && form.w < form.p.length) {
    const fits = q.messages.some((m) => matchWhole(form.p, m)) || matchWithin(form.p, q.full);
    return fits
      ? { tier: 1, score: 40 + form.w, how: 'The text fits the message, which is mostly placeholders' }
      : undefined;
  }
  const filled = holes ? ' with its placeholders filled' : '';
  const exactWords = holes ? q.messages.some((m) => matchWhole(form.p, m)) : whole.has(form.p[0]!);
  if (exactWords) {
    if (form.d)
      return { tier: 0, score: 95 + Math.min(form.w, 10) - (form.s ? 3 : 0), how: `The message matches${filled}` };
    return { tier: tied ? 0 : 1, score: 70 + form.w, how: `The message matches, but it is short and generic${filled}` };
  }
  const sq = squashedOf(form);
  const literal = sq.join('').length;
  const exactSquashed = holes ? q.squashed.some((m) => matchWhole(sq, m)) : wholeSquashed.has(sq[0]!);
  if (exactSquashed) {
    if (form.d && literal >= 12) return { tier: 0, score: 90, how: 'The message matches when spacing is ignored' };
    return { tier: 1, score: 62, how: 'The message matches when spacing is ignored, but it is short' };
  }
  if (matchWithin(form.p, q.full)) {
    if (form.d && (!form.s || form.w >= 4))
      return { tier: 0, score: 85 + Math.min(form.w, 10), how: 'The text contains the message' };
    if (form.w >= 2)
      return { tier: tied ? 1 : 2, score: 30 + form.w, how: 'The text contains this short, generic message' };
  }
  return undefined;
}

export function matchMessages(index: LookupIndex, q: Query, hits: HitSet): void {
  const whole = new Set([...q.messages, q.named, q.residual, q.full]);
  const wholeSquashed = new Set([...q.squashed, ...[q.named, q.residual, q.full].map((s) => s.replace(/ /g, ''))]);
  const extra = [q.named, q.residual].filter((s) => s && !q.messages.includes(s));
  const withExtra: Query = extra.length
    ? { ...q, messages: [...q.messages, ...extra], squashed: [...q.squashed, ...extra.map((s) => s.replace(/ /g, ''))] }
    : q;
  index.entries.forEach((e, i) => {
    const tied = (q.ev.scores.get(e.vendor) ?? 0) >= 2;
    for (const m of e.messages) {
      // A "message" that is the entry's own code, as written, is the identifier again: matchCodes weighs it as one
      // (a code that is a phrase, Speechmatics' "No language selected", is its message too).
      // (ELSA's FailedToParseAudioHeader and its message "Failed to parse audio header" are two different things.)
      if (m.text === e.code && !/\s/.test(e.code)) continue;
      // A one-token reason written like an identifier (job_error, DATA-0000) is that token as written, not its words:
      // "Job error" in a batch error is not the close reason job_error, nor is IDLE_TIMEOUT.
      const token = isToken(m);
      if (token && !q.x.text.includes(m.text)) continue;
      for (const form of m.forms) {
        const outcome = judge(form, withExtra, whole, wholeSquashed, tied);
        // Such a token proves the vendor only with the vendor's evidence beside it (idle_timeout alone is anyone's).
        if (outcome && token && !tied && outcome.tier === 0) outcome.tier = 1;
        if (outcome) {
          hits.add({
            entry: i,
            tier: outcome.tier,
            score: outcome.score,
            via: 'message',
            message: m.text,
            reason: `${outcome.how}: "${m.text}".`,
          });
        }
      }
    }
  });
}
