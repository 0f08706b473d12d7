/** Checks raw input before it is explained: text, UTF-8, and a size the lookup can go through line by line. */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The input as text, or the sentence that says why it cannot be read. */
export function readInput(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length > MAX_INPUT_BYTES)
    return {
      problem:
        `the input is ${mb(bytes.length)}; speech-errors reads at most ${mb(MAX_INPUT_BYTES)}. Pass the part of the ` +
        'log around the error, e.g. `tail -c 1000000 app.log | speech-errors explain`.',
    };
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    return {
      problem: `the input looks binary (a NUL byte at offset ${nul}), not text. Pass the error text or a text log.`,
    };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    // A prefix that stops before the first bad byte decodes (in stream mode, a cut sequence is not an error), one
    // that includes it does not: binary search for it.
    const decodes = (n: number) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
        return true;
      } catch {
        return false;
      }
    };
    let ok = 0;
    let bad = bytes.length;
    while (bad - ok > 1) {
      const mid = (ok + bad) >>> 1;
      if (decodes(mid)) ok = mid;
      else bad = mid;
    }
    const at = bad - 1;
    return {
      problem:
        `the input is not valid UTF-8 (the first bad byte is at offset ${at}). Convert it first, e.g. ` +
        '`iconv -f latin1 -t utf-8 app.log | speech-errors explain`.',
    };
  }
}
