import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { exportRequest } from '../protocol/exportProtocol';

export const EXPORT_UNAVAILABLE_MESSAGE = 'Export needs VS Code on the desktop: in the browser, Leaddocs checks and previews documents but cannot render PDF, Word, PowerPoint or HTML files.';

/** The browser worker's `leaddocs/export`: a clear refusal, since the renderers need Node. */
export function registerExportUnavailable(connection: Connection): void {
  connection.onRequest(exportRequest, () => {
    throw new ResponseError(ErrorCodes.InvalidRequest, EXPORT_UNAVAILABLE_MESSAGE);
  });
}
