// The 404 page's helper: for /errors/<vendor>/[<namespace>/]<code>/ paths, say what was understood and list the
// nearest codes of that vendor. Plain script (served as a file, so a strict CSP allows it without hashes).
(async () => {
  const parts = decodeURIComponent(location.pathname).split('/').filter(Boolean);
  if (parts[0] !== 'errors' || parts.length < 2) return;
  const names = JSON.parse(document.getElementById('vendor-names')?.textContent || '{}');
  const box = document.querySelector('[data-not-found]');
  const said = document.querySelector('[data-understood]');
  const list = document.querySelector('[data-candidates]');
  if (!box || !said || !list) return;
  box.hidden = false;
  const vendor = parts[1].toLowerCase();
  const code = parts.length > 2 ? parts[parts.length - 1] : '';
  if (!names[vendor]) {
    said.textContent = `“${parts[1]}” is not a vendor in the catalog. Known vendors:`;
    for (const [slug, name] of Object.entries(names)) add(`/vendors/${slug}/`, name);
    return;
  }
  said.textContent = code
    ? `You asked for “${code}” at ${names[vendor]}, which the catalog does not have. Nearest entries:`
    : `You asked for ${names[vendor]}.`;
  if (!code) return add(`/vendors/${vendor}/`, `Every ${names[vendor]} error`);
  const response = await fetch(`/codes/${vendor}.json`).catch(() => undefined);
  const codes = response && response.ok ? await response.json() : [];
  const wanted = code.toLowerCase();
  const score = (c) => {
    const have = c.code.toLowerCase();
    if (have === wanted) return 0;
    if (have.startsWith(wanted) || wanted.startsWith(have)) return 1;
    return 2 + distance(have, wanted);
  };
  const ranked = codes.map((c) => [score(c), c]).sort((a, b) => a[0] - b[0]).slice(0, 5);
  for (const [, c] of ranked) add(c.url, `${c.label}: ${c.title}`);
  add(`/vendors/${vendor}/`, `Every ${names[vendor]} error`);

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
