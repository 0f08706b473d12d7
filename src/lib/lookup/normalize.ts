/**
 * Text normalisation shared by the index builder and the lookup, so that both sides of every comparison went
 * through exactly the same steps. People paste messages with other case, quotes, spacing and punctuation than the
 * vendor printed; none of that may decide whether a message matches.
 */

/**
 * Quote-like characters that editors, chat tools and PDF copies substitute for ASCII quotes. NFKC leaves them alone,
 * and the Alibaba source itself mixes `‘` with `'` inside one message.
 */
const QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u300C': '"',
  '\u300D': '"',
  '\u300E': '"',
  '\u300F': '"',
};
const QUOTE_CHARS = /[\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u300C-\u300F]/g;

/** Han characters: Chinese text has no spaces, so its runs are compared as substrings, not as words. */
const HAN = /\p{Script=Han}/u;

/**
 * Compatibility-folds (NFKC turns full-width `，！４` into ASCII and `…` into `...`), lower-cases and straightens
 * quotes, keeping punctuation. Used where punctuation still carries meaning (JSON, status lines).
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTE_CHARS, (q) => QUOTES[q] ?? q);
}

/**
 * The comparison form: folded, every run of anything that is not a letter, digit or combining mark (punctuation,
 * quotes, underscores, emoji, whitespace) turned into one space, and Han runs set apart from Latin words and digits
 * so that `报错40000004` yields the word `40000004`.
 */
export function normalize(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .replace(/(?<=\p{Script=Han})(?=[^\p{Script=Han}\s])|(?<=[^\p{Script=Han}\s])(?=\p{Script=Han})/gu, ' ')
    .trim();
}

/**
 * The normalised form without spaces. The Alibaba source prints 40010002's message with its spaces removed, and
 * people write `16khz` for `16 kHz`: comparing squashed forms makes spacing irrelevant.
 */
export function squash(normalized: string): string {
  return normalized.replace(/ /g, '');
}

/** Words of a normalised string (empty input gives no words). */
export function words(normalized: string): string[] {
  return normalized ? normalized.split(' ') : [];
}

/** Whether the text contains Chinese characters. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The key identifiers are compared by: `audio_too_short`, `AUDIO-TOO-SHORT` and `AudioTooShort` are one key. */
export function codeKey(code: string): string {
  return squash(normalize(code));
}

/** An identifier spelled as words: `ClientHasNoMoreMinutes` and `AUDIO_TOO_SHORT` become `client has no more minutes`. */
export function identifierWords(code: string): string {
  return normalize(code.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/([a-z\d])([A-Z])/g, '$1 $2'));
}

/**
 * Whether `phrase` occurs in `text` (both normalised): as whole words for Latin phrases, as a substring for Chinese
 * ones, because Chinese has no spaces to mark word boundaries.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  if (hasHan(phrase)) return text.includes(phrase);
  return ` ${text} `.includes(` ${phrase} `);
}
