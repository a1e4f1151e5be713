// UI check: a screenshot of the workbench as it is now, while the extension host still runs (the driver's
// VSCODE_REAL_SCREENSHOT is taken only after the tests, when the views have lost their data).
import type { Page } from 'playwright-core';

export async function check(page: Page, { path }: { path: string }) {
  await page.screenshot({ path });
  return path;
}
