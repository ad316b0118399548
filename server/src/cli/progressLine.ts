/** Longer than this and a run shows its progress; shorter runs would only flicker. */
const SHOW_AFTER_MS = 500;
const REDRAW_EVERY_MS = 100;

export interface ProgressLine {
  update(done: number, total: number): void;
  /** Wipes the line, so what follows starts on a clean one. */
  clear(): void;
}

/**
 * `Checking 1234/10000 files…` on stderr, redrawn in place. Only on a terminal: in CI logs and
 * pipes a progress line is noise, so there it prints nothing.
 */
export function progressLine(write: (text: string) => void, isTerminal: boolean, verb: string): ProgressLine {
  if (!isTerminal) return { update: () => undefined, clear: () => undefined };
  const started = Date.now();
  let drawnAt = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < SHOW_AFTER_MS || now - drawnAt < REDRAW_EVERY_MS) return;
      drawnAt = now;
      drawn = true;
      write(`\r\u001b[2K${verb} ${done}/${total} files…`);
    },
    clear() {
      if (drawn) write('\r\u001b[2K');
    },
  };
}
