/// <reference lib="dom" />
// Browser tests pass functions to run in the page (document, navigator): they need the DOM types.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags this closed network needs and a fresh profile;
 * given a profile folder, it opens that one and leaves it on close (a browser restarted with
 * its storage).
 */
export async function launchChromium(
  keptProfile?: string,
  extraArgs: string[] = [],
): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'kazpost-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      if (!keptProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const ARTIFACTS = join(__dirname, '..', 'artifacts');
