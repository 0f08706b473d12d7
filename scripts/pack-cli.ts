import { loadCatalog } from './content';
import { buildPackage } from './cli-package';
import { defaultSite } from '../src/lib/urls';

// `npm run pack:cli`: the `speech-errors` package as an installable tarball in dist-cli/, for the catalog in
// content/ (or CATALOG_CONTENT) and the site in SITE_URL. The tarball's path is the last line of the output.
const report = loadCatalog();
if (report.problems.length) {
  for (const p of report.problems.slice(0, 20)) console.error(p);
  console.error(`pack:cli: the catalog has ${report.problems.length} problems (npm run validate lists them all).`);
  process.exit(1);
}
const site = process.env.SITE_URL ?? defaultSite;
if (site === defaultSite) console.warn(`pack:cli: SITE_URL is not set, so the package's URLs point to ${defaultSite}.`);
const tarball = await buildPackage({ entries: report.entries, vendors: report.vendors, site, out: 'dist-cli' });
console.log(`${report.entries.length} entries, URLs on ${site}`);
console.log(tarball);
