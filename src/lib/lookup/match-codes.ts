import type { HitSet, Tier } from './hits';
import { BODY_CODE_KEYS, CODE_KEYS, STATUS_KEYS, indexMaps, lastPart } from './keys';
import { matchStatuses } from './match-statuses';
import { codeKey, squash, words } from './normalize';
import type { Query } from './query';
import type { LookupIndex } from './types';

/**
 * Identifiers: vendor codes (`40000004`, `QUOTA_EXCEEDED`, `ClientHasNoMoreMinutes`) and HTTP statuses. Where a
 * number was found decides how much it proves: a short number is only a code when it sits in a body's code field
 * or is the whole query, because "retry 2 of 3" is not Agora's code 2.
 */

/** An identifier read from the paste that the catalog does not know, for `unknownCode`. */
export interface Unmatched {
  code: string;
  strength: number;
  /** Vendors that document the identifier, when the text names a different one. */
  elsewhere: string[];
}

interface Candidate {
  key: string;
  raw: string;
  /** field: a body's code field; alone: the whole query; token: an identifier-shaped word in running text. */
  source: 'field' | 'alone' | 'token';
  fieldKey?: string;
  /** Written as one identifier (not words that happen to spell one), or with its identifier shape. */
  strong: boolean;
}

function candidates(q: Query, declared: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const f of q.x.fields) {
    // Some vendors' codes are phrases (Deepgram's err_code "Bad Request"): a body code field may hold a few words.
    const spaced = /\s/.test(f.value) && !(BODY_CODE_KEYS.has(f.key) && words(f.value).length <= 4);
    // The fields the catalog's entries say their codes are in (Azure's RecognitionStatus) count as code fields too.
    if ((CODE_KEYS.has(f.key) || declared.has(f.key)) && f.value.length <= 64 && !spaced) {
      out.push({ key: codeKey(f.value), raw: f.value, source: 'field', fieldKey: f.key, strong: true });
    }
  }
  const residualWords = words(q.residual);
  if (residualWords.length > 0 && residualWords.length <= 6) {
    const key = squash(q.residual);
    out.push({
      key,
      raw: q.rawKeys.get(key) ?? q.residual,
      source: 'alone',
      strong: residualWords.length === 1 || q.rawKeys.has(key),
    });
  }
  // A field's value is judged as the field's (with its key); found again as a token, it would count twice.
  const fieldValues = new Set(out.map((c) => c.raw));
  for (const t of q.x.tokens) {
    if (fieldValues.has(t.value)) continue;
    out.push({ key: codeKey(t.value), raw: t.value, source: 'token', strong: t.shape !== 'caps' });
    // `deepgram.core.api_error.ApiError`: the class is its last part.
    if (t.shape === 'qualified') {
      const last = lastPart(t.value);
      out.push({ key: codeKey(last), raw: last, source: 'token', strong: true });
    }
  }
  return out.filter((c) => c.key);
}

const looksLikeCode = (raw: string) =>
  /^\d{1,9}$/.test(raw) ||
  /^[A-Za-z][A-Za-z\d]*_[A-Za-z\d_]+$/.test(raw) ||
  /^[A-Z][a-z\d]+(?:[A-Z][a-z\d]*){2,}$/.test(raw);

/**
 * Whether an identifier nobody documents is worth reporting: a body's code field, the whole query, or an
 * eight-digit number shaped like an Alibaba status. Snake-case words in running text are often just field names.
 */
function reportable(c: Candidate): boolean {
  if (/^[1-5]\d\d$/.test(c.raw)) return false; // HTTP statuses are judged in matchStatuses
  if (c.source === 'field')
    return (
      (BODY_CODE_KEYS.has(c.fieldKey ?? '') || STATUS_KEYS.has(c.fieldKey ?? '') || c.fieldKey === 'exception') &&
      looksLikeCode(c.raw)
    );
  if (c.source === 'alone') return c.strong && looksLikeCode(c.raw);
  return /^[245]\d{7}$/.test(c.raw);
}

