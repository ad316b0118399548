import { execFileSync } from 'node:child_process';

/** Runs git in a test repository, with fixed identities and the author date given (YYYY-MM-DD). */
export function git(cwd: string, args: readonly string[], day = '2025-01-01'): string {
  const at = `${day}T12:00:00Z`;
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at },
  });
}

/** Commits everything in the working tree, authored on `day`. */
export function commitAll(cwd: string, day: string, message = 'change'): void {
  git(cwd, ['add', '-A'], day);
  git(cwd, ['commit', '-q', '-m', message], day);
}
