// The extension and its language server for VS Code for the Web (vscode.dev, github.dev): the
// client runs in the web extension host, the server in a Web Worker it starts. Neither may need
// a Node built-in; the build fails, naming the importer, if one does.
import { builtinModules } from 'node:module';

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** @type {import('esbuild').Plugin} */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (!NODE_BUILTINS.has(args.path) && !NODE_BUILTINS.has(args.path.split('/')[0])) return undefined;
      return { errors: [{ text: `"${args.path}" is a Node built-in, imported by ${args.importer}: the browser bundles must run without Node.` }] };
    });
  },
};

const browser = { platform: 'browser', target: 'es2022', plugins: [noNodeBuiltins] };

/** @type {import('esbuild').BuildOptions & { entryPoints: string[] }} */
export const browserServerBundle = { ...browser, entryPoints: ['server/src/lsp/browserMain.ts'], outfile: 'dist/browser/server.js', format: 'iife' };

/** @type {import('esbuild').BuildOptions & { entryPoints: string[] }} */
export const browserExtensionBundle = { ...browser, entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browser/extension.js', format: 'cjs', external: ['vscode'] };
