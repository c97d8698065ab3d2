// A server restart seen by the official MCP TypeScript SDK client: connect and call a tool, wait while the test
// restarts the server (marker files), call again on the old session (the server answers 404: the session is
// gone), then do what the specification asks of a client (start a new session with initialize) and call again.
// Prints one JSON line for the JUnit test.
// Usage: node restart.mjs <mcp-url> <bearer-token> <connected-marker> <restarted-marker>
import { writeFileSync, existsSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const url = new URL(process.argv[2]);
const token = process.argv[3];

async function connect() {
  const client = new Client({ name: "mcp-ee-restart", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(url, {
    requestInit: { headers: { Authorization: `Bearer ${token}` } },
  });
  await client.connect(transport);
  return { client, transport };
}

const first = await connect();
const before = await first.client.callTool({ name: "whoami", arguments: {} });
const oldSession = first.transport.sessionId;
writeFileSync(process.argv[4], oldSession);
const deadline = Date.now() + 120_000;
while (!existsSync(process.argv[5])) {
  if (Date.now() > deadline) {
    throw new Error("the server was not restarted within 120 s");
  }
  await new Promise((r) => setTimeout(r, 200));
}
let staleError = null;
try {
  await first.client.callTool({ name: "whoami", arguments: {} });
} catch (e) {
  staleError = { code: e.code ?? null, message: String(e.message).slice(0, 200) };
}
await first.client.close().catch(() => {});
const second = await connect();
const after = await second.client.callTool({ name: "whoami", arguments: {} });
const newSession = second.transport.sessionId;
await second.transport.terminateSession();
await second.client.close();
console.log(JSON.stringify({
  before: before.structuredContent,
  oldSession,
  staleError,
  after: after.structuredContent,
  newSession,
}));
