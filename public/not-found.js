// The 404 page's helper. Static hosts serve the 404 page for every missing path, so near misses of the URL shape
// are resolved here: wrong letter case, a missing or wrong namespace, a missing trailing slash, and the same for
// the .json/.md siblings. Exactly one fitting entry: go there. Several: list them. None: list the nearest codes.
// Only the one vendor's /codes/<vendor>.json is fetched. Plain script (a file, so a strict CSP allows it).
(async () => {
  const parts = decodeURIComponent(location.pathname).split('/').filter(Boolean);
  const names = JSON.parse(document.getElementById('vendor-names')?.textContent || '{}');
  // The namespaces of src/lib/vocabulary.ts (a test compares the two lists).
  const namespaces = ['code', 'http', 'message', 'close', 'event', 'sdk', 'job', 'grpc'];
  const go = (target) => {
    if (target === location.pathname) return false;
    location.replace(target + location.search + location.hash);
    return true;
  };
  const split = (segment) => {
    const m = /^(.*?)(\.json|\.md)?$/i.exec(segment);
    return { name: m[1], suffix: (m[2] || '').toLowerCase() };
  };
  const terms = JSON.parse(document.getElementById('vendor-terms')?.textContent || '{}');
  const section = (parts[0] || '').toLowerCase();
  const box = document.querySelector('[data-not-found]');
  const said = document.querySelector('[data-understood]');
  const list = document.querySelector('[data-candidates]');
  // The search link carries what the URL holds (its last segment), never an empty search.
  const last = parts.length > 1 ? split(parts[parts.length - 1]).name : '';
  const searchLink = document.querySelector('[data-search-link]');
  if (searchLink && last && !namespaces.includes(last.toLowerCase()) && !names[last.toLowerCase()])
    searchLink.href = `/search/?q=${encodeURIComponent(last)}`;

  /**
   * The vendor a URL segment means: the slug itself; else the one vendor whose slug, name or alias starts with it
   * or that it starts with (`alibaba` is alibaba-nls, `agora` agora-stt); else the one nearest spelling, at most two
   * edits away (`scriptx`, `deepgramm`). Undefined when nothing or several fit.
   */
  const guessVendor = (segment) => {
    const s = segment.toLowerCase();
    if (names[s]) return s;
    const words = (slug) => [slug, ...(terms[slug] || [])];
    const starts = Object.keys(names).filter((slug) =>
      words(slug).some((w) => s.length >= 3 && (w.startsWith(s) || s.startsWith(w.split(/[\s-]/)[0]) && w.split(/[\s-]/)[0].length >= 4)),
    );
    if (starts.length === 1) return starts[0];
    let best;
    let bestDistance = 3;
    let tie = false;
    for (const slug of Object.keys(names)) {
      const d = Math.min(...words(slug).map((w) => distance(w, s)));
      if (d < bestDistance) [best, bestDistance, tie] = [slug, d, false];
      else if (d === bestDistance) tie = true;
    }
    return best && !tie ? best : undefined;
  };

  if (section === 'vendors' && parts.length === 2) {
    const { name, suffix } = split(parts[1]);
    if (names[name.toLowerCase()] && go(`/vendors/${name.toLowerCase()}${suffix || '/'}`)) return;
    const guess = guessVendor(name);
    if (box && said && list) {
      box.hidden = false;
      if (guess) {
        said.textContent = `There is no vendor “${name}”. Did you mean:`;
        add(`/vendors/${guess}${suffix || '/'}`, names[guess]);
      } else {
        said.textContent = `There is no vendor “${name}”. The vendors in the catalog:`;
        for (const [slug, vendorName] of Object.entries(names)) add(`/vendors/${slug}/`, vendorName);
      }
    }
    return;
  }
  if (section !== 'errors' || parts.length < 2) return;
  if (!box || !said || !list) return;
  const guessed = guessVendor(parts[1]);
  const vendor = guessed || parts[1].toLowerCase();
  if (!names[vendor]) {
    box.hidden = false;
    said.textContent = `“${parts[1]}” is not a vendor in the catalog. Known vendors:`;
    for (const [slug, name] of Object.entries(names)) add(`/vendors/${slug}/`, name);
    if (last && last !== parts[1]) add(`/search/?q=${encodeURIComponent(last)}`, `Search every vendor for “${last}”`);
    return;
  }
  // A guessed vendor is offered, never followed: the reader confirms it.
  const wasGuessed = vendor !== parts[1].toLowerCase();
  const follow = (target) => !wasGuessed && go(target);
  if (parts.length === 2 && follow(`/vendors/${vendor}/`)) return;
  if (parts.length === 2) {
    box.hidden = false;
    said.textContent = `There is no vendor “${parts[1]}”. Did you mean:`;
    return add(`/vendors/${vendor}/`, names[vendor]);
  }
  const { name: code, suffix } = split(parts[parts.length - 1]);
  const asked = parts.length === 4 ? parts[2].toLowerCase() : undefined;
  if (parts.length === 3 && namespaces.includes(code.toLowerCase()) && follow(`/vendors/${vendor}/#${code.toLowerCase()}`)) return;

  const response = await fetch(`/codes/${vendor}.json`).catch(() => undefined);
  const codes = response && response.ok ? await response.json() : [];
  const wanted = code.toLowerCase();
  // A URL segment is the code, its slug (`bad-request`) or its slug with a qualifier (`bad-request--invalid-audio`).
  const slugOf = (c) => c.url.split('/').filter(Boolean).pop().toLowerCase();
  const same = codes.filter(
    (c) => slugOf(c) === wanted || slugOf(c).split('--')[0] === wanted || c.code.toLowerCase() === wanted,
  );
  const inNamespace = same.filter((c) => c.namespace === asked);
  const fits = inNamespace.length ? inNamespace : same;
  const target = (c) => (suffix ? c.url.replace(/\/$/, suffix) : c.url);
  if (fits.length === 1 && follow(target(fits[0]))) return;

  box.hidden = false;
  if (wasGuessed && fits.length) {
    said.textContent = `There is no vendor “${parts[1]}”. Did you mean ${names[vendor]} ${code}?`;
    for (const c of fits) add(target(c), `${names[vendor]} ${c.label}: ${c.title}`);
    return add(`/search/?q=${encodeURIComponent(code)}`, `Search every vendor for “${code}”`);
  }
  if (fits.length > 1) {
    said.textContent = `${names[vendor]} uses “${code}” for ${fits.length} entries. Pick the one you saw:`;
    for (const c of fits) add(target(c), `${c.label}: ${c.title}`);
    return add(`/vendors/${vendor}/`, `Every ${names[vendor]} error`);
  }
  said.textContent = code
    ? `You asked for “${code}” at ${names[vendor]}, which the catalog does not have. Nearest entries:`
    : `You asked for ${names[vendor]}.`;
  const score = (c) => {
    const have = c.code.toLowerCase();
    if (have.startsWith(wanted) || wanted.startsWith(have)) return 1;
    return 2 + distance(have, wanted);
  };
  const ranked = codes.map((c) => [score(c), c]).sort((a, b) => a[0] - b[0]).slice(0, 5);
  for (const [, c] of ranked) add(c.url, `${c.label}: ${c.title}`);
  add(`/vendors/${vendor}/`, `Every ${names[vendor]} error`);
  if (code) add(`/search/?q=${encodeURIComponent(code)}`, `Search every vendor for “${code}”`);

  function add(href, text) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    li.append(a);
    list.append(li);
  }
  function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const next = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = next;
      }
    }
    return row[b.length];
  }
})();
