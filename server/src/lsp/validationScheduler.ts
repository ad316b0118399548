import type { Logger } from './logger';

/** After an edit to a document whose last check was quick: short enough to feel immediate. */
export const QUICK_DELAY_MS = 50;
/** The longest a document waits when the user has not chosen a delay, however slow its checks. */
export const SLOWEST_ADAPTIVE_DELAY_MS = 1000;

export interface ValidationSchedulerOptions {
  /**
   * Checks one document and publishes the result; must drop its result if the document moved
   * on. Resolves with what the check cost in milliseconds, or undefined when it checked nothing.
   */
  readonly validate: (uri: string) => Promise<number | undefined>;
  /** The delay the user chose, or undefined to adapt; read at each edit, so a change applies from the next keystroke. */
  readonly delay: () => number | undefined;
  readonly log: Logger;
}

/**
 * How long to wait after an edit when the user has not chosen: a document that was checked
 * quickly is checked again after a short pause; a slow one waits as long as its last check
 * took, so that a pause in typing shorter than a check does not start one that the next
 * keystroke makes stale.
 */
export function adaptiveDelay(lastCostMs: number | undefined): number {
  if (lastCostMs === undefined) return QUICK_DELAY_MS;
  return Math.round(Math.min(SLOWEST_ADAPTIVE_DELAY_MS, Math.max(QUICK_DELAY_MS, lastCostMs)));
}

/**
 * The one place that decides when a document is checked: at once when it opens, after a quiet
 * pause once edits stop, and never again after it closes. Each edit restarts its document's
 * timer, so a burst of typing costs one validation.
 */
export class ValidationScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What each open document's last check cost, to adapt its delay. */
  private readonly lastCosts = new Map<string, number>();

  constructor(private readonly options: ValidationSchedulerOptions) {}

  now(uri: string): void {
    this.cancelTimer(uri);
    void this.run(uri);
  }

  afterEdit(uri: string): void {
    this.cancelTimer(uri);
    const delay = this.options.delay() ?? adaptiveDelay(this.lastCosts.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri);
      }, delay),
    );
  }

  /** The document closed: nothing more is checked, and nothing is remembered of it. */
  cancel(uri: string): void {
    this.cancelTimer(uri);
    this.lastCosts.delete(uri);
  }

  /** After a configuration change every open document's findings may differ. */
  all(uris: Iterable<string>): void {
    for (const uri of uris) this.now(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private cancelTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private async run(uri: string): Promise<void> {
    try {
      const cost = await this.options.validate(uri);
      if (cost !== undefined) this.lastCosts.set(uri, cost);
    } catch (error) {
      this.options.log.error(`Leaddocs: validating ${uri} failed`, error);
    }
  }
}
