// Debian's headless Chromium, as the end-to-end tests, the bench and the audit start it.

/** Where Chromium is: Debian's package, unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Root (as in CI) needs --no-sandbox; the rest keeps Chromium off the network, which is closed here. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
