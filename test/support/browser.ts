/// <reference lib="dom" />
// Browser tests pass functions to run in the page (document, navigator): they need the DOM types.
import { BrowserContext, chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '@/common/paths';
import { CHROMIUM } from './chromium';

/**
 * A Chromium of its own, for the few tests the shared browser cannot serve: one restarted with
 * its storage (given a profile folder, it opens that one and leaves it on close) or one with
 * extra flags (a fake camera). Fresh profile otherwise.
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
    ...CHROMIUM,
    viewport: { width: 1100, height: 900 },
    args: [...(CHROMIUM.args ?? []), ...extraArgs],
  });
  return {
    context,
    close: async () => {
      await context.close();
      if (!keptProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Screenshots and downloads the browser tests leave for a person to look at (ignored by git). */
export const ARTIFACTS = join(projectRoot(__dirname), 'test', 'artifacts');
