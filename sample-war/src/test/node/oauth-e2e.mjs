// End-to-end OAuth check of an MCP server with the official MCP TypeScript SDK client.
//
//   node oauth-e2e.mjs <mcp-url> [--login alice|vera] [--client-id mcp-inspector] [--refresh]
//
// Starts from nothing but the MCP URL: the SDK gets 401, reads the challenge, fetches Protected
// Resource Metadata, discovers the authorization server, registers (DCR), and runs
// authorization code + PKCE with `resource`. This script plays the browser headlessly (fetch +
// a tiny cookie jar through the AS's interaction pages). Then it calls whoami, get_pet_profile,
// and update_pet_profile, whose 403 insufficient_scope makes the SDK re-authorize with the
// challenged scope (step-up) before the call is retried.
//
// Output: one JSON line {"steps":[...],"whoami":...,"profile":...,"update":...,"stepUp":bool,
// "checks":[...],"ok":bool}; exit code 0 only if every check passed.
import { parseArgs } from 'node:util';
import crypto from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    login: { type: 'string', default: 'alice' },
    'write-breed': { type: 'string', default: 'Labrador Retriever' },
    'redirect-url': { type: 'string', default: 'http://localhost:33418/callback' },
    timeout: { type: 'string', default: '30000' },
    // Use a pre-registered public client instead of dynamic registration (e.g. mcp-inspector).
    'client-id': { type: 'string' },
    // Register for refresh tokens too (shows how a refresh token changes the SDK's step-up).
    refresh: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  console.error('usage: node oauth-e2e.mjs <mcp-url> [--login alice]');
  process.exit(2);
}
const mcpUrl = new URL(positionals[0]);
const steps = [];
const checks = [];
const check = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), ...(detail === undefined ? {} : { detail }) });

// ---------- recording -------------------------------------------------------------------

/** Claims of a JWT without its signature (or null when the token is opaque). */
function decodeJwt(token) {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 3) return null;
  try {
    return {
      header: JSON.parse(Buffer.from(parts[0], 'base64url').toString()),
      claims: JSON.parse(Buffer.from(parts[1], 'base64url').toString()),
    };
  } catch {
    return null;
  }
}
const short = (t) => (t && t.length > 24 ? `${t.slice(0, 12)}…${t.slice(-6)}` : t);
const PICK_REQ = ['authorization', 'mcp-session-id', 'mcp-protocol-version', 'accept', 'content-type', 'cookie'];
const PICK_RES = ['www-authenticate', 'mcp-session-id', 'location', 'content-type', 'set-cookie'];

/**
 * fetch wrapper that records every request: the SDK gets it via the transport's `fetch`
 * option (used for MCP requests, metadata discovery, registration and token calls alike),
 * the headless browser uses it directly.
 */
