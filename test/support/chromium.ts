import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (`apt-get install chromium`), never a browser Playwright downloads, headless
 * (Playwright adds --headless), with the flags this closed network needs: nothing is fetched
 * in the background. Each launch or context starts from a fresh profile.
 */
export const CHROMIUM: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
