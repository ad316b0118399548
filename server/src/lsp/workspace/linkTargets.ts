import type { DocumentPlace } from '../../engine';
import { uriOfPath } from '../../host/repositoryPaths';
import type { WorkspaceFiles } from '../../host/workspaceFiles';

/**
 * Whether the files that links point at exist, for the links that name no catalogued document
 * (images, code, other markdown). The catalogue asks synchronously; what is not known yet is
 * looked up in the background and the index is told when answers arrive. Nothing is reported
 * for a target whose answer is still pending.
 */
export class LinkTargets {
  private readonly known = new Map<string, boolean>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly onAnswers: () => void,
  ) {}

  exists(path: string, from: DocumentPlace): boolean | undefined {
    const uri = uriOfPath(path, from);
    return uri === undefined ? undefined : this.known.get(uri);
  }

  /** Looks up the targets not known yet. */
  check(targets: ReadonlyArray<{ path: string; from: DocumentPlace }>): void {
    const unknown = new Set<string>();
    for (const { path, from } of targets) {
      const uri = uriOfPath(path, from);
      if (uri !== undefined && !this.known.has(uri) && !this.pending.has(uri)) unknown.add(uri);
    }
    if (unknown.size === 0) return;
    for (const uri of unknown) this.pending.add(uri);
    void Promise.all(
      [...unknown].map(async (uri) => {
        const exists = await this.files.exists(uri).catch(() => undefined);
        this.pending.delete(uri);
        if (exists !== undefined) this.known.set(uri, exists);
      }),
    ).then(this.onAnswers);
  }

  /** A file was created, changed or deleted: ask again next time. */
  forget(uri: string): void {
    this.known.delete(uri);
  }
}
