// The floor the workspace index is measured against: read every markdown file of a folder and
// parse it the way the engine must at the least (front matter with yaml, body with markdown-it).
// Prints JSON: { files, ms, rssMb }. Run as its own process, like the server it is compared with.
// `--sync` reads with readFileSync: the floor the index's targets are held against. Without it
// files are read one at a time through fs/promises (a FileHandle and four settled promises each),
// 4-5x slower on a 2-core machine; the bench prints that only for comparison.
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';

const root = process.argv[2];
const read = process.argv.includes('--sync') ? (path) => readFileSync(path, 'utf8') : (path) => readFile(path, 'utf8');
const markdown = new MarkdownIt();
const started = performance.now();
let files = 0;
for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  const text = await read(join(entry.parentPath, entry.name));
  const fence = text.startsWith('---\n') ? text.indexOf('\n---', 4) : -1;
  // The engine reads broken YAML too; the floor pays for the parse, not for a crash.
  if (fence > 0) {
    try {
      parse(text.slice(4, fence));
    } catch {
      // a parse error costs what the parse cost
    }
  }
  markdown.parse(fence > 0 ? text.slice(fence + 4) : text, {});
  files++;
}
console.log(JSON.stringify({ files, ms: performance.now() - started, rssMb: process.memoryUsage().rss / 2 ** 20 }));