function recordingFetch(actor) {
  return async (input, init = {}) => {
    const url = String(input instanceof Request ? input.url : input);
    const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const reqHeaders = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
    const step = { n: steps.length + 1, actor, method, url };
    steps.push(step);
    const rh = {};
    for (const h of PICK_REQ) {
      const v = reqHeaders.get(h);
      if (v) rh[h] = h === 'authorization' ? `Bearer ${short(v.slice(7))}` : h === 'cookie' ? v.split('; ').map((c) => c.split('=')[0]).join('; ') : v;
    }
    if (Object.keys(rh).length) step.request = rh;
    if (typeof init.body === 'string' && url.startsWith(mcpUrl.href)) {
      try {
        const m = JSON.parse(init.body);
        step.rpc = m.method ?? 'response';
        if (m.method === 'tools/call') step.tool = m.params?.name;
      } catch { /* not JSON */ }
    }
    const u = new URL(url);
    if (u.searchParams.has('response_type')) {
      // The authorization request: what the SDK asks for.
      step.authorize = Object.fromEntries(['client_id', 'scope', 'resource', 'code_challenge_method', 'redirect_uri', 'login_hint', 'prompt']
        .filter((k) => u.searchParams.has(k)).map((k) => [k, u.searchParams.get(k)]));
    }
    if (method === 'POST' && init.body instanceof URLSearchParams) {
      const b = init.body;
      step.form = Object.fromEntries(['grant_type', 'resource', 'scope', 'client_id', 'redirect_uri'].filter((k) => b.has(k)).map((k) => [k, b.get(k)]));
    } else if (method === 'POST' && typeof init.body === 'string' && /\/reg$/.test(u.pathname)) {
      step.registration = JSON.parse(init.body);
    }

    const res = await fetch(input, init);
    step.status = res.status;
    const sh = {};
    for (const h of PICK_RES) {
      if (h === 'set-cookie') {
        const c = res.headers.getSetCookie();
        if (c.length) sh[h] = c.map((x) => x.split(';')[0].split('=')[0]);
      } else {
        const v = res.headers.get(h);
        if (v) sh[h] = h === 'location' ? v.replace(/code=[^&]+/, 'code=…') : v;
      }
    }
    if (Object.keys(sh).length) step.response = sh;
    // Bodies worth seeing: metadata, registration, tokens (decoded, never the signature).
    const ct = res.headers.get('content-type') ?? '';
    if (ct.includes('application/json') && !url.startsWith(mcpUrl.href)) {
      try {
        const body = await res.clone().json();
        if (body.access_token) {
          step.tokens = {
            token_type: body.token_type, expires_in: body.expires_in, scope: body.scope,
            refresh_token: body.refresh_token ? 'present' : 'absent',
            access_token: decodeJwt(body.access_token) ?? 'opaque',
          };
        } else if (body.client_id && /\/reg$/.test(u.pathname)) {
          step.registered = { client_id: body.client_id, token_endpoint_auth_method: body.token_endpoint_auth_method,
            grant_types: body.grant_types, redirect_uris: body.redirect_uris, scope: body.scope };
        } else if (body.resource || body.authorization_servers) {
          step.protectedResourceMetadata = body;
        } else if (body.issuer) {
          step.asMetadata = { issuer: body.issuer, authorization_endpoint: body.authorization_endpoint,
            token_endpoint: body.token_endpoint, registration_endpoint: body.registration_endpoint };
        } else if (body.error) {
          step.error = body;
        }
      } catch { /* not JSON after all */ }
    }
    return res;
  };
}
const sdkFetch = recordingFetch('sdk');
const browserFetch = recordingFetch('browser');

// ---------- the headless browser ---------------------------------------------------------

/** Minimal cookie jar: name/path/expiry are all the AS's interaction cookies need. */
class CookieJar {
  #cookies = new Map(); // `${host} ${path} ${name}` -> { host, path, name, value }
  store(url, response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = '/';
      let expired = value === '';
      for (const a of attrs) {
        const [k, v = ''] = a.split('=');
        if (k.toLowerCase() === 'path') path = v || '/';
        if (k.toLowerCase() === 'expires' && Date.parse(v) <= Date.now()) expired = true;
        if (k.toLowerCase() === 'max-age' && Number(v) <= 0) expired = true;
      }
      const key = `${url.host} ${path} ${name}`;
      if (expired) this.#cookies.delete(key);
      else this.#cookies.set(key, { host: url.host, path, name, value });
    }
  }
  header(url) {
    return [...this.#cookies.values()]
      .filter((c) => c.host === url.host && (url.pathname === c.path || url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)))
      .sort((a, b) => b.path.length - a.path.length) // RFC 6265: longer paths first
      .map((c) => `${c.name}=${c.value}`).join('; ');
  }
}

/**
 * OAuthClientProvider that keeps everything in memory and, instead of opening a browser,
 * walks the authorization redirects itself and keeps the code for finishAuth().
 */
