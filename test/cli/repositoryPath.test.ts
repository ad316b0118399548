import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildCli, leaddocs, makeWorkspace } from './cliTestSupport';

// Typed only with its folder: Context and Consequences alone score 4 of the ADR's 5, the folder
// `decisions` gives 5 more. No number in the name, which would count too.
const DECISION_IN_ITS_FOLDER = `# Use Kafka for order events

## Context

Orders change in three services.

## Consequences

We run a Kafka cluster.
`;

interface JsonReport {
  readonly files: ReadonlyArray<{ readonly path: string; readonly type: string | null }>;
}

describe('leaddocs check reads the path within the repository, as the language server does', () => {
  let root: string;
  before(() => {
    buildCli();
    root = makeWorkspace({
      'docs/decisions/use-kafka.md': DECISION_IN_ITS_FOLDER,
      'docs/guides/setup.md': '# Setup\n\n## Context\n\nA laptop.\n\n## Consequences\n\nIt works.\n',
      // The decision log opened on its own: this folder is a workspace of its own.
      'docs/decisions/.vscode/settings.json': '{}\n',
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const typesFrom = (cwd: string, reportName: string): Map<string, string | null> => {
    const result = leaddocs(['check', '--format', 'json', '--output', reportName], cwd);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const report = JSON.parse(readFileSync(join(cwd, reportName), 'utf8')) as JsonReport;
    return new Map(report.files.map((file) => [file.path.split('/').pop() ?? file.path, file.type]));
  };

  it('gives the documents of a folder opened on its own the types they get from the repository root', () => {
    const fromRoot = typesFrom(root, 'root-report.json');
    const fromFolder = typesFrom(join(root, 'docs', 'decisions'), 'folder-report.json');
    // The same headings outside a decision folder are no decision: the folder is what decides.
    assert.equal(fromRoot.get('setup.md'), null);
    assert.equal(fromRoot.get('use-kafka.md'), 'adr');
    assert.equal(fromFolder.get('use-kafka.md'), 'adr');
    assert.equal(fromFolder.size, 1);
  });

  it('writes the decision log into the decisions folder, not a folder of that name inside it', () => {
    const folder = join(root, 'docs', 'decisions');
    const result = leaddocs(['log'], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Wrote README\.md\.$/m);
    assert.match(readFileSync(join(folder, 'README.md'), 'utf8'), /use-kafka\.md/);
    assert.ok(!existsSync(join(folder, 'docs')), 'nothing written below the workspace under the repository path');
  });
});
