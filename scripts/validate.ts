import { loadCatalog } from './content';

// `npm run validate`: the integrity checks as a command, for contributors editing content.
const report = loadCatalog();
for (const p of report.problems) console.error(p);
console.log(`${report.entries.length} entries, ${report.vendors.length} vendors, ${report.problems.length} problems`);
process.exit(report.problems.length ? 1 : 0);