/** WebSocket close codes the text names as such: they name the close entries with that code, and only those. */
function matchCloseCodes(index: LookupIndex, q: Query, hits: HitSet): void {
  const { codes } = indexMaps(index);
  for (const n of q.x.closeCodes) {
    for (const i of codes.get(String(n)) ?? []) {
      if (index.entries[i]!.namespace !== 'close') continue;
      hits.add({
        entry: i,
        tier: 0,
        score: 108,
        via: 'code',
        reason: `The connection closed with code ${n}, this entry's close code.`,
      });
    }
  }
}

/**
 * A job's status (`"status": "error"`) says only that some job failed: it is evidence for the job entries with that
 * status, never enough alone, and their failure messages tell them apart.
 */
function matchJobStatuses(index: LookupIndex, q: Query, hits: HitSet): void {
  const { jobs } = indexMaps(index);
  for (const f of q.x.fields) {
    // `status`, and the fields vendors name for a job's status (`TranscriptionJobStatus`, `job_status`).
    if (!STATUS_KEYS.has(f.key) && !f.key.endsWith('status')) continue;
    for (const i of jobs.get(codeKey(f.value)) ?? []) {
      hits.add({
        entry: i,
        tier: 1,
        score: 70,
        via: 'status',
        reason: `The job's ${f.key} is ${f.value}, this entry's status.`,
      });
    }
  }
}

