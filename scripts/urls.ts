// `npm run urls`: adds the URLs of the built site (dist/) to tests/urls/manifest.txt. Refuses to run on a build of
// another catalog (CATALOG_CONTENT), and refuses to drop a URL: one that no longer resolves must come back (keep the
// entry and mark it retired, or add an alias) before the manifest is rewritten.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { manifestHeader, manifestPath, publishedUrls, readManifest } from './manifest';

if (process.env.CATALOG_CONTENT) {
  console.error('CATALOG_CONTENT is set: the manifest records the committed catalog only. Unset it and rebuild.');
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}
const built = publishedUrls();
const builtSet = new Set(built);
const old = readManifest();
const gone = old.filter((url) => !builtSet.has(url));
if (gone.length) {
  console.error(`${gone.length} published URL(s) no longer resolve in dist/; the manifest never drops URLs:`);
  for (const url of gone) console.error(`  ${url}`);
  console.error('Restore them (keep the entry with retired: true, or publish an alias), rebuild, and run again.');
  process.exit(1);
}
const oldSet = new Set(old);
const added = built.filter((url) => !oldSet.has(url));
mkdirSync(dirname(manifestPath), { recursive: true });
writeFileSync(manifestPath, `${manifestHeader + [...new Set([...old, ...built])].sort().join('\n')}\n`);
console.log(`${added.length} URL(s) added; the manifest lists ${oldSet.size + added.length}.`);
for (const url of added.slice(0, 50)) console.log(`  + ${url}`);
if (added.length > 50) console.log(`  … and ${added.length - 50} more`);
