import { fileURLToPath } from 'node:url';
import { builtinDocTypes, type Engine, type EngineSettings, type ResolvedDocType } from '../engine/index';
import { silentLogger } from '../host/logger';
import { loadWorkspaceHost, type WorkspaceHost } from '../host/nodeWorkspace';
import { createWorkspaceEngine } from '../host/workspaceEngine';

/** What a worker thread needs to build the same engine as the host: plain data, cloned across threads. */
export interface EngineRecipe {
  readonly customDocTypes: readonly ResolvedDocType[];
  readonly settings: EngineSettings;
}

export interface CliWorkspace {
  readonly host: WorkspaceHost;
  /** Absolute path of the workspace folder. */
  readonly root: string;
  readonly recipe: EngineRecipe;
}

/** The workspace holding the current folder, as the host layer builds it for every command. */
export async function openWorkspace(cwd: string): Promise<CliWorkspace> {
  const host = await loadWorkspaceHost(cwd, cwd);
  // The host's engine already dropped custom types it could not use; the workers drop the same.
  const customDocTypes = host.engine.docTypes.filter((docType) => !builtinDocTypes.includes(docType));
  return { host, root: fileURLToPath(host.rootUri), recipe: { customDocTypes, settings: host.settings.engine } };
}

/** The engine of a worker thread, built the one way the host builds engines. */
export function buildEngine(recipe: EngineRecipe): Engine {
  const { engine } = createWorkspaceEngine(recipe.settings, recipe.customDocTypes, silentLogger);
  if (engine === undefined) throw new Error('The Leaddocs engine could not be built in a worker thread.');
  return engine;
}
