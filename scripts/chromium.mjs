// The one Chromium every browser run uses (end-to-end tests, search benchmarks, the Lighthouse audit): Debian's
// package unless CHROMIUM_PATH says otherwise, with nothing that reaches the network on its own, and /tmp instead
// of /dev/shm, which containers keep small.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
