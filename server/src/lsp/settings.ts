import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import { defaultServerSettings, parseSettings, type ServerSettings } from '../settings/parseSettings';
import type { Logger } from './logger';

const SECTION = 'leaddocs';

/**
 * Where the server's settings come from. Clients that answer `workspace/configuration` are
 * asked (at start and on every change notification); for the others the server reads what they
 * push in `initializationOptions.leaddocs` or `didChangeConfiguration`, else it uses defaults.
 */
export class SettingsSource {
  private pullsConfiguration = false;
  private latestRequest = 0;
  /** What a push-only client last sent; kept so a refresh for another reason does not lose it. */
  private pushedSection: unknown;
  private currentSettings: ServerSettings = defaultServerSettings;

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
  ) {}

  get current(): ServerSettings {
    return this.currentSettings;
  }

  /** True when the client must be asked to send `didChangeConfiguration` by dynamic registration. */
  useClient(capabilities: ClientCapabilities): boolean {
    this.pullsConfiguration = capabilities.workspace?.configuration === true;
    return this.pullsConfiguration && capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  }

  /**
   * Reads the settings again. `pushed` is the whole configuration object a client sent, or
   * undefined when the refresh has another cause (a workspace folder change).
   * Resolves undefined when a later refresh started meanwhile, so an older answer never wins.
   */
  async refresh(pushed?: unknown): Promise<ServerSettings | undefined> {
    const request = ++this.latestRequest;
    if (pushed !== undefined) this.pushedSection = sectionOf(pushed);
    const section = this.pullsConfiguration ? await this.pull() : this.pushedSection;
    if (request !== this.latestRequest) return undefined;
    const { settings, problems } = parseSettings(section);
    for (const problem of problems) this.log.warn(`Leaddocs settings: ${problem}`);
    this.currentSettings = settings;
    return settings;
  }

  /**
   * The settings as the client has them this moment, for a request that must not race a
   * change notification still on its way (a command run right after a setting changed).
   * Changes nothing: the engine follows settings through `refresh` alone.
   */
  async fresh(): Promise<ServerSettings> {
    if (!this.pullsConfiguration) return this.currentSettings;
    return parseSettings(await this.pull()).settings;
  }

  private async pull(): Promise<unknown> {
    try {
      return (await this.connection.workspace.getConfiguration({ section: SECTION })) as unknown;
    } catch (error) {
      this.log.error('Leaddocs: the client did not answer workspace/configuration; using default settings', error);
      return undefined;
    }
  }
}

function sectionOf(pushed: unknown): unknown {
  return typeof pushed === 'object' && pushed !== null ? (pushed as Record<string, unknown>)[SECTION] : undefined;
}
