import type { DocumentSource } from '../engine';
import type { EngineInputs, FileToCatalog, JobKind } from './analysisRunner';
import type { TransferredValue } from './analysisTransfer';

/** What a job asks: an engine job on a text the server holds, or the catalogue entry of a file the worker reads. */
export type JobRequest = { readonly kind: JobKind; readonly source: DocumentSource } | { readonly kind: 'catalogFile'; readonly file: FileToCatalog };

/** From the server's thread to an analysis worker. */
export type ToWorker = { readonly type: 'configure'; readonly inputs: EngineInputs } | { readonly type: 'jobs'; readonly jobs: ReadonlyArray<{ readonly id: number } & JobRequest> };

/** One job's answer: its value, or why the engine threw. */
export type JobAnswer = { readonly id: number; readonly value: TransferredValue } | { readonly id: number; readonly failed: string };

/** From an analysis worker: `ready` each time it has built an engine, and one message of answers per message of jobs, in order. */
export type FromWorker = { readonly type: 'ready' } | { readonly type: 'answers'; readonly answers: readonly JobAnswer[] };
