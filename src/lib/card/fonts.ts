import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as opentype from 'opentype.js';
import type { Font } from 'opentype.js';
import { Face } from './face';

/**
 * The card fonts: IBM Plex Sans and Plex Mono (SIL Open Font License), read from their npm packages so that the
 * build downloads nothing. Each family is the Latin subset with Latin Extended behind it for accented names, and
 * Noto Sans SC (also OFL) behind both for Chinese messages, whose code pages would otherwise get a card showing
 * the entry's slug. Fontsource splits Noto Sans SC into about a hundred files by Unicode range; a file is parsed
 * the first time a card needs one of its characters.
 */

const require = createRequire(import.meta.url);

// opentype.js is CommonJS under Node and ESM under Vite; only the ESM build has a named `parse` export.
const parse: (b: ArrayBuffer) => Font =
  (opentype as { parse?: (b: ArrayBuffer) => Font }).parse ??
  (opentype as unknown as { default: { parse: (b: ArrayBuffer) => Font } }).default.parse;

function read(file: string): Font {
  const bytes = readFileSync(require.resolve(file));
  return parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

const font = (family: string, subset: string, weight: number): Font =>
  read(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`);

const cjkPackage = '@fontsource/noto-sans-sc';

/** Each Noto Sans SC file's Unicode ranges, as Fontsource's `unicode.json` lists them (`"[12]": "U+4e00-4e3f,…"`). */
interface Range {
  from: number;
  to: number;
  subset: string;
}
let cjkRanges: Range[] | undefined;

function rangesOf(): Range[] {
  if (!cjkRanges) {
    const table = JSON.parse(readFileSync(require.resolve(`${cjkPackage}/unicode.json`), 'utf8')) as Record<
      string,
      string
    >;
    cjkRanges = [];
    for (const [key, list] of Object.entries(table)) {
      // Numbered files only: the named ones (latin, cyrillic…) repeat what Plex already draws.
      const subset = /^\[(\d+)\]$/.exec(key)?.[1];
      if (!subset) continue;
      for (const part of list.split(',')) {
        const m = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(part.trim());
        if (m) cjkRanges.push({ from: parseInt(m[1]!, 16), to: parseInt(m[2] ?? m[1]!, 16), subset });
      }
    }
    cjkRanges.sort((a, b) => a.from - b.from);
  }
  return cjkRanges;
}

/** The Noto Sans SC file of `weight` that holds `codePoint`, parsed once per process; undefined when none does. */
const cjkFiles = new Map<string, Font>();
function cjkFont(weight: number, codePoint: number): Font | undefined {
  const ranges = rangesOf();
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (codePoint < r.from) hi = mid - 1;
    else if (codePoint > r.to) lo = mid + 1;
    else {
      const key = `${r.subset}-${weight}`;
      let f = cjkFiles.get(key);
      if (!f) {
        f = read(`${cjkPackage}/files/noto-sans-sc-${r.subset}-${weight}-normal.woff`);
        cjkFiles.set(key, f);
      }
      return f;
    }
  }
  return undefined;
}

export interface Fonts {
  sans: readonly Font[];
  sansBold: readonly Font[];
  mono: readonly Font[];
}

/** The CJK weight behind each family: Plex Sans 500 and Plex Sans/Mono 600. */
const cjkWeights: Record<keyof Fonts, number> = { sans: 500, sansBold: 600, mono: 600 };

let loaded: Fonts | undefined;

/** Parses the Latin fonts once per process (about 0.1 s). */
export function cardFonts(): Fonts {
  loaded ??= {
    sans: [font('ibm-plex-sans', 'latin', 500), font('ibm-plex-sans', 'latin-ext', 500)],
    sansBold: [font('ibm-plex-sans', 'latin', 600), font('ibm-plex-sans', 'latin-ext', 600)],
    mono: [font('ibm-plex-mono', 'latin', 600), font('ibm-plex-mono', 'latin-ext', 600)],
  };
  return loaded;
}

const faces = new Map<string, Face>();

/** A family at a pixel size, shared by every card of the process so that glyphs are rasterised once. */
export function face(family: keyof Fonts, size: number): Face {
  const key = `${family}@${size}`;
  let f = faces.get(key);
  if (!f) {
    const weight = cjkWeights[family];
    f = new Face(cardFonts()[family], size, (codePoint) => cjkFont(weight, codePoint));
    faces.set(key, f);
  }
  return f;
}
