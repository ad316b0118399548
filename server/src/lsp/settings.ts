import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import type { TeamSettings } from '../host/teamSettingsFile';
import { defaultServerSettings, parseSettings, type ServerSettings } from '../settings/parseSettings';
import { layerSettings } from '../settings/settingsLayers';
import type { Logger } from './logger';

const SECTION = 'leaddocs';

export interface SettingsSourceOptions {
  /** The team's `.leaddocs.json`/`.leaddocs.yaml`, read afresh; none in an untrusted workspace. */
  readonly teamSettings: () => Promise<TeamSettings>;
  /** Tells the user about a team file to fix; each problem once while it lasts. */
  readonly warnUser: (message: string) => void;
}

/**
 * Where the server's settings come from. Clients that answer `workspace/configuration` are
 * asked (at start and on every change notification); for the others the server reads what they
 * push in `initializationOptions.leaddocs` or `didChangeConfiguration`, else it uses defaults.
 * Under the client's settings lies the team's settings file: what the client sets wins, setting
 * by setting (rule by rule). VS Code's client sends only the settings a user or workspace set
 * (client/src/configurationMiddleware.ts), so the file's values beat the defaults alone.
 */
export class SettingsSource {
  private pullsConfiguration = false;
  private latestRequest = 0;
  /** What a push-only client last sent; kept so a refresh for another reason does not lose it. */
  private pushedSection: unknown;
  private currentSettings: ServerSettings = defaultServerSettings;
  private reportedTeamProblems = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
    private readonly options: SettingsSourceOptions,
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
    const team = await this.options.teamSettings();
    if (request !== this.latestRequest) return undefined;
    // Told once while it lasts; fixed and broken again, told again.
    for (const problem of team.problems) if (!this.reportedTeamProblems.has(problem)) this.options.warnUser(`Leaddocs: ${problem}`);
    this.reportedTeamProblems = new Set(team.problems);
    const { settings, problems } = parseSettings(layerSettings([team.section, section]));
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
    const section = await this.pull();
    return parseSettings(layerSettings([(await this.options.teamSettings()).section, section])).settings;
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
