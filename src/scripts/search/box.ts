import { searchUrl } from '../../lib/urls';
import { loadLookup, search, type Answer } from './engine';
import { resultLink } from './render';

/**
 * The header search box, loaded the first time the box is focused or `/` is pressed: shows the best results under
 * the box as you type; arrow keys move, Enter opens, Escape closes. Without it the box is a plain GET form.
 */

const input = document.querySelector<HTMLInputElement>('#site-search');
const form = input?.form;
if (input && form && !input.dataset.enhanced) {
  input.dataset.enhanced = '';
  // The box has focus: fetch the index manifest now, so the first keystroke waits only for its own shards.
  loadLookup().catch(() => {});
  const popup = document.createElement('div');
  popup.id = 'site-search-popup';
  popup.setAttribute('role', 'listbox');
  popup.setAttribute('aria-label', 'Search results');
  popup.hidden = true;
  popup.className =
    'absolute left-0 right-0 top-full z-10 mt-1 max-h-[70vh] space-y-1 overflow-y-auto rounded border border-line bg-page p-2 shadow-lg';
  form.classList.add('relative');
  form.append(popup);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', popup.id);
  input.setAttribute('aria-expanded', 'false');

  let active = -1;
  // An arrow pressed before any result is on screen: applied when the results arrive.
  let pendingMove = false;
  let generation = 0;
  let running: AbortController | undefined;
  const options = () => [...popup.querySelectorAll<HTMLAnchorElement>('[data-search-result]')];
  const close = () => {
    // An answer still on its way must not reopen the list once it is closed.
    generation++;
    running?.abort();
    pendingMove = false;
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    const list = options();
    if (!list.length) return;
    active = (i + list.length) % list.length;
    list.forEach((a, j) => {
      a.setAttribute('aria-selected', String(j === active));
      a.classList.toggle('border-accent', j === active);
    });
    input.setAttribute('aria-activedescendant', list[active]!.id);
    list[active]!.scrollIntoView({ block: 'nearest' });
  };

  const show = (q: string, answer: Answer) => {
    const links = answer.rows.map((row, i) => {
      const a = resultLink(row, `site-search-option-${i}`);
      a.setAttribute('role', 'option');
      a.setAttribute('aria-selected', 'false');
      a.tabIndex = -1;
      return a;
    });
    const more = document.createElement('a');
    more.href = searchUrl(q);
    more.className = 'block p-2 text-sm';
    more.textContent = links.length ? 'All results and filters' : 'No match here: open the search page';
    popup.replaceChildren(...links, more);
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    // A later, fuller answer keeps the highlighted position; a waiting arrow press lands on the first result.
    const keep = pendingMove ? 0 : active;
    active = -1;
    if (keep >= 0 && links.length) {
      pendingMove = false;
      highlight(Math.min(keep, links.length - 1));
    } else input.removeAttribute('aria-activedescendant');
  };

  const update = async () => {
    const mine = ++generation;
    running?.abort();
    const controller = (running = new AbortController());
    const q = input.value;
    if (!q.trim()) return close();
    const answer = await search(
      q,
      {},
      6,
      (quick) => {
        if (mine === generation && quick.rows.length) show(q, quick);
      },
      controller.signal,
    ).catch(() => undefined);
    if (mine === generation && answer) show(q, answer);
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (popup.hidden) void update();
      if (!options().length) pendingMove = true;
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      location.href = options()[active]!.href;
    } else if (event.key === 'Escape' && !popup.hidden) {
      // The first Escape only closes the list (WAI-ARIA combobox); Chromium's default for a search field would also
      // clear the text, and the arrow keys would then have nothing to reopen. A second Escape clears it.
      event.preventDefault();
      close();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  if (input.value.trim()) void update();
}
