// `npm run bench:cards [-- --count N]`: what the unfurl cards cost to build. For the real catalog
// (or, with --count, N synthetic cards made from it, no site build needed) it renders every card into an empty
// cache (cold), then again with the cache warm, each time placing them in a site folder as the build does, and
// prints cards, total and per-card milliseconds (wall and CPU), PNG bytes in total and per
// card, and the steady-state split between drawing and PNG encoding in one thread. Figures, not a test: nothing
// here fails on a slow or busy machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from './content';
import { toEntry } from '../src/lib/catalog';
import { ensureCards, placeCards } from '../src/lib/card/cache';
import { cardJobs, type CardJob } from '../src/lib/card/jobs';
import { cardSize, drawCard } from '../src/lib/card/render';
import { encodePng } from '../src/lib/card/png';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const count = arg('count');

const report = loadCatalog();
const names = new Map(report.vendors.map((v) => [v.slug, v.data.name]));
const real = cardJobs(
  report.entries.map((e) => toEntry(e.id, e.data)),
  (s) => names.get(s) ?? s,
);

/** N distinct cards shaped like real ones: each real card's text with a running number in the code and title. */
function synthetic(n: number): CardJob[] {
  const entries = real.slice(1);
  return Array.from({ length: n }, (_, i) => {
    const { content } = entries[i % entries.length]!;
    const round = Math.floor(i / entries.length);
    return {
      url: `/synthetic/${i}.png`,
      content: {
        ...content,
        headline: `${content.headline}${round ? `_${round}` : ''}`,
        title: `${content.title} (${i})`,
      },
    };
  });
}

const jobs = count ? synthetic(count) : real;
const label = count
  ? `${count} synthetic cards`
  : `the catalog (${real.length} cards: ${real.length - 1} entries and the site card)`;

async function pass(name: string, cacheDir: string) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { stats, files } = await ensureCards(jobs, { cacheDir });
  placeCards(jobs, files, join(cacheDir, 'site'));
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const n = stats.cards;
  console.log(
    `${name.padEnd(6)} ${n} cards (${stats.rendered} rendered, ${stats.cached} cached) in ${ms.toFixed(0)} ms wall = ` +
      `${(ms / n).toFixed(3)} ms/card; CPU ${cpuMs.toFixed(0)} ms = ${(cpuMs / n).toFixed(3)} ms/card; ` +
      `${(stats.bytes / 1024 / 1024).toFixed(2)} MiB, ${Math.round(stats.bytes / n)} bytes/card`,
  );
}

console.log(
  `Cards for ${label}, in one thread as the build renders them; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
);
const cacheDir = mkdtempSync(join(tmpdir(), 'cards-bench-'));
try {
  await pass('cold', cacheDir);
  await pass('cached', cacheDir);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}

// Steady state in one thread (fonts parsed and glyphs rasterised by the passes above): where the time goes.
// CPU time, not wall time, so that other processes on a shared machine distort it less.
const sample = jobs.slice(0, Math.min(jobs.length, 300)).map((j) => j.content);
const cpuMs = (fn: () => void) => {
  const c = process.cpuUsage();
  fn();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000 / sample.length;
};
const buffer = new Uint8Array((cardSize.width + 1) * cardSize.height);
const encodeMs = cpuMs(() => {
  for (const c of sample) encodePng(drawCard(c, buffer).image());
});
const drawMs = cpuMs(() => {
  for (const c of sample) drawCard(c, buffer);
});
console.log(
  `one thread, warm, CPU: draw ${drawMs.toFixed(3)} ms + PNG encode ${(encodeMs - drawMs).toFixed(3)} ms = ` +
    `${encodeMs.toFixed(3)} ms/card`,
);
