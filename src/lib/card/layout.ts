/**
 * Line breaking for card text, independent of fonts: callers pass a `measure` function. Titles break at spaces;
 * identifiers also break after `:` `_` `.` `/` `-` and between a lower-case letter and an upper-case one
 * (`InvalidAudio|Format`); a piece still too wide is cut between characters. Text that needs more lines than
 * allowed keeps its first lines and ends the last one with an ellipsis.
 */

export type Measure = (text: string) => number;

export interface Wrapped {
  lines: string[];
  /** True when text was dropped to fit `maxLines`. */
  truncated: boolean;
}

const breakAfter = new Set([':', '_', '.', '/', '-', ',', ';']);

/** Splits text into unbreakable pieces; each piece carries its trailing spaces or break character. */
export function pieces(text: string): string[] {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const out: string[] = [];
  let current = '';
  chars.forEach((ch, i) => {
    current += ch;
    const next = chars[i + 1];
    if (next === undefined) return;
    const atSpace = ch === ' ' && next !== ' ';
    const atMark = breakAfter.has(ch) && next !== ' ' && !breakAfter.has(next);
    const atCase = /\p{Ll}/u.test(ch) && /\p{Lu}/u.test(next);
    if (atSpace || atMark || atCase) {
      out.push(current);
      current = '';
    }
  });
  if (current) out.push(current);
  return out;
}

/** The longest prefix of `text` (in whole characters) that fits `width`; at least one character. */
function fitPrefix(text: string, width: number, measure: Measure): string {
  const chars = [...text];
  let n = chars.length;
  while (n > 1 && measure(chars.slice(0, n).join('')) > width) n--;
  return chars.slice(0, n).join('');
}

/** Ends `line` with an ellipsis, shortening it until both fit `width`. */
export function withEllipsis(line: string, width: number, measure: Measure, ellipsis = '…'): string {
  let chars = [...line.trimEnd()];
  const cut = () => chars.join('').replace(/[\s,;:.…-]+$/u, '');
  while (chars.length > 0 && measure(cut() + ellipsis) > width) chars = chars.slice(0, -1);
  return cut() + ellipsis;
}

export function wrap(text: string, width: number, maxLines: number, measure: Measure): Wrapped {
  const lines: string[] = [];
  let current = '';
  for (let piece of pieces(text)) {
    if (measure((current + piece).trimEnd()) <= width) {
      current += piece;
      continue;
    }
    if (current) lines.push(current.trimEnd());
    current = '';
    while (measure(piece.trimEnd()) > width) {
      const head = fitPrefix(piece, width, measure);
      lines.push(head);
      piece = piece.slice(head.length);
    }
    current = piece;
  }
  if (current.trim()) lines.push(current.trimEnd());
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, width, measure);
  return { lines: kept, truncated: true };
}
