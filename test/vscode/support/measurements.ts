/** Figures a run measures (export times, preview latency), appended where LEADDOCS_MEASUREMENTS points; otherwise dropped. */
import fs from 'node:fs';

export function recordMeasurement(name: string, value: number, unit: string): void {
  const file = process.env.LEADDOCS_MEASUREMENTS;
  if (file !== undefined && file !== '') fs.appendFileSync(file, `${name}\t${Math.round(value)}\t${unit}\n`);
}