class HeadlessOAuthProvider {
  #clientInformation;
  #tokens;
  #codeVerifier;
  #state;
  #jar = new CookieJar(); // survives between authorizations, like a browser's AS session
  pendingCode;
  authorizations = 0;

  constructor(redirectUrl, login, clientId) {
    this.redirectUrlValue = redirectUrl;
    this.login = login;
    // A pre-registered client is just client information we already have: the SDK skips DCR.
    if (clientId) this.#clientInformation = { client_id: clientId };
  }
  get redirectUrl() { return this.redirectUrlValue; }
  get clientMetadata() {
    // No `scope` here on purpose: the SDK takes the scope from the 401 challenge (then
    // scopes_supported, then this), so the first authorization asks for what the server says.
    return {
      client_name: 'mcp-ee oauth-e2e (MCP TS SDK 1.32.2)',
      redirect_uris: [this.redirectUrlValue],
      grant_types: opts.refresh ? ['authorization_code', 'refresh_token'] : ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }
  state() { this.#state = crypto.randomBytes(16).toString('base64url'); return this.#state; }
  clientInformation() { return this.#clientInformation; }
  saveClientInformation(info) { this.#clientInformation = info; }
  tokens() { return this.#tokens; }
  saveTokens(tokens) { this.#tokens = tokens; }
  saveCodeVerifier(v) { this.#codeVerifier = v; }
  codeVerifier() { return this.#codeVerifier; }
  invalidateCredentials(scope) {
    if (scope === 'all' || scope === 'client') this.#clientInformation = undefined;
    if (scope === 'all' || scope === 'tokens') this.#tokens = undefined;
  }

  /** The browser's job: follow redirects (carrying cookies) until the AS sends us to redirect_uri. */
  async redirectToAuthorization(authorizationUrl) {
    this.authorizations += 1;
    const url = new URL(authorizationUrl);
    url.searchParams.set('login_hint', this.login); // tells the headless AS whom to log in
    const redirectPrefix = String(this.redirectUrlValue);
    let next = url;
    for (let hop = 0; hop < 15; hop++) {
      if (next.href.startsWith(redirectPrefix)) {
        const error = next.searchParams.get('error');
        if (error) throw new Error(`authorization failed: ${error} ${next.searchParams.get('error_description') ?? ''}`);
        if (next.searchParams.get('state') !== this.#state) throw new Error('state mismatch on redirect');
        this.pendingCode = next.searchParams.get('code');
        if (!this.pendingCode) throw new Error('no code on redirect');
        return;
      }
      const cookie = this.#jar.header(next);
      const res = await browserFetch(next, { redirect: 'manual', headers: cookie ? { cookie } : {} });
      this.#jar.store(next, res);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) {
        throw new Error(`authorization stopped at ${next.href}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
      }
      await res.body?.cancel();
      next = new URL(location, next);
    }
    throw new Error('too many redirects during authorization');
  }
  takeCode() {
    const code = this.pendingCode;
    this.pendingCode = undefined;
    if (!code) throw new Error('UnauthorizedError without an authorization code');
    return code;
  }
}

// ---------- the flow ---------------------------------------------------------------------

const provider = new HeadlessOAuthProvider(opts['redirect-url'], opts.login, opts['client-id']);
const newTransport = () => new StreamableHTTPClientTransport(mcpUrl, { authProvider: provider, fetch: sdkFetch });
const newClient = () => new Client({ name: 'mcp-ee-oauth-e2e', version: '0.1.0' }, { capabilities: {} });
const mark = (label) => steps.push({ n: steps.length + 1, mark: label });
const textOf = (result) => result?.structuredContent ?? JSON.parse(result?.content?.[0]?.text ?? 'null');

const report = { steps, whoami: null, profile: null, update: null, stepUp: false, checks, ok: false };
let client;
let transport;
const timer = setTimeout(() => fail(new Error(`timed out after ${opts.timeout} ms`)), Number(opts.timeout));

function fail(err) {
  report.error = String(err?.stack ?? err);
  finish(1);
}
function finish(code) {
  clearTimeout(timer);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exit(code);
}

try {
  // 1. Connect: the documented SDK pattern — connect throws UnauthorizedError after the SDK
  //    redirected to the AS; finish auth with the code; connect again with a fresh transport.
  mark('connect');
  transport = newTransport();
  client = newClient();
  try {
    await client.connect(transport);
  } catch (err) {
    if (!(err instanceof UnauthorizedError)) throw err;
    mark('finishAuth (initial)');
    await transport.finishAuth(provider.takeCode());
    transport = newTransport();
    client = newClient();
    mark('reconnect');
    await client.connect(transport);
  }
  check('connected with a session id', transport.sessionId, transport.sessionId && short(transport.sessionId));

  mark('tools/list (read token)');
  report.toolsBeforeStepUp = (await client.listTools()).tools.map((t) => t.name);

  mark('whoami');
  report.whoami = textOf(await client.callTool({ name: 'whoami', arguments: {} }));
  mark('get_pet_profile');
  report.profile = textOf(await client.callTool({ name: 'get_pet_profile', arguments: { petId: 1 } }));

  // 2. Step-up: on 403 insufficient_scope the SDK re-runs auth() with the challenge's scope,
  //    which (no refresh token) redirects to the AS and throws UnauthorizedError. Finish auth
  //    on the SAME transport (same MCP session) and retry the call.
  mark('update_pet_profile');
  const update = { name: 'update_pet_profile', arguments: { petId: 1, update: { breed: opts['write-breed'] } } };
  const before = provider.authorizations;
  try {
    report.update = textOf(await client.callTool(update));
  } catch (err) {
    if (!(err instanceof UnauthorizedError)) throw err;
    report.stepUp = provider.authorizations > before;
    mark('finishAuth (step-up)');
    await transport.finishAuth(provider.takeCode());
    mark('update_pet_profile (retry)');
    report.update = textOf(await client.callTool(update));
  }
  mark('tools/list (read+write token)');
  report.toolsAfterStepUp = (await client.listTools()).tools.map((t) => t.name);

  // 3. What must hold.
  const authorizes = steps.filter((s) => s.authorize).map((s) => s.authorize);
  const jwts = steps.filter((s) => s.tokens).map((s) => s.tokens.access_token);
  const prm = steps.find((s) => s.protectedResourceMetadata)?.protectedResourceMetadata;
  check('first authorization asked only for pet-profile:read', authorizes[0]?.scope === 'pet-profile:read', authorizes[0]?.scope);
  check('step-up authorization asked for read+write', authorizes[1]?.scope === 'pet-profile:read pet-profile:write', authorizes[1]?.scope);
  check('resource parameter equals PRM resource', prm && authorizes.every((a) => a.resource === prm.resource), authorizes.map((a) => a.resource));
  check('access tokens are JWTs with aud = resource', jwts.length >= 2 && jwts.every((t) => t?.claims?.aud === prm?.resource));
  check('access tokens are ES384 at+jwt', jwts.every((t) => t?.header?.alg === 'ES384' && t?.header?.typ === 'at+jwt'));
  check('whoami names the login', report.whoami?.sub === opts.login && report.whoami?.username === opts.login, report.whoami?.sub);
  check('profile read', report.profile?.id === 1, report.profile?.name);
  check('step-up happened', report.stepUp);
  check('update applied', report.update?.breed === opts['write-breed'], report.update?.breed);
  check('same MCP session after step-up', steps.filter((s) => s.rpc && s.rpc !== 'initialize').every((s) => s.request?.['mcp-session-id'] === transport.sessionId));
  report.ok = checks.every((c) => c.ok);

  mark('close');
  await transport.terminateSession().catch(() => {});
  await client.close();
  finish(report.ok ? 0 : 1);
} catch (err) {
  fail(err);
}
