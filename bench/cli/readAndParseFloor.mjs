// The floor `leaddocs check` is measured against: read every markdown file of a folder, parse
// its front matter with yaml and its body with markdown-it, nothing more. One process, one thread.
// Usage: node bench/cli/readAndParseFloor.mjs <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parseDocument } from 'yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const markdown = new MarkdownIt('default', { html: true });
let files = 0;

function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.git' && entry.name !== 'node_modules') walk(path);
    } else if (/\.(?:md|markdown)$/i.test(entry.name)) {
      const text = readFileSync(path, 'utf8');
      const match = FRONT_MATTER.exec(text);
      if (match !== null) {
        try {
          parseDocument(match[1] ?? '').toJS();
        } catch {
          // A broken front matter costs what it costs; the floor goes on.
        }
      }
      markdown.parse(match === null ? text : text.slice(match[0].length), {});
      files++;
    }
  }
}

walk(process.argv[2] ?? '.');
console.log(`${files} files`);
