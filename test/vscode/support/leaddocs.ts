/** Reaches the Leaddocs extension under test and the API its activate() returns. */
import * as vscode from 'vscode';
import type { LeaddocsApi } from '../../../client/src/api';

export const EXTENSION_ID = 'leaddocs.leaddocs';

export function leaddocsExtension(): vscode.Extension<LeaddocsApi> {
  const extension = vscode.extensions.getExtension<LeaddocsApi>(EXTENSION_ID);
  if (extension === undefined) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return extension;
}

/** Activates the extension (if markdown has not already) and waits for its server to run. */
export async function activeLeaddocs(): Promise<LeaddocsApi> {
  const api = await leaddocsExtension().activate();
  if (!api.client.isRunning()) await api.client.start();
  return api;
}
