import { allRules, createEngine, type Engine, type Rule } from '../engine';
import type { EngineInputs } from './analysisRunner';
import { packValue } from './analysisTransfer';
import { performJob } from './engineJobs';
import type { FromWorker, ToWorker } from './workerMessages';

/** The two ends of a worker's channel that the job loop needs; a Node MessagePort has both. */
export interface JobChannel {
  postMessage(message: FromWorker): void;
  on(event: 'message', listener: (message: ToWorker) => void): void;
}

export interface JobLoopOptions {
  /** The rules to run; tests add one that never ends, to prove the budget holds. */
  readonly rules?: readonly Rule[];
}

/**
 * The worker's side: builds the engine from the inputs it is sent and answers each job in turn.
 * A job that throws is answered with its message; the worker goes on serving.
 */
export function serveAnalysisJobs(channel: JobChannel, initial: EngineInputs | undefined, options: JobLoopOptions = {}): void {
  const rules = options.rules ?? allRules;
  let engine: Engine | undefined;
  const configure = (inputs: EngineInputs): void => {
    try {
      engine = createEngine({ ...inputs, rules });
    } catch {
      engine = undefined; // the server's own build of these inputs already told the user why
    }
    // After every build, not only the first: the server times a job from when its engine is built.
    channel.postMessage({ type: 'ready' });
  };
  channel.on('message', (message) => {
    if (message.type === 'configure') return configure(message.inputs);
    if (engine === undefined) return channel.postMessage({ type: 'failed', id: message.id, message: 'The Leaddocs engine could not be built.' });
    try {
      channel.postMessage({ type: 'done', id: message.id, value: packValue(message.kind, performJob(engine, message.kind, message.source)) });
    } catch (error) {
      channel.postMessage({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
  // A worker started before the server had settings waits for its first `configure`.
  if (initial !== undefined) configure(initial);
}
