/**
 * An analysis worker for tests only: the built-in rules plus one that never returns on a
 * document holding `SPIN FOREVER`, to prove that the server's time budget holds whatever a
 * future rule does. Not bundled, not reachable from any setting.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { EngineInputs } from '../../server/src/analysis/analysisRunner';
import { serveAnalysisJobs } from '../../server/src/analysis/serveAnalysisJobs';
import { allRules, type Rule } from '../../server/src/engine';

export const SPIN_MARKER = 'SPIN FOREVER';

const spinningRule: Rule = {
  meta: { id: 'spins-forever', title: 'Spins', description: 'Never returns on a marked document.', defaultSeverity: 'hint', fixable: false },
  check({ typed }) {
    if (!typed.document.text.includes(SPIN_MARKER)) return;
    for (;;) {
      // Deliberately endless: only terminating the thread stops it.
    }
  },
};

if (parentPort !== null) serveAnalysisJobs(parentPort, workerData as EngineInputs | undefined, { rules: [...allRules, spinningRule], readText: (uri) => readFileSync(fileURLToPath(uri), 'utf8') });
