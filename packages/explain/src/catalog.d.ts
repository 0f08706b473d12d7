// The catalog the package carries: written by `npm run pack:cli` (scripts/pack-cli.ts) as dist/catalog.js, beside
// the bundled code, so that the library and the command load one copy.
import type { PackData } from './data';
import type { CatalogInfo } from './types';

export const data: PackData;
export const info: CatalogInfo;
