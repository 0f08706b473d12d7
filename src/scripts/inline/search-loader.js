// Loads the search box script on first use only (focus, or the "/" shortcut), so reading a page fetches no JS.
(() => {
  const box = document.getElementById('site-search');
  if (!box) return;
  const load = () => import('/js/search-box.js');
  box.addEventListener('focus', load, { once: true });
  document.addEventListener('keydown', (event) => {
    const t = event.target;
    const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
    }
  });
})();
