import { join } from 'node:path';
import { buildSkeletons } from '../../scripts/authoring/skeletons';
import { sectionSnippets } from '../../scripts/authoring/sectionSnippets';
import { snippetBody, templateText } from '../../scripts/authoring/snippetParts';
import { loadFixtures } from '../support/fixtureFiles';

/** A document the fuzzer starts from, and the workspace path the engine sees it at. */
export interface SeedDocument {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

const root = join(__dirname, '..', '..');

// Where the "New …" commands write each template, so detection types it as a user's file would be.
const templatePaths: Readonly<Record<string, string>> = {
  adr: 'docs/decisions/0007-fuzzed.md',
  'adr-nygard': 'doc/adr/0007-fuzzed.md',
  brief: 'briefs/fuzzed.md',
  'mentorship-plan': 'mentorship/fuzzed.md',
  portfolio: 'portfolio/fuzzed.md',
  postmortem: 'postmortems/2024-03-05-fuzzed.md',
};

/**
 * Every fixture, every built-in template (as written by a "New …" command, and with its
 * `{{…}}` slots still open) and every skeleton snippet's raw body: the documents users start
 * from, and the ones the fixture tests already know the findings of.
 */
export function fuzzSeeds(): SeedDocument[] {
  const seeds: SeedDocument[] = loadFixtures().map((fixture) => ({ name: `fixture ${fixture.path}`, ...fixture }));
  for (const skeleton of buildSkeletons(root)) {
    const path = templatePaths[skeleton.template] ?? `docs/${skeleton.template}.md`;
    const template = templateText(skeleton.lines) + '\n';
    seeds.push(
      { name: `template ${skeleton.template}`, path, text: template.replace(/\{\{title\}\}/g, 'A fuzzed decision').replace(/\{\{date\}\}/g, '2024-03-05').replace(/\{\{number\}\}/g, '7') },
      { name: `template ${skeleton.template} unfilled`, path, text: template },
      { name: `snippet ${skeleton.name}`, path, text: snippetBody(skeleton.lines).join('\n') + '\n' },
    );
  }
  return seeds;
}

/** The reusable section snippets, as the text they insert: fragments to splice into any seed. */
export function sectionSnippetTexts(): string[] {
  return sectionSnippets.flatMap((snippet) => [templateText(snippet.lines), snippetBody(snippet.lines).join('\n')]);
}
