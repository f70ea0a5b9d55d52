// Takes the README's screenshots from the real workbench: a hover on a figure with its source,
// and the outline of the sample article. `node test/host/screenshot.mjs` (after `npm run build`).
import { chromium } from 'playwright-core';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, CHROMIUM, CHROMIUM_ARGS, makeRunDir, removeRunDir, startCodeServer } from './codeServer.mjs';

const runDir = makeRunDir();
const workspace = join(runDir, 'workspace');
cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
const server = await startCodeServer({ runDir, userSettings: {
  'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'workbench.colorTheme': 'Default Light Modern',
  'editor.fontSize': 15, 'editor.wordWrap': 'on', 'editor.minimap.enabled': false, 'workbench.tips.enabled': false,
  'outline.collapseItems': 'alwaysExpand', 'git.openRepositoryInParentFolders': 'never', 'git.enabled': false, 'window.commandCenter': false, 'chat.commandCenter.enabled': false,
} });
const host = new URL(server.url).host;
const file = join(workspace, 'hangzhou-model.zh-Hant.txt');
const payload = [['extensionDevelopmentPath', `vscode-remote://${host}${ROOT}`], ['openFile', `vscode-remote://${host}${file}`],
  ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
const ctx = await chromium.launchPersistentContext(join(runDir, 'chromium'), { executablePath: CHROMIUM, args: CHROMIUM_ARGS,
  viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('.view-lines').first().waitFor({ timeout: 60_000 });
  const out = join(ROOT, 'media');
  mkdirSync(out, { recursive: true });
  // Scroll the figure into view, then hover it until the Policy Lens hover shows.
  await page.keyboard.press('Control+G');
  await page.keyboard.type('26');
  await page.keyboard.press('Enter');
  const figure = page.locator('.view-lines span', { hasText: '8856' }).first();
  await figure.waitFor({ timeout: 30_000 });
  for (let i = 0; i < 20; i++) {
    const box = await figure.boundingBox();
    const text = (await figure.textContent()) ?? '';
    const dx = box ? (box.width * (text.indexOf('8856') + 2)) / Math.max(1, text.length) : 0;
    if (box) await page.mouse.move(box.x + dx, box.y + box.height / 2);
    try {
      await page.locator('.monaco-hover:visible', { hasText: '885,600,000,000' }).waitFor({ timeout: 3000 });
      break;
    } catch { await page.mouse.move(5, 5); }
  }
  await page.screenshot({ path: join(out, 'screenshot-hover.png') });
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  // The outline view in the Explorer.
  await page.keyboard.press('F1');
  await page.keyboard.type('Explorer: Focus on Outline View');
  await page.keyboard.press('Enter');
  await page.locator('.monaco-list-row', { hasText: '杭州模式的科技' }).first().waitFor({ timeout: 30_000 });
  // Give the Outline and Figures & Terms views the sidebar: fold the file list, open the view.
  await page.locator('.pane-header', { hasText: 'Workspace' }).first().click();
  await page.locator('.pane-header', { hasText: 'Figures & Terms' }).first().click();
  await page.locator('.monaco-list-row', { hasText: '5 月 15 日' }).first().waitFor({ timeout: 30_000 })
    .catch(async (e) => { await page.screenshot({ path: '/tmp/shot-debug.png' }); throw e; });
  await page.screenshot({ path: join(out, 'screenshot-outline.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await ctx.close();
  await server.stop();
  removeRunDir(runDir);
}
