import type { Entry } from './catalog';

/**
 * The clickable examples of the home page: real pastes from the catalog's own examples, one of each kind a new user
 * brings (a JSON body, a Chinese message, an SDK log line), so each leads to a search that finds its entry.
 */
export interface HomeExample {
  label: string;
  text: string;
}

const oneLine = (t: string) => t.trim().replace(/\s*\n\s*/g, ' ');

export function homeExamples(entries: readonly Entry[]): HomeExample[] {
  const texts = entries.flatMap((e) => e.data.examples.map((x) => x.text.trim()));
  const json =
    texts.find((t) => /^\{.*"status":\s*40000001/s.test(t)) ?? texts.find((t) => t.startsWith('{') && t.length < 220);
  const chinese = entries
    .flatMap((e) => e.data.messages)
    .find((m) => m.lang === 'zh' && m.placeholders.length === 0 && m.text.length >= 6 && m.text.length <= 30);
  const log = texts.find((t) => /^[\w.]+(?:Error|Exception): .{10,120}$/.test(t) && !t.includes('\n'));
  return [
    ...(json ? [{ label: 'A JSON body', text: oneLine(json) }] : []),
    ...(chinese ? [{ label: 'A Chinese status text', text: chinese.text }] : []),
    ...(log ? [{ label: 'An SDK log line', text: log }] : []),
  ];
}
