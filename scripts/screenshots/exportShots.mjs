// The exported PDF and deck as images: the CLI exports the example brief, pdftoppm renders the
// PDF's pages, LibreOffice turns the deck into a PDF first, and Chromium lays the pages out side
// by side on one sheet for the README.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, repoRoot } from '../vscode/toolPaths.mjs';

const BRIEF = path.join(repoRoot, 'examples', 'briefs', 'q3-platform-migration.md');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
}

function exportBrief(format, workDir) {
  run(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'export', BRIEF, '--format', format, '-o', workDir, '--force']);
  return path.join(workDir, `q3-platform-migration.${format}`);
}

/** PNG files of the PDF's first `pages` pages, in order. */
function pdfPages(pdf, pages, workDir, prefix) {
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), pdf, path.join(workDir, prefix)]);
  return fs.readdirSync(workDir).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png')).sort().map((name) => path.join(workDir, name));
}

/** One sheet: the pages in a grid on a neutral background, screenshotted at 1280 px wide. */
async function sheet(images, columns, out, workDir) {
  const html = path.join(workDir, `${path.basename(out, '.png')}.html`);
  const cells = images.map((image) => `<img src="${pathToFileURL(image).href}">`).join('');
  fs.writeFileSync(html, `<!DOCTYPE html><html><head><style>
    body { margin: 0; background: #e8ebef; }
    main { display: grid; grid-template-columns: repeat(${columns}, 1fr); gap: 24px; padding: 24px; width: ${1280 - 48}px; }
    img { width: 100%; box-shadow: 0 2px 8px rgba(0,0,0,.25); background: white; }
  </style></head><body><main>${cells}</main></body></html>`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
    await page.goto(pathToFileURL(html).href);
    await page.locator('main').screenshot({ path: out });
  } finally {
    await browser.close();
  }
}

export async function takeExportShots({ outDir, workDir, log, haveLibreOffice }) {
  log('the exported PDF');
  const pdf = exportBrief('pdf', workDir);
  await sheet(pdfPages(pdf, 2, workDir, 'pdf'), 2, path.join(outDir, 'export-pdf.png'), workDir);

  if (!haveLibreOffice) {
    log('skipping the deck: LibreOffice (soffice) is not installed and apt-get is not available to install it');
    return;
  }
  log('the exported deck');
  const deck = exportBrief('pptx', workDir);
  // LibreOffice writes its profile into HOME; a throwaway one keeps the user's untouched.
  run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', workDir, deck], { env: { ...process.env, HOME: workDir } });
  await sheet(pdfPages(deck.replace(/\.pptx$/, '.pdf'), 6, workDir, 'deck'), 3, path.join(outDir, 'export-deck.png'), workDir);
}
