/**
 * What a preview update and an export request cost once the document's analysis is cached,
 * as the server has it: the preview's title, header and body HTML, and an HTML, Markdown and
 * Word export, over the generated corpus. CPU time per document, median of interleaved rounds.
 */
import { builtinDocTypes, createEngine } from '../server/src/engine';
import { buildPreviewParts, exportDocument, type ExportFormat } from '../server/src/export/index';
import { renderHtmlBody } from '../server/src/export/renderers/html';
import { generateCorpus } from './corpus';

const documentCount = Number(process.env['BENCH_DOCUMENTS'] ?? 300);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 7);
const engine = createEngine({ docTypes: builtinDocTypes });
const analyses = generateCorpus(documentCount).map((document) => engine.analyze({ uri: `file:///bench/${document.path}`, path: document.path, text: document.text }));

const requests: Record<string, (analysis: (typeof analyses)[number]) => unknown> = {
  'preview update': (analysis) => renderHtmlBody(buildPreviewParts(analysis).body),
  ...Object.fromEntries((['html', 'md', 'docx'] as ExportFormat[]).map((format) => [`export ${format}`, (analysis: (typeof analyses)[number]) => exportDocument(analysis, { format })])),
};

async function cpuMsPerDocument(run: (analysis: (typeof analyses)[number]) => unknown): Promise<number> {
  global.gc?.();
  const start = process.cpuUsage();
  for (const analysis of analyses) await run(analysis);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / analyses.length;
}

for (const run of Object.values(requests)) for (const analysis of analyses.slice(0, 50)) await run(analysis);
const timings = new Map<string, number[]>(Object.keys(requests).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(requests)) timings.get(name)?.push(await cpuMsPerDocument(run));
}
console.log(`Export and preview requests on ${analyses.length} cached analyses, median CPU time of ${rounds} interleaved rounds`);
console.log('| request | ms/doc (median) | ms/doc (min–max) |');
console.log('|---|---:|---:|');
for (const [name, list] of timings) {
  list.sort((a, b) => a - b);
  console.log(`| ${name} | ${(list[Math.floor(list.length / 2)] as number).toFixed(3)} | ${(list[0] as number).toFixed(3)}–${(list[list.length - 1] as number).toFixed(3)} |`);
}
