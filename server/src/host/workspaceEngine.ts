import { builtinDocTypes, createEngine, type Engine, type EngineSettings, type ResolvedDocType } from '../engine';
import type { Logger } from './logger';

export interface WorkspaceEngine {
  /** Undefined only when not even the built-in types could be used: a bug, already logged. */
  readonly engine: Engine | undefined;
  /** One sentence per configuration problem the user must fix, fit to show them. */
  readonly problems: readonly string[];
}

/**
 * The one way an engine is built from a workspace's settings and custom types, by the language
 * server and the CLI alike, so the editor and the command line judge a document the same way.
 * Custom types that break the engine are dropped rather than leaving the workspace unchecked.
 */
export function createWorkspaceEngine(settings: EngineSettings, customDocTypes: readonly ResolvedDocType[], log: Logger): WorkspaceEngine {
  const problems: string[] = [];
  let engine = tryCreate([...builtinDocTypes, ...customDocTypes], settings, log);
  if (engine === undefined && customDocTypes.length > 0) {
    problems.push('Leaddocs could not use the custom document types and checks only the built-in ones.');
    engine = tryCreate(builtinDocTypes, settings, log);
  }
  problems.push(...(engine?.configurationProblems ?? []));
  return { engine, problems };
}

function tryCreate(docTypes: readonly ResolvedDocType[], settings: EngineSettings, log: Logger): Engine | undefined {
  try {
    return createEngine({ docTypes, settings });
  } catch (error) {
    log.error('Leaddocs: the validation engine could not be built', error);
    return undefined;
  }
}
