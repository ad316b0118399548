import { workspaceTrustedOption } from '../protocol/leaddocsProtocol';
import type { ServerSettings } from '../settings/parseSettings';

/**
 * Whether the editor trusts the workspace. Untrusted (VS Code's restricted mode), the server
 * applies only the built-in document types and templates: no custom type, schema or template
 * file the workspace supplies is read, whatever the settings say (a user-level `leaddocs.customTypes` still
 * names files inside the untrusted folder). Clients without the notion never say, and are trusted.
 */
export class WorkspaceTrust {
  private trusted = true;

  /** Reads `initializationOptions.workspaceTrusted`. */
  startFrom(initializationOptions: unknown): void {
    const option = typeof initializationOptions === 'object' && initializationOptions !== null ? (initializationOptions as Record<string, unknown>)[workspaceTrustedOption] : undefined;
    this.trusted = option !== false;
  }

  /** Trust is only ever granted during a session; revoking it reloads the window. */
  grant(): void {
    this.trusted = true;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  /** The settings as they apply in this workspace. */
  applyTo(settings: ServerSettings): ServerSettings {
    return this.trusted ? settings : { ...settings, customTypes: [], templatesFolder: undefined };
  }
}
