/** Entry of the analysis worker thread (dist/analysisWorker.js), started by WorkerRunner. */
import { parentPort, workerData } from 'node:worker_threads';
import type { EngineInputs } from '../analysisRunner';
import { serveAnalysisJobs } from '../serveAnalysisJobs';

if (parentPort !== null) serveAnalysisJobs(parentPort, workerData as EngineInputs | undefined);
