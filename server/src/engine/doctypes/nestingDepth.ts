/**
 * How deep a team's spec or schema may nest. The deepest built-in is under 10 levels; past a few
 * hundred, recursive code (JSON.stringify, schema compilation, validation) runs out of stack.
 */
export const MAX_TYPE_NESTING = 64;

/**
 * True when objects and arrays in `value` nest deeper than `limit` levels. Iterative, so it
 * answers for any depth without itself overflowing the stack.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > limit) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth });
  }
  return false;
}
