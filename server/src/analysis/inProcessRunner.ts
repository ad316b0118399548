import { createEngine, type DocumentSource, type Engine } from '../engine';
import type { AnalysisRunner, EngineInputs, JobKind, JobOutcome, JobPriority, JobValues } from './analysisRunner';
import { performJob } from './engineJobs';

interface QueuedJob {
  readonly perform: (engine: Engine | undefined) => void;
  readonly abandon: (reason: Error) => void;
}

/**
 * Runs jobs on the calling thread, one per turn of the event loop, open documents first. It
 * cannot stop a job that overruns: it serves hosts without worker threads (a browser worker)
 * and tests, where the engine's own linear-time guarantees are the only protection.
 */
export class InProcessRunner implements AnalysisRunner {
  private engine: Engine | undefined;
  private readonly queues: Record<JobPriority, QueuedJob[]> = { open: [], background: [] };
  private draining = false;

  configure(inputs: EngineInputs): void {
    this.engine = createEngine(inputs);
  }

  prepare(): void {
    // Nothing to start: jobs run on this thread.
  }

  run<Kind extends JobKind>(kind: Kind, source: DocumentSource, priority: JobPriority): Promise<JobOutcome<JobValues[Kind]>> {
    return new Promise((resolve, reject) => {
      this.queues[priority].push({
        abandon: reject,
        perform: (engine) => {
          if (engine === undefined) return reject(new Error('The Leaddocs engine is not configured yet.'));
          try {
            resolve({ completed: true, value: performJob(engine, kind, source) });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
      });
      this.drainSoon();
    });
  }

  dispose(): void {
    const pending = [...this.queues.open, ...this.queues.background];
    this.queues.open.length = 0;
    this.queues.background.length = 0;
    for (const job of pending) job.abandon(new Error('The analysis runner was shut down.'));
  }

  private drainSoon(): void {
    if (this.draining) return;
    this.draining = true;
    // A macrotask per job, so messages that arrived meanwhile (a keystroke, a cancellation)
    // are read between jobs, and an open document's job overtakes queued background ones.
    setTimeout(() => {
      this.draining = false;
      const next = this.queues.open.shift() ?? this.queues.background.shift();
      next?.perform(this.engine);
      if (this.queues.open.length + this.queues.background.length > 0) this.drainSoon();
    }, 0);
  }
}
