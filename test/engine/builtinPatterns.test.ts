import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from 'scslre';
import { builtinDocTypes } from '../../server/src/engine';
import { compileSignalPattern } from '../../server/src/engine/doctypes/signalPattern';

// The built-in types' patterns run on JavaScript's backtracking engine (a team's run on RE2), so
// each one must be proved free of super-linear backtracking here, before it ships.
interface ShippedPattern {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function signalPatterns(): ShippedPattern[] {
  return builtinDocTypes.flatMap(({ spec }) =>
    (spec.detect?.signals ?? []).flatMap((signal) =>
      [signal.fileName, signal.title].flatMap((source) => (source === undefined ? [] : [{ where: `${spec.id} detect signal`, source, flags: 'i' }])),
    ),
  );
}

function checklistPatterns(): ShippedPattern[] {
  const found: ShippedPattern[] = [];
  for (const { spec } of builtinDocTypes) {
    JSON.stringify(spec.checklist ?? [], (_key, value: unknown) => {
      if (typeof value === 'object' && value !== null && 'regex' in value && typeof value.regex === 'string') {
        const flags = 'flags' in value && typeof value.flags === 'string' ? value.flags : '';
        found.push({ where: `${spec.id} checklist`, source: value.regex, flags });
      }
      return value;
    });
  }
  return found;
}

function backtrackingReports(pattern: ShippedPattern, reportTypes?: { Move: boolean }): string[] {
  // A pattern is tested against any text, so a rejecting suffix can always be found.
  const { reports } = analyse({ source: pattern.source, flags: pattern.flags }, { assumeRejectingSuffix: true, ...(reportTypes === undefined ? {} : { reportTypes }) });
  return reports.map((report) => `${pattern.where} /${pattern.source}/: ${report.type}${report.exponential ? ' (exponential)' : ''}`);
}

describe('built-in patterns run on the JavaScript engine', () => {
  it('finds the detection signal patterns it checks', () => {
    assert.ok(signalPatterns().length >= 10);
    assert.ok(checklistPatterns().length >= 10);
  });

  it('detection signal patterns cannot backtrack super-linearly, in a match or in a scan', () => {
    assert.deepEqual(signalPatterns().flatMap((pattern) => backtrackingReports(pattern)), []);
  });

  it('detection signal patterns answer at once on pumped text as long as a tested title', { timeout: 20_000 }, () => {
    // The analyser misses some ambiguity (`(a|aa)+`), so each pattern also meets text pumped from
    // its own characters, at the length detection tests (a title is cut to 300 characters), with a
    // suffix that makes it fail: exponential backtracking there would never finish.
    for (const pattern of signalPatterns()) {
      const compiled = compileSignalPattern(pattern.source, 'builtin');
      const characters = [...new Set(pattern.source.replace(/\\[dswb]/g, '').split(''))].filter((character) => /[\w .\-–—:#]/.test(character));
      for (const first of [...characters, '1', ' ']) {
        for (const second of ['', ...characters.slice(0, 6)]) {
          const pump = (first + second).repeat(Math.ceil(300 / (first + second).length)).slice(0, 299);
          compiled.test(`${pump}!`);
          compiled.test(`x${pump}\u0000`);
        }
      }
    }
  });

  it('checklist patterns cannot backtrack super-linearly within a match', () => {
    // Scanning costs (a `Move` report: a failed match retried at every start) are bounded by the
    // section's length and covered by the long-run tests in linearPatterns.test.ts.
    assert.deepEqual(checklistPatterns().flatMap((pattern) => backtrackingReports(pattern, { Move: false })), []);
  });
});
