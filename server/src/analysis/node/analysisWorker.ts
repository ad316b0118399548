/** Entry of the analysis worker thread (dist/analysisWorker.js), started by WorkerRunner. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { EngineInputs } from '../analysisRunner';
import { serveAnalysisJobs } from '../serveAnalysisJobs';

if (parentPort !== null) serveAnalysisJobs(parentPort, workerData as EngineInputs | undefined, { readText: (uri) => readFileSync(fileURLToPath(uri), 'utf8') });
