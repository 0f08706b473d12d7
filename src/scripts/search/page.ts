import { closestCategories, search, type Filters, type Row } from './engine';
import { pendingNote, resultLink } from './render';
import { urlQuery } from '../../lib/urls';

/**
 * The /search/ page: runs `?q=` on load and keeps the URL in step while typing, so every search is a shareable link
 * and Back works.
 */

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLTextAreaElement>('[name="q"]')!;
const results = document.querySelector<HTMLElement>('[data-search-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const filterNames = ['vendor', 'category', 'namespace', 'status', 'retry'] as const;

function readFilters(): Filters {
  const filters: Filters = {};
  for (const name of filterNames) {
    const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
    if (value) filters[name] = value;
  }
  return filters;
}

function urlFor(q: string, filters: Filters): string {
  const params = new URLSearchParams();
  // A long paste is cut in the address (servers refuse request lines past ~8 KB, so Back would get a 431); the whole
  // text rides in the history entry's state instead (see applyUrl).
  if (q) params.set('q', urlQuery(q));
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const s = params.toString();
  return `/search/${s ? `?${s}` : ''}`;
}

function applyUrl(): void {
  const params = new URLSearchParams(location.search);
  const whole = (history.state as { q?: unknown } | null)?.q;
  input.value = typeof whole === 'string' ? whole : (params.get('q') ?? '');
  for (const name of filterNames) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select) select.value = params.get(name) ?? '';
  }
}

let generation = 0;
let running: AbortController | undefined;
async function run(): Promise<void> {
  const mine = ++generation;
  // The previous search's answer would be dropped anyway: let it stop fetching and computing.
  running?.abort();
  const controller = (running = new AbortController());
  const q = input.value;
  results.setAttribute('aria-busy', 'true');
  // The index files come on demand: on a slow network an answer can take seconds, and an empty or stale list would
  // read as "no match". Past the few milliseconds a cached lookup takes (so fast typing does not flicker), say so.
  const pending = setTimeout(() => {
    if (mine !== generation) return;
    status.textContent = '';
    results.replaceChildren(pendingNote());
  }, 150);
  try {
    const show = (rows: Row[]) => {
      clearTimeout(pending);
      results.replaceChildren(...rows.map((row, i) => resultLink(row, `result-${i}`)));
    };
    const answer = await search(
      q,
      readFilters(),
      20,
      (quick) => {
        if (mine === generation && quick.rows.length) show(quick.rows);
      },
      controller.signal,
    );
    if (mine !== generation) return;
    show(answer.rows);
    const notes: string[] = [];
    const uncovered = answer.lookup.uncoveredVendor;
    // Said first and plainly: the results below are other vendors' look-alikes, not this vendor's answer.
    if (uncovered) {
      results.dataset['uncoveredVendor'] = uncovered;
      notes.push(`${uncovered} is not covered by the catalog yet; below are similar errors at vendors it covers.`);
    } else delete results.dataset['uncoveredVendor'];
    const unknown = answer.lookup.unknownCode;
    // The inference already says that the code is not in the catalog.
    if (unknown && !uncovered) notes.push(unknown.inference);
    if (answer.empty) status.textContent = 'Type or paste a code, a message, a JSON body or a log line.';
    else if (!answer.rows.length) showNoMatch(q, notes);
    else if (uncovered)
      status.textContent = `${notes.join(' ')} ${answer.rows.length} result${answer.rows.length === 1 ? '' : 's'}.`;
    else status.textContent = `${answer.rows.length} result${answer.rows.length === 1 ? '' : 's'}. ${notes.join(' ')}`;
  } catch (error) {
    if (mine !== generation) return;
    results.replaceChildren();
    status.textContent = `Search is unavailable: ${(error as Error).message} Browse the vendor and category pages instead.`;
  } finally {
    clearTimeout(pending);
    if (mine === generation) results.setAttribute('aria-busy', 'false');
  }
}

function showNoMatch(q: string, notes: string[]): void {
  status.replaceChildren(`No match in the catalog for this text. ${notes.join(' ')}`);
  const near = closestCategories(q);
  if (!near.length) return;
  const p = document.createElement('p');
  p.append('Closest categories: ');
  near.forEach((c, i) => {
    const a = document.createElement('a');
    a.href = `/categories/${c.id}/`;
    a.textContent = c.title;
    p.append(...(i ? [', ', a] : [a]));
  });
  status.append(p);
}

// The first change after a committed search (page load, Enter, a filter) starts a new history entry; the keystrokes
// that follow update it in place, so Back returns to the previous search rather than to each keystroke.
let startNewEntry = true;
function syncUrl(commit: boolean): void {
  const url = urlFor(input.value, readFilters());
  if (url !== location.pathname + location.search) {
    if (startNewEntry || commit) history.pushState({ q: input.value }, '', url);
    else history.replaceState({ q: input.value }, '', url);
  } else history.replaceState({ q: input.value }, '', url);
  startNewEntry = commit;
}

// No debounce: the lookup answers in a few milliseconds, and `generation` drops answers that arrive out of order.
// The search first, the address after: the lookup's requests leave before the history update.
form.addEventListener('input', (event) => {
  void run();
  syncUrl(event.target instanceof HTMLSelectElement);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
  syncUrl(true);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});
window.addEventListener('popstate', () => {
  applyUrl();
  startNewEntry = true;
  void run();
});

applyUrl();
void run();
