import { allRules, createEngine, type Engine, type Rule } from '../engine';
import type { EngineInputs } from './analysisRunner';
import { packValue } from './analysisTransfer';
import { catalogFile, performJob } from './engineJobs';
import type { FromWorker, JobAnswer, ToWorker } from './workerMessages';

/** The two ends of a worker's channel that the job loop needs; a Node MessagePort has both. */
export interface JobChannel {
  postMessage(message: FromWorker): void;
  on(event: 'message', listener: (message: ToWorker) => void): void;
}

export interface JobLoopOptions {
  /** The rules to run; tests add one that never ends, to prove the budget holds. */
  readonly rules?: readonly Rule[];
  /**
   * Reads a file by URI, for `catalogFile` jobs; throws when it cannot. Synchronous: a worker
   * has nothing else to do meanwhile, and one read at a time is several times cheaper so.
   */
  readonly readText?: (uri: string) => string;
}

/**
 * The worker's side: builds the engine from the inputs it is sent and answers each message of
 * jobs with one message of answers, in the same order.
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
  const answer = (job: Extract<ToWorker, { type: 'jobs' }>['jobs'][number]): JobAnswer => {
    if (engine === undefined) return { id: job.id, failed: 'The Leaddocs engine could not be built.' };
    try {
      if (job.kind !== 'catalogFile') return { id: job.id, value: packValue(job.kind, performJob(engine, job.kind, job.source)) };
      const text = job.file.text ?? options.readText?.(job.file.uri);
      if (text === undefined) return { id: job.id, failed: 'This worker cannot read files.' };
      return { id: job.id, value: catalogFile(engine, job.file, text) };
    } catch (error) {
      return { id: job.id, failed: error instanceof Error ? error.message : String(error) };
    }
  };
  channel.on('message', (message) => {
    if (message.type === 'configure') return configure(message.inputs);
    channel.postMessage({ type: 'answers', answers: message.jobs.map(answer) });
  });
  // A worker started before the server had settings waits for its first `configure`.
  if (initial !== undefined) configure(initial);
}
