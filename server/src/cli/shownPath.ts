import { relative, sep } from 'node:path';

/** A path as the CLI prints it: relative to `from`, with forward slashes on every platform. */
export function shownPath(from: string, path: string): string {
  return toPosix(relative(from, path)) || '.';
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
