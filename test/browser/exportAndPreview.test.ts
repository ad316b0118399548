import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { builtinDocTypes, createEngine } from '../../server/src/engine/index';
import { exportDocument } from '../../server/src/export/index';
import { launchChromium, OUTPUT_DIR, REPO_ROOT, trappedPage } from './browserSupport';
import { HOSTILE_BRIEF } from './hostileDocument';
import { installFakeVsCodeApi, postedMessages, previewDocumentFor, renderInPage, writePreviewShell } from './previewPage';

const BRIEF = readFileSync(join(REPO_ROOT, 'examples', 'briefs', 'q3-platform-migration.md'), 'utf8');
const DOCUMENTS = { brief: BRIEF, hostile: HOSTILE_BRIEF } as const;

describe('in Chromium', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  for (const [name, text] of Object.entries(DOCUMENTS)) {
    it(`the exported HTML of the ${name} renders its headings, runs nothing and requests nothing`, async () => {
      const analysis = createEngine({ docTypes: builtinDocTypes }).analyze({ uri: `file:///${name}.md`, text });
      const { bytes } = await exportDocument(analysis, { format: 'html', path: `${name}.md` });
      const file = join(OUTPUT_DIR, `export-${name}.html`);
      writeFileSync(file, bytes);
      const trapped = await trappedPage(browser);
      await trapped.page.goto(pathToFileURL(file).href);

      const headings = await trapped.page.locator('h1, h2').allTextContents();
      assert.ok(headings.length >= 2, headings.join(' | '));
      if (name === 'brief') assert.ok(headings.includes('Bottom line') && !headings.includes('Appendix'), headings.join(' | '));
      else assert.ok(headings.some((heading) => heading.includes('<script>')), 'the title shows its markup as text');
      assert.equal(await trapped.page.locator('a[href^="javascript" i], a[href^="data" i], a[href^="vbscript" i]').count(), 0, 'unsafe links left as text');
      assert.equal(await trapped.pwned(), false, 'no script assigned window.__pwned');
      assert.deepEqual(trapped.dialogs, []);
      assert.deepEqual(trapped.requests.filter((url) => !url.startsWith('file:')), [], 'no external request');
      assert.deepEqual(trapped.console.filter((line) => /Refused|pageerror/.test(line)), [], 'nothing even tried to run');
      await trapped.page.screenshot({ path: join(OUTPUT_DIR, `export-${name}.png`), fullPage: true });
      await trapped.page.close();
    });

    it(`the preview webview page shows the ${name} with its checklist and runs none of it`, async () => {
      const trapped = await trappedPage(browser);
      await installFakeVsCodeApi(trapped.page);
      await trapped.page.goto(writePreviewShell(`preview-${name}`));
      const rendered = await renderInPage(trapped.page, previewDocumentFor(text, `file:///workspace/briefs/${name}.md`));

      assert.equal(rendered.report.activeContent, 0);
      assert.ok(rendered.report.headings.length >= 2, rendered.report.headings.join(' | '));
      assert.ok(rendered.report.checklistItems > 0, 'checklist shown');
      assert.equal(await trapped.page.locator('#header .card-title').count(), 1);
      // A click on a link asks the extension to open it; the page stays where it is.
      const link = trapped.page.locator('#body a').first();
      if ((await link.count()) > 0) {
        const before = trapped.page.url();
        await link.click();
        assert.equal(trapped.page.url(), before);
        assert.ok((await postedMessages(trapped.page)).some((message) => message.type === 'openLink'));
      }
      assert.equal(await trapped.pwned(), false, 'no script assigned window.__pwned');
      assert.deepEqual(trapped.dialogs, []);
      assert.deepEqual(trapped.console.filter((line) => /Refused|pageerror/.test(line)), [], 'nothing even tried to run');
      await trapped.page.screenshot({ path: join(OUTPUT_DIR, `preview-${name}.png`), fullPage: true });
      await trapped.page.close();
    });
  }

  it('the preview keeps its scroll position when the document is rendered again', async () => {
    const trapped = await trappedPage(browser, { width: 900, height: 500 });
    await installFakeVsCodeApi(trapped.page);
    await trapped.page.goto(writePreviewShell('preview-scroll'));
    const document = previewDocumentFor(BRIEF, 'file:///workspace/briefs/q3.md');
    await renderInPage(trapped.page, document, 1);
    await trapped.page.mouse.wheel(0, 600);
    await trapped.page.waitForFunction(() => window.scrollY > 0);
    // The script saves the position on the next frame, for when the panel is reloaded.
    await trapped.page.waitForFunction(() => ((window as unknown as { __state?: { scrollY: number } }).__state?.scrollY ?? 0) > 0);
    const scrolled = await trapped.page.evaluate(() => window.scrollY);
    const edited = { ...document, documentVersion: 2, html: `${document.html}<p>One more paragraph.</p>` };
    const rendered = await renderInPage(trapped.page, edited, 2);
    assert.ok(Math.abs(rendered.report.scrollY - scrolled) <= 1, `scrolled to ${scrolled}, after the update ${rendered.report.scrollY}`);
    await trapped.page.close();
  });

  it('the preview stays usable at a narrow width, checklist first', async () => {
    const trapped = await trappedPage(browser, { width: 380, height: 800 });
    await installFakeVsCodeApi(trapped.page);
    await trapped.page.goto(writePreviewShell('preview-narrow'));
    await renderInPage(trapped.page, previewDocumentFor(BRIEF, 'file:///workspace/briefs/q3.md'));
    const overflow = await trapped.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the view`);
    const checklistTop = await trapped.page.locator('#checklist').boundingBox();
    const bodyTop = await trapped.page.locator('#body').boundingBox();
    assert.ok(checklistTop !== null && bodyTop !== null && checklistTop.y < bodyTop.y, 'the checklist comes before the document');
    await trapped.page.screenshot({ path: join(OUTPUT_DIR, 'preview-narrow.png') });
    await trapped.page.close();
  });
});
