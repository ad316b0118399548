import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDate } from '../../server/src/engine/derive/dates';

describe('dates', () => {
  const cases: Array<[string, string, string?]> = [
    ['2024-03-05', 'iso'],
    ['2021-13-01', 'impossible'],
    ['2023-02-29', 'impossible'],
    ['2024-02-29', 'iso'],
    ['25-12-2021', 'convertible', '2021-12-25'],
    ['12-25-2021', 'convertible', '2021-12-25'],
    ['03-04-2021', 'ambiguous'],
    ['March 5, 2024', 'convertible', '2024-03-05'],
    ['5 Mar 2024', 'convertible', '2024-03-05'],
    // opendatahub-io/architecture-decision-records writes its dates so.
    ['11-April-2023', 'convertible', '2023-04-11'],
    ['Apr-11-2023', 'convertible', '2023-04-11'],
    ['11.Apr.2023', 'convertible', '2023-04-11'],
    ['11-Aprile-2023', 'unrecognised'],
    ['2024-03-05T10:00:00Z', 'convertible', '2024-03-05'],
    ['2024/3/5', 'convertible', '2024-03-05'],
    ['2024-3-5', 'convertible', '2024-03-05'],
    ['last Tuesday', 'unrecognised'],
  ];
  for (const [written, kind, iso] of cases) {
    it(`${written} reads as ${kind}`, () => {
      const reading = readDate(written);
      assert.equal(reading.kind, kind);
      if (iso !== undefined) assert.equal(reading.kind === 'convertible' ? reading.iso : undefined, iso);
    });
  }
});
