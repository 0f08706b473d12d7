import { normalize, squash, words } from './normalize';

/**
 * A vendor message compiled into a matcher. The literal parts are normalised and kept as plain strings; each
 * placeholder becomes a hole that matches any non-empty value. Matching uses indexOf on those strings, never a
 * regular expression built from catalog or user text, so nothing needs escaping and nothing can backtrack.
 */
export interface TemplateForm {
  /** Normalised literal pieces; a hole sits between each pair. A piece next to a hole keeps its separating space. */
  p: string[];
  /** Number of literal words: how much of the text is fixed rather than filled in. */
  w: number;
  /** Distinctive: specific enough that a full match identifies the message (see `isDistinctive`). */
  d: boolean;
  /** True for a form with the vendor's `Layer:REASON:` prefix removed (people often paste only the detail). */
  s?: true;
}

/** A character that cannot occur in normalised text marks where a placeholder stood. */
const HOLE = '\u0000';

/** Replaces each placeholder occurrence with the hole marker, leftmost first. */
function markHoles(text: string, placeholders: readonly string[]): string {
  let out = text;
  for (const ph of [...placeholders].sort((a, b) => b.length - a.length)) out = out.split(ph).join(HOLE);
  return out;
}

/**
 * `Gateway:IDLE_TIMEOUT:Websocket …` → [`IDLE_TIMEOUT:Websocket …`, `Websocket …`]: the same message without each
 * leading identifier segment, because logs and people often quote only the detail after the reason.
 */
function suffixes(marked: string): string[] {
  const out: string[] = [];
  let rest = marked;
  for (let m = /^[A-Za-z_]+:(?=\S)/.exec(rest); m; m = /^[A-Za-z_]+:(?=\S)/.exec(rest)) {
    rest = rest.slice(m[0].length);
    out.push(rest);
  }
  return out;
}

/**
 * A form identifies its message when it carries a vendor identifier (`DIRECTIVE_INVALID`, `invalid_appid`), four
 * or more fixed words, or a placeholder with two fixed words around it. Short generic phrases ("Forbidden",
 * "Invalid API key") are printed by many APIs, so matching them alone is evidence, not proof.
 */
function isDistinctive(source: string, w: number, holes: number): boolean {
  const identifier = /[A-Za-z\d]_[A-Za-z\d]/.test(source.split(HOLE).join(' ')) || /^[A-Za-z]+:[A-Z_]+:/.test(source);
  return identifier || w >= 4 || (holes > 0 && w >= 2);
}

function compileMarked(marked: string): Omit<TemplateForm, 's'> | undefined {
  const raw = marked.split(HOLE);
  const pieces: string[] = [];
  raw.forEach((part, i) => {
    const n = normalize(part);
    const left = i > 0 && n ? ' ' : '';
    const right = i < raw.length - 1 && n ? ' ' : '';
    // Two placeholders with only punctuation between them read as one hole.
    if (!n && i > 0 && i < raw.length - 1) return;
    pieces.push(left + n + right);
  });
  const w = pieces.reduce((sum, piece) => sum + words(piece.trim()).length, 0);
  if (w === 0) return undefined;
  return { p: pieces, w, d: isDistinctive(marked, w, pieces.length - 1) };
}

/** Compiles one verbatim message and its placeholders into its forms: the whole message, then its detail suffixes. */
export function compileTemplate(text: string, placeholders: readonly string[]): TemplateForm[] {
  const marked = markHoles(text, placeholders);
  const forms: TemplateForm[] = [];
  const whole = compileMarked(marked);
  if (whole) forms.push(whole);
  for (const suffix of suffixes(marked)) {
    const form = compileMarked(suffix);
    if (form) forms.push({ ...form, s: true });
  }
  return forms;
}

/** Pieces with their spaces removed, for comparing squashed text. */
export function squashPieces(pieces: readonly string[]): string[] {
  return pieces.map((piece) => squash(piece));
}

/**
 * Whether the whole of `s` is the template with every hole filled by at least one character. Leftmost placement of
 * each middle piece is optimal for `*`-style holes, so one greedy pass decides it.
 */
export function matchWhole(p: readonly string[], s: string): boolean {
  const first = p[0] ?? '';
  if (p.length === 1) return s === first;
  const last = p[p.length - 1] ?? '';
  if (!s.startsWith(first) || !s.endsWith(last)) return false;
  let pos = first.length;
  for (let i = 1; i < p.length - 1; i++) {
    const idx = s.indexOf(p[i]!, pos + 1);
    if (idx < 0) return false;
    pos = idx + p[i]!.length;
  }
  return s.length - last.length >= pos + 1;
}

const MAX_STARTS = 64;

/**
 * Whether the template occurs inside `s`, each hole filled by 1 to `maxHole` characters. With `wordBounded` the
 * match must start and end at word boundaries of the normalised text (`ok` must not match inside `token`).
 * Bounded: at most 64 start positions are tried, each in one forward pass.
 */
export function matchWithin(p: readonly string[], s: string, wordBounded = true, maxHole = 160): boolean {
  const lead = p[0] === '' && p.length > 1;
  const trail = p[p.length - 1] === '' && p.length > 1;
  const q = p.slice(lead ? 1 : 0, trail ? -1 : undefined);
  const head = q[0];
  if (!head) return false;
  let starts = 0;
  for (let at = s.indexOf(head); at >= 0 && starts < MAX_STARTS; at = s.indexOf(head, at + 1), starts++) {
    if (lead && at === 0) continue;
    if (wordBounded && at > 0 && s[at - 1] !== ' ' && head[0] !== ' ') continue;
    let pos = at + head.length;
    let ok = true;
    for (let i = 1; i < q.length && ok; i++) {
      const idx = s.indexOf(q[i]!, pos + 1);
      ok = idx >= 0 && idx - pos <= maxHole;
      if (ok) pos = idx + q[i]!.length;
    }
    if (!ok) continue;
    if (trail && pos >= s.length) continue;
    if (wordBounded && pos < s.length && s[pos] !== ' ' && !q[q.length - 1]!.endsWith(' ')) continue;
    return true;
  }
  return false;
}
