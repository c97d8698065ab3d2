// Smoke test with the official MCP TypeScript SDK client: connect to the sample over Streamable HTTP,
// list the tools, call a structured tool (the SDK validates structuredContent against outputSchema),
// an asynchronous tool (answered as SSE), a tool and a prompt reporting progress, and end the session. Prints one JSON line for the JUnit test.
// Usage: node smoke.mjs <mcp-url> <bearer-token>
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { LoggingMessageNotificationSchema } from "@modelcontextprotocol/sdk/types.js";

const url = new URL(process.argv[2]);
const client = new Client({ name: "mcp-ee-smoke", version: "1.0.0" });
const token = process.argv[3];
const transport = new StreamableHTTPClientTransport(url, {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
await client.connect(transport);
const logs = [];
client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => logs.push(n.params));

const listed = await client.listTools();
const profile = await client.callTool({ name: "get_pet_profile", arguments: { petId: 1 } });
const day = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const booked = await client.callTool({ name: "book_appointment", arguments: { petId: 2, date: day } });
const missing = await client.callTool({ name: "get_pet_profile", arguments: { petId: 404 } });
const progress = [];
const report = await client.callTool({ name: "vaccination_report", arguments: {} }, undefined,
  { onprogress: (p) => progress.push(p) });
// A prompt that takes McpContext: progress and a log line while prompts/get runs.
const promptProgress = [];
const visit = await client.getPrompt({ name: "prepare_visit", arguments: { petId: "1" } },
  { onprogress: (p) => promptProgress.push(p) });
const sessionId = transport.sessionId;
await transport.terminateSession();
await client.close();

console.log(JSON.stringify({
  server: client.getServerVersion(),
  protocolVersion: transport.protocolVersion,
  sessionId,
  tools: listed.tools.map((t) => t.name),
  profile: profile.structuredContent,
  booked: booked.structuredContent,
  missing: { isError: missing.isError, text: missing.content[0].text },
  progress,
  logs,
  report: report.content[0].text,
  promptProgress,
  visit: { description: visit.description, messages: visit.messages.length },
}));
