import { close, fstat, open, readFile } from 'node:fs';
import { promisify } from 'node:util';

/** Bigger than any real document by far; a file this size is more likely a mistake or an attack. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Git's own test for binary content: a NUL byte in the first 8,000 bytes. */
const BINARY_SNIFF_BYTES = 8000;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

export type DocumentRead = { readonly text: string } | { readonly problem: string };

// The callback forms, promisified: for thousands of small files they cost a quarter of the CPU
// of fs/promises, whose FileHandle settles a promise at every step.
const openFile = promisify(open);
const statFile = promisify(fstat);
const readOpenFile = promisify(readFile);
const closeFile = promisify(close);

/** Reads a document as text, or says why it cannot be checked (shown after the file's name and a colon). */
export async function readDocumentFile(path: string): Promise<DocumentRead> {
  let descriptor: number | undefined;
  try {
    descriptor = await openFile(path, 'r');
    const facts = await statFile(descriptor);
    // Reading a folder's descriptor fails with fs/promises but not with the callback form.
    if (facts.isDirectory()) return { problem: `cannot be read: ${REASONS['EISDIR'] as string}.` };
    const { size } = facts;
    if (size > MAX_DOCUMENT_BYTES) return { problem: `too large to check (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB).` };
    const bytes = await readOpenFile(descriptor);
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { problem: 'a binary file, not markdown; not checked.' };
    return { text: bytes.toString('utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { problem: `cannot be read: ${REASONS[code] ?? (error instanceof Error ? error.message : String(error))}.` };
  } finally {
    if (descriptor !== undefined) await closeFile(descriptor);
  }
}
