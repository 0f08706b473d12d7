// Shared by the search benchmarks: times one query typed into the search page already open in `page`, from the
// input event to the first rendered result (or to the page saying it is done with none), in the browser's clock.
export const timeSearch = (page, query) =>
  page.evaluate(async (q) => {
    const box = document.querySelector('#search-page-input');
    const results = document.querySelector('[data-search-results]');
    results.replaceChildren();
    const start = performance.now();
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (results.querySelector('[data-search-result]') || results.getAttribute('aria-busy') === 'false') {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }
      });
      observer.observe(results, { childList: true, attributes: true });
    });
    box.value = q;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return done;
  }, query);
