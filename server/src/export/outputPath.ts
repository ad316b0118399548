import { basename, dirname, extname, join } from 'node:path';

/**
 * Next to the source with the format's extension. A Markdown export of a Markdown file gets
 * `.export.md`, since its natural name is the source itself.
 */
export function defaultOutputPath(sourcePath: string, extension: string, folder = dirname(sourcePath)): string {
  const stem = basename(sourcePath, extname(sourcePath));
  const natural = join(folder, `${stem}.${extension}`);
  return natural === join(dirname(sourcePath), basename(sourcePath)) ? join(folder, `${stem}.export.${extension}`) : natural;
}