/** Adds identifier hits; returns the identifiers that matched nothing, strongest first. */
export function matchCodes(index: LookupIndex, q: Query, hits: HitSet): Unmatched[] {
  const { codes, values, fields } = indexMaps(index);
  const unmatched: Unmatched[] = [];
  const evidence = (vendor: string) => (q.ev.scores.get(vendor) ?? 0) >= 2;
  for (const c of candidates(q, fields)) {
    const found = codes.get(c.key) ?? [];
    let used = false;
    for (const i of found) {
      const e = index.entries[i]!;
      // A code that is a phrase ("Job error") is found as a phrase, not by an identifier that squashes the same
      // (job_error is another error).
      if (/\s/.test(e.code) !== /\s/.test(c.raw)) continue;
      const short = /^\d{1,4}$/.test(e.code);
      const inCodeField = c.source === 'field' && BODY_CODE_KEYS.has(c.fieldKey ?? '');
      // A field the catalog's entries declare their codes in (Baidu's err_no) may hold a short number too.
      const inDeclaredField = c.source === 'field' && fields.has(c.fieldKey ?? '');
      if (short && !(c.source === 'alone' || inCodeField || inDeclaredField)) continue;
      used = true;
      let tier: Tier = c.strong ? 0 : 1;
      if (short && c.source === 'alone' && !evidence(e.vendor)) tier = 1;
      // A body code that is also an HTTP status number (`"code": 400`) is as often the status: it names this vendor's
      // code only when the text points to the vendor.
      if (short && /^[1-5]\d\d$/.test(e.code) && !evidence(e.vendor)) tier = 1;
      // TIMEOUT and UNAUTHORIZED are also plain words: only their upper-case spelling is the identifier.
      const plainWord = /^[A-Z]+$/.test(e.code) && c.raw !== e.code;
      if (plainWord) tier = 1;
      // A body or a log prints a code in its vendor's own spelling: RESOURCE_EXHAUSTED in a body is not a vendor's
      // resource_exhausted (a typed query may be in any case, so a whole query is spared).
      const asWritten = c.raw.normalize('NFKC'); // full-width ＱＵＯＴＡ is QUOTA as written
      const otherCase =
        asWritten !== e.code && !/^\d+$/.test(e.code) && asWritten.toLowerCase() === e.code.toLowerCase();
      // Typed in lower case, a query may mean any spelling; typed with capitals, it is spelled deliberately.
      if (otherCase && (c.source !== 'alone' || asWritten !== asWritten.toLowerCase())) tier = 1;
      // A code found in another field than the one its entry names (`"error": "idle_timeout"` where the vendor's frame
      // has `"type": "idle_timeout"`) is a likely match, not a certain one.
      if (c.source === 'field' && e.field && c.fieldKey !== lastPart(e.field)) tier = 1;
      // An SDK member is found by its name alone too (`AudioTooShort` for `RealtimeErrorType.AudioTooShort`), but
      // only as written: `audio_too_short` is some other vendor's code as often as this SDK's name.
      const member = lastPart(e.code);
      if (e.namespace === 'sdk' && c.raw !== e.code && c.raw !== member) tier = 1;
      // An SDK's own name for the error, written in full, is more specific than the status or close code it wraps.
      const sdkName =
        e.namespace === 'sdk' &&
        (c.raw === e.code || c.raw === member) &&
        (c.source !== 'token' || /[.A-Z]/.test(c.raw.slice(1)));
      // A vendor's code field (`code`, `err_code`) names the error; `type` or `name` beside it often names only the
      // kind of frame (`{"type": "ConfigureFailure", "code": "SPEED_OUT_OF_RANGE"}`).
      const field = inCodeField || STATUS_KEYS.has(c.fieldKey ?? '') ? 110 : 106;
      const written = asWritten === e.code ? 2 : otherCase && tier === 1 ? -24 : 0; // spelled as this vendor spells it
      // Found by its member name alone, an SDK entry ranks below an entry whose whole identifier is the query
      // (`InvalidArgument` is Azure's batch code as written, and only the last part of google.api_core's class).
      const memberAlone = sdkName && c.raw !== e.code && c.source === 'alone';
      const score =
        written +
        (sdkName
          ? c.raw === e.code
            ? 112
            : memberAlone
              ? 97
              : 104
          : c.source === 'field'
            ? field
            : c.source === 'alone'
              ? short
                ? 94
                : 98
              : tier === 0
                ? 92
                : 64);
      const how =
        c.source === 'field'
          ? `The ${c.fieldKey} field holds ${c.raw}`
          : c.source === 'alone'
            ? `The query is ${c.raw}`
            : `The text contains ${c.raw}`;
      const caveat =
        tier === 0
          ? ''
          : short
            ? ', but a short number alone could be anything'
            : plainWord
              ? ', but written as an ordinary word'
              : otherCase
                ? ', but in another letter case than this vendor writes it'
                : ', written as words rather than as the identifier';
      hits.add({ entry: i, tier, score, via: 'code', reason: `${how}, this entry's identifier${caveat}.` });
    }
    // An SDK enum's value: the same number means different errors in different SDK languages (and is often the
    // service's own code too), so a value alone never names the SDK entry for certain.
    if (c.source !== 'token') {
      for (const i of values.get(c.key) ?? []) {
        used = true;
        const e = index.entries[i]!;
        const where = e.valueLanguages?.[c.raw]?.join(', ') ?? 'an';
        hits.add({
          entry: i,
          tier: 1,
          score: 60,
          via: 'value',
          reason: `${c.raw} is ${e.code} in the ${where} SDK; in another SDK language the same number can be another error.`,
        });
      }
    }
    const vendors = [...new Set(found.map((i) => index.entries[i]!.vendor))];
    if (used && q.hint && q.ev.named.has(q.hint) && !vendors.includes(q.hint)) {
      unmatched.push({ code: c.raw, strength: 4, elsewhere: vendors });
    } else if (!used && reportable(c)) {
      unmatched.push({ code: c.raw, strength: c.source === 'field' ? 3 : c.source === 'alone' ? 2 : 1, elsewhere: [] });
    }
  }
  matchCloseCodes(index, q, hits);
  matchJobStatuses(index, q, hits);
  matchStatuses(index, q, hits, unmatched);
  return unmatched.sort((a, b) => b.strength - a.strength);
}
