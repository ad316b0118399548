import { ErrorCodes, ResponseError } from 'vscode-languageserver';

/** A request's `uri` param, or an InvalidParams error naming the method. */
export function requestedUri(method: string, params: unknown): string {
  const uri = typeof params === 'object' && params !== null ? (params as { uri?: unknown }).uri : undefined;
  if (typeof uri !== 'string' || uri === '') throw new ResponseError(ErrorCodes.InvalidParams, `${method} expects params { "uri": string, … }.`);
  return uri;
}
