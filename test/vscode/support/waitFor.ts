/**
 * Waiting on VS Code events with a deadline. Tests never sleep: they wait until what they
 * expect is true, and a deadline turns "never" into a failure that says what was seen.
 */
import type * as vscode from 'vscode';

export const DEFAULT_DEADLINE_MS = 20_000;

/**
 * Resolves with `read()`'s value once `isDone` holds, re-checking whenever `event` fires.
 * Checks once at the start, so a state reached before the call is not missed.
 */
export function waitUntil<T>(
  event: vscode.Event<unknown>,
  read: () => T,
  isDone: (value: T) => boolean,
  describe: (value: T) => string,
  deadlineMs = DEFAULT_DEADLINE_MS,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      subscription.dispose();
      outcome();
    };
    const check = (): void => {
      const value = read();
      if (isDone(value)) finish(() => resolve(value));
    };
    const subscription = event(check);
    const timer = setTimeout(() => finish(() => reject(new Error(`gave up after ${deadlineMs} ms; last seen: ${describe(read())}`))), deadlineMs);
    check();
  });
}

/** The next firing of `event` that satisfies `matches`. */
export function nextEvent<T>(event: vscode.Event<T>, matches: (value: T) => boolean, what: string, deadlineMs = DEFAULT_DEADLINE_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no ${what} within ${deadlineMs} ms`));
    }, deadlineMs);
    const subscription = event((value) => {
      if (!matches(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}
