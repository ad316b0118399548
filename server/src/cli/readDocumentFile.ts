import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

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

/**
 * Reads a document as text, or says why it cannot be checked (shown after the file's name and a colon).
 * Synchronous on purpose: it runs in analysis workers that have nothing else to do while a file is read,
 * and for thousands of small files every asynchronous step is a round trip through libuv's thread pool
 * (on 10,000 files the callback form cost the worker 3 s of 13, the sync calls a tenth of that).
 */
export function readDocumentFile(path: string): DocumentRead {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const facts = fstatSync(descriptor);
    if (facts.isDirectory()) return { problem: `cannot be read: ${REASONS['EISDIR'] as string}.` };
    const { size } = facts;
    if (size > MAX_DOCUMENT_BYTES) return { problem: `too large to check (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB).` };
    const bytes = readFileSync(descriptor);
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { problem: 'a binary file, not markdown; not checked.' };
    return { text: bytes.toString('utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { problem: `cannot be read: ${REASONS[code] ?? (error instanceof Error ? error.message : String(error))}.` };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
