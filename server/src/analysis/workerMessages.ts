import type { DocumentSource } from '../engine';
import type { EngineInputs, JobKind } from './analysisRunner';
import type { TransferredValue } from './analysisTransfer';

/** From the server's thread to an analysis worker. */
export type ToWorker = { readonly type: 'configure'; readonly inputs: EngineInputs } | { readonly type: 'job'; readonly id: number; readonly kind: JobKind; readonly source: DocumentSource };

/** From an analysis worker: `ready` each time it has built an engine, and one answer per job, in order. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly value: TransferredValue }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
