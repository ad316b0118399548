/** Starts the bundled server the ways LSP clients do, and connects a JSON-RPC connection to it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';

// Benches bundle this file as ES modules, where there is no __dirname; they run from the repository root.
export const serverBundle = typeof __dirname === 'string' ? join(__dirname, '..', '..', 'dist', 'server.js') : join(process.cwd(), 'dist', 'server.js');

/** `socket` is how editors such as Sublime Text's LSP or Emacs' eglot may connect. */
export type Transport = 'stdio' | 'node-ipc' | 'socket';

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
}

/** For `socket` the client listens and the server, given the port, dials in. */
export async function startServer(transport: Transport): Promise<ServerProcess> {
  if (!existsSync(serverBundle)) throw new Error(`${serverBundle} is missing: run \`npm run build\` first.`);
  if (transport === 'node-ipc') {
    const child = spawn(process.execPath, [serverBundle, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    return { child, connection: createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) };
  }
  if (transport === 'socket') {
    const listener = createServer();
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address() as AddressInfo;
    const accepted = new Promise<Socket>((resolve) => listener.once('connection', resolve));
    const child = spawn(process.execPath, [serverBundle, `--socket=${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    const socket = await accepted;
    listener.close();
    return { child, connection: createMessageConnection(new StreamMessageReader(socket), new StreamMessageWriter(socket)) };
  }
  const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  return { child, connection: createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)) };
}
