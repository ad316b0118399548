/**
 * Reading on the server's own thread (readTextNow, the workspace index's scan): a document is read
 * at once; what could block the thread or take long is left to the analysis worker.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { nodeWorkspaceFiles } from '../../server/src/host/nodeWorkspaceFiles';

const posix = process.platform !== 'win32';
const procfs = process.platform === 'linux' && existsSync('/proc/kallsyms');

describe('reading a file on the server\'s thread', () => {
  let folder: string;
  const uri = (name: string): string => pathToFileURL(join(folder, name)).href;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'leaddocs-read-now-'));
    writeFileSync(join(folder, '0001-adr.md'), '# 1. Use PostgreSQL\n\nÉtat: accepted\n');
    writeFileSync(join(folder, 'large.md'), 'x'.repeat(1024 * 1024 + 1));
    if (posix) {
      execFileSync('mkfifo', [join(folder, 'pipe.md')]);
      symlinkSync('/dev/zero', join(folder, 'zero.md'));
    }
    if (procfs) {
      // Regular files to fstat whose reported size is 0: one short, one of megabytes.
      symlinkSync('/proc/self/status', join(folder, 'status.md'));
      symlinkSync('/proc/kallsyms', join(folder, 'kallsyms.md'));
    }
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('reads a document at once, as UTF-8', () => {
    assert.equal(nodeWorkspaceFiles.readTextNow?.(uri('0001-adr.md')), '# 1. Use PostgreSQL\n\nÉtat: accepted\n');
  });

  it('leaves a large file to the worker', () => {
    assert.equal(nodeWorkspaceFiles.readTextNow?.(uri('large.md')), undefined);
  });

  it('leaves a FIFO or a device to the worker, without waiting for a writer', { skip: !posix, timeout: 10_000 }, () => {
    assert.equal(nodeWorkspaceFiles.readTextNow?.(uri('pipe.md')), undefined);
    assert.equal(nodeWorkspaceFiles.readTextNow?.(uri('zero.md')), undefined);
  });

  it('throws for a file that is gone, as the scan expects of an unreadable file', () => {
    assert.throws(() => nodeWorkspaceFiles.readTextNow?.(uri('missing.md')), /ENOENT/);
  });

  it('reads to the end, not to the size fstat reports, and never past the bound', { skip: !procfs, timeout: 10_000 }, () => {
    assert.match(nodeWorkspaceFiles.readTextNow?.(uri('status.md')) ?? '', /^Name:/m);
    assert.equal(nodeWorkspaceFiles.readTextNow?.(uri('kallsyms.md')), undefined);
  });
});
