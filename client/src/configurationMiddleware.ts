/**
 * Answers the server's `workspace/configuration` for `leaddocs` with only the settings a user,
 * workspace or folder set, not VS Code's defaults: the server lays them over the team's
 * `.leaddocs.json`/`.leaddocs.yaml`, so the file beats a default but never a setting someone chose.
 */
import * as vscode from 'vscode';
import type { ConfigurationMiddleware } from 'vscode-languageclient';
import { settingsSchema } from '../../server/src/settings/settingsSchema';

const SECTION = 'leaddocs';
const KEYS = Object.keys(settingsSchema).map((key) => key.slice(SECTION.length + 1));

export const configurationMiddleware: ConfigurationMiddleware = {
  async configuration(params, token, next) {
    const answers = await next(params, token);
    if (!Array.isArray(answers)) return answers;
    return params.items.map((item, index) => (item.section === SECTION ? settingsSetFor(item.scopeUri) : answers[index]));
  },
};

function settingsSetFor(scopeUri: string | undefined): Record<string, unknown> {
  const configuration = vscode.workspace.getConfiguration(SECTION, scopeUri === undefined ? undefined : vscode.Uri.parse(scopeUri));
  const section: Record<string, unknown> = {};
  for (const key of KEYS) {
    const where = configuration.inspect(key);
    const set = where !== undefined && [where.globalValue, where.workspaceValue, where.workspaceFolderValue, where.globalLanguageValue, where.workspaceLanguageValue, where.workspaceFolderLanguageValue].some((value) => value !== undefined);
    // The value as VS Code applies it: in restricted mode a workspace value of a restricted setting is not.
    if (set) section[key] = configuration.get(key);
  }
  return section;
}
