/**
 * Lets pending requests run before background work goes on: setImmediate where Node has it
 * (a timer would add a millisecond per file), a zero timer in a browser worker.
 */
export function yieldToEventLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => void }).setImmediate;
  return new Promise((resolve) => (immediate === undefined ? setTimeout(resolve, 0) : immediate(resolve)));
}
