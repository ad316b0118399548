// Lint rules that hold the architecture in place, not just style.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'url', 'util', 'crypto', 'stream', 'worker_threads', 'process', 'module', 'vm', 'zlib', 'events', 'readline', 'buffer', 'tty', 'dns', 'cluster'];

// What Node offers an ES module without an import; no `require`, `__dirname` or `module` there.
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'fetch', 'performance', 'structuredClone', 'queueMicrotask', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'globalThis'].map((name) => [name, 'readonly']),
);

const enginePurityMessage = 'The engine is pure: no Node built-ins, so it runs in a web worker.';
const enginePurity = {
  paths: [
    { name: 'vscode', message: 'The engine must not depend on VS Code.' },
    ...nodeBuiltins.flatMap((name) => [
      { name, message: enginePurityMessage },
      { name: `node:${name}`, message: enginePurityMessage },
    ]),
  ],
  patterns: [
    { group: ['vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The engine knows nothing of LSP; the server adapts it.' },
    { group: ['node:*'], message: 'The engine is pure: no Node built-ins.' },
    { group: ['**/lsp/**', '**/cli/**', '**/export/**', '**/host/**', '**/client/**'], message: 'The engine must not import its hosts.' },
  ],
};

// The engine's layers, bottom first: each may import only the layers before it (and itself).
// `findings.ts` (the Finding/Fix vocabulary) sits just under edits; the other files at the
// engine's root (analysis, engine, createEngine) are the layer that runs the rules; index.ts
// is the public face and may re-export anything.
const engineLayers = [
  { name: 'text', folder: 'text' },
  { name: 'model', folder: 'model' },
  { name: 'doctypes', folder: 'doctypes' },
  { name: 'derive', folder: 'derive' },
  { name: 'checklist', folder: 'checklist' },
  { name: 'findings', rootFiles: ['findings'] },
  { name: 'edits', folder: 'edits' },
  { name: 'rules', folder: 'rules' },
  // The workspace as a whole: catalogue entries (built from a typed document), the checks
  // across documents, and the generated decision log.
  { name: 'workspace', folder: 'workspace' },
  { name: 'workspaceRules', folder: 'workspaceRules' },
  { name: 'decisionLog', folder: 'decisionLog' },
  { name: 'engine', rootFiles: ['analysis', 'engine', 'createEngine'] },
  { name: 'assist', folder: 'assist' },
  { name: 'the public index', rootFiles: ['index'] },
].map((layer) => ({
  ...layer,
  files: layer.folder !== undefined ? [`server/src/engine/${layer.folder}/**/*.ts`] : layer.rootFiles.map((file) => `server/src/engine/${file}.ts`),
}));

/** Import patterns, as written from a file of the layer at `index`, that reach a layer above it. */
function layersAbove(index) {
  const layer = engineLayers[index];
  const prefix = layer.folder !== undefined ? '\\.\\./' : '\\./';
  const above = engineLayers.slice(index + 1);
  const folders = above.flatMap((upper) => (upper.folder !== undefined ? [upper.folder] : []));
  const rootFiles = above.flatMap((upper) => upper.rootFiles ?? []);
  if (layer.folder !== undefined) rootFiles.push('index');
  const message = `The engine's layers point down: ${layer.name} may not import ${above.map((upper) => upper.name).join(', ')} (docs/architecture.md).`;
  const patterns = [];
  if (folders.length > 0) patterns.push({ regex: `^${prefix}(?:${folders.join('|')})(?:/|$)`, message });
  if (rootFiles.length > 0) patterns.push({ regex: `^${prefix}(?:${[...new Set(rootFiles)].join('|')})$`, message });
  if (layer.folder !== undefined) patterns.push({ regex: '^\\.\\.(?:/index)?/?$', message });
  return patterns;
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', '.test-runs/**', 'test-output/**', 'test/corpus/files/**', '**/*.d.ts', '**/*.js', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Build, docs and harness scripts: plain ESM run by Node (type-aware rules need a tsconfig).
    files: ['**/*.mjs'],
    languageOptions: { globals: nodeGlobals },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // The engine is pure, and its layers only point down (docs/architecture.md). One block per
  // layer, because a later block's no-restricted-imports replaces an earlier one's.
  {
    // Purity for any engine file no layer names yet.
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', enginePurity],
      'no-restricted-globals': ['error', 'require', 'process', '__dirname', 'Buffer'],
    },
  },
  ...engineLayers.map((layer, index) => ({
    files: layer.files,
    ignores: layer.ignores ?? [],
    rules: {
      'no-restricted-imports': ['error', { paths: enginePurity.paths, patterns: [...enginePurity.patterns, ...layersAbove(index)] }],
      'no-restricted-globals': ['error', 'require', 'process', '__dirname', 'Buffer'],
    },
  })),
  {
    // The server reaches files through one interface (host/workspaceFiles.ts), so a web-worker
    // build can swap the Node implementation for the editor's file system.
    files: ['server/src/lsp/**/*.ts', 'server/src/host/**/*.ts'],
    ignores: ['server/src/host/nodeWorkspaceFiles.ts', 'server/src/host/nodeCatalogCache.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({ name, message: 'Use the WorkspaceFiles interface; only nodeWorkspaceFiles.ts (and the catalogue cache, nodeCatalogCache.ts) touch the disk.' })) }],
    },
  },
  {
    // The webview script runs in the browser and talks to the extension only through typed messages.
    files: ['preview-src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The webview has no VS Code API; post a message instead.' }],
          patterns: [
            { regex: '^\\.\\./client/(?!src/preview/messages$)', message: 'The webview shares only the message types with the extension.' },
            { group: ['../server/**', 'node:*'], message: 'The webview runs in a browser sandbox.' },
          ],
        },
      ],
    },
  },
  {
    // The client stays thin: it may share protocol types with the server, never engine code.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/src/engine/**', '!**/server/src/engine/**/*Spec', '**/server/src/lsp/**'], message: 'The client talks to the server over LSP; share only protocol types.' }] }],
    },
  },
  {
    // Patterns run on document text and on what a team configures: none may take time that
    // grows faster than its input (issue 8: a few KB of '[' stalled the server for seconds).
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'preview-src/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.mjs'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
