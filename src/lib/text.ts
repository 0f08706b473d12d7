/** Small text helpers for turning plain-text fields into page copy. */

/** Splits plain text into paragraphs at blank lines, collapsing the line breaks inside each. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The first sentence of a text (up to `.`, `!` or `?` followed by a space or the end). */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^.+?[.!?](?=\s|$)/.exec(flat);
  return m ? m[0] : flat;
}

/** Shortens text to at most `max` characters at a word boundary, adding an ellipsis when it cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // The cut already ends a word when the next character is a space; otherwise back up to the last space.
  const space = flat[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
