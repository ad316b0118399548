import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Why a write was refused, in words a person can act on. */
export class ExportWriteError extends Error {
  constructor(
    message: string,
    readonly reason: 'exists' | 'no-folder' | 'is-source' | 'io',
  ) {
    super(message);
    this.name = 'ExportWriteError';
  }
}

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is never touched. */
  readonly overwrite: boolean;
  /** The document exported: never overwritten, whatever `overwrite` says. */
  readonly sourcePath?: string;
}

/** The only IO of an export: one file written, atomically refused when it already exists. */
export async function writeExportFile(target: string, bytes: Uint8Array, options: WriteOptions): Promise<void> {
  if (options.sourcePath !== undefined && (await sameFile(target, options.sourcePath))) {
    throw new ExportWriteError(`Refusing to write over the document being exported: ${target}`, 'is-source');
  }
  const folder = dirname(target);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new ExportWriteError(`The output folder does not exist or cannot be written: ${folder}`, 'no-folder');
  }
  try {
    // 'wx' fails if the file exists, so there is no window between a check and the write.
    await writeFile(target, bytes, { flag: options.overwrite ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ExportWriteError(`${target} already exists.`, 'exists');
    throw new ExportWriteError(`Could not write ${target}: ${(error as Error).message}`, 'io');
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [first, second] = await Promise.all([stat(a), stat(b)]);
    return first.ino === second.ino && first.dev === second.dev;
  } catch {
    return false;
  }
}
