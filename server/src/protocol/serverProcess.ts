/**
 * How a client starts the Node server (dist/server.js): the V8 flags of its process. The VS
 * Code client passes them as `execArgv`, and the workspace index bench launches the server with
 * the same list, so that the memory it measures is the memory users get.
 *
 * `--max-semi-space-size=2`: the young generation of the server's own thread. Under the index's
 * stream of worker answers V8 grows it to 32 MB of mostly empty pages, and only a launch flag
 * bounds it (`v8.setFlagsFromString` at run time does not). What the server's thread allocates
 * either dies within a message or lives as long as the catalogue, so a 2 MB nursery costs a
 * few more scavenges and ~26 MB less peak RSS on a 10,000-document workspace (measured).
 * Analysis workers size their own young generation (`resourceLimits`, host/nodeWorkerSizing.ts).
 */
export const serverNodeFlags: readonly string[] = ['--max-semi-space-size=2'];
