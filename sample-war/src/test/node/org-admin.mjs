// The organization admin sample through the official MCP TypeScript SDK client, which declares sampling and
// elicitation: update_login_flow from a description (the client's "model" here is a fixed answer, which is what
// lets the test know the expected steps), confirmations accepted, and a create_user confirmation declined.
// Prints one JSON line for the JUnit test.
// Usage: node org-admin.mjs <mcp-url> <bearer-token> <application-id>
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { CreateMessageRequestSchema, ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const [url, token, appId] = process.argv.slice(2);
const client = new Client({ name: "org-admin-it", version: "1.0.0" },
  { capabilities: { sampling: {}, elicitation: {} } });
const prompts = [];
const questions = [];
let answer = "accept";
client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
  prompts.push(request.params.messages[0].content.text);
  return {
    role: "assistant", model: "fixed-answer", stopReason: "endTurn",
    content: { type: "text", text: "Here is the flow:\n```json\n" + JSON.stringify({ steps: [
      { options: [{ idp: "LOCAL", authenticator: "BasicAuthenticator" }] },
      { options: [{ idp: "LOCAL", authenticator: "email-otp-authenticator" }] }] }) + "\n```" },
  };
});
client.setRequestHandler(ElicitRequestSchema, async (request) => {
  questions.push(request.params.message);
  return answer === "accept" ? { action: "accept", content: { confirm: true } } : { action: "decline" };
});
const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
await client.connect(transport);
const flow = await client.callTool({ name: "update_login_flow",
  arguments: { application_id: appId, description: "username and password, then a one-time code by email" } });
answer = "decline";
const declined = await client.callTool({ name: "create_user", arguments: { username: "declined@example.com",
  password: "Secret-12345", email: "declined@example.com", first_name: "De", last_name: "Clined" } });
await transport.terminateSession();
await client.close();
console.log(JSON.stringify({
  flow: { isError: flow.isError ?? false, structured: flow.structuredContent, text: flow.content[0].text },
  declined: { isError: declined.isError ?? false, text: declined.content[0].text },
  prompts, questions,
}));
