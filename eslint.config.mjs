// Lint rules that hold the architecture in place, not just style.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'url', 'util', 'crypto', 'stream', 'worker_threads', 'process', 'module', 'vm', 'zlib', 'events', 'readline', 'buffer', 'tty', 'dns', 'cluster'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', '.test-runs/**', 'test-output/**', 'test/corpus/files/**', '**/*.d.ts', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // The engine is pure: the server, the CLI, the tests and a web worker all drive it.
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'The engine must not depend on VS Code.' },
            ...nodeBuiltins.flatMap((name) => [
              { name, message: 'The engine is pure: no Node built-ins, so it runs in a web worker.' },
              { name: `node:${name}`, message: 'The engine is pure: no Node built-ins, so it runs in a web worker.' },
            ]),
          ],
          patterns: [
            { group: ['vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The engine knows nothing of LSP; the server adapts it.' },
            { group: ['node:*'], message: 'The engine is pure: no Node built-ins.' },
            { group: ['**/lsp/**', '**/cli/**', '**/export/**', '**/client/**'], message: 'The engine must not import its hosts.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'require', 'process', '__dirname', 'Buffer'],
    },
  },
  {
    // The server reaches files through one interface (host/workspaceFiles.ts), so a web-worker
    // build can swap the Node implementation for the editor's file system.
    files: ['server/src/lsp/**/*.ts', 'server/src/host/**/*.ts'],
    ignores: ['server/src/host/nodeWorkspaceFiles.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({ name, message: 'Use the WorkspaceFiles interface; only nodeWorkspaceFiles.ts touches the disk.' })) }],
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
);
