import type { Plugin } from 'esbuild';

export function rewriteFieldInitialisers(source: string): { source: string; count: number };
export const markdownItFields: Plugin;
