import type { Logger } from './logger';

export interface ValidationSchedulerOptions {
  /** Checks one document and publishes the result; must drop its result if the document moved on. */
  readonly validate: (uri: string) => Promise<void>;
  /** Read at each edit, so a changed `validation.delay` applies from the next keystroke. */
  readonly delay: () => number;
  readonly log: Logger;
}

/**
 * The one place that decides when a document is checked: at once when it opens, after a quiet
 * `delay` once edits stop, and never again after it closes. Each edit restarts its document's
 * timer, so a burst of typing costs one validation.
 */
export class ValidationScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly options: ValidationSchedulerOptions) {}

  now(uri: string): void {
    this.cancel(uri);
    void this.run(uri);
  }

  afterEdit(uri: string): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri);
      }, this.options.delay()),
    );
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** After a configuration change every open document's findings may differ. */
  all(uris: Iterable<string>): void {
    for (const uri of uris) this.now(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async run(uri: string): Promise<void> {
    try {
      await this.options.validate(uri);
    } catch (error) {
      this.options.log.error(`Leaddocs: validating ${uri} failed`, error);
    }
  }
}
