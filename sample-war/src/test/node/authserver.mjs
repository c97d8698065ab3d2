// Logto-like OAuth 2.1 / OIDC authorization server for end-to-end tests, built on
// oidc-provider 9.x (the engine Logto itself runs on).
//
//   node authserver.mjs --port 4000 --resource http://localhost:4100/vetassist/mcp [--resource <another>]
//
// Prints one JSON line {"issuer":"http://localhost:<p>/oidc","ready":true} when listening,
// runs until SIGTERM/SIGINT. Login is headless: GET /interaction/:uid logs in the account
// named by the authorization request's login_hint (default alice) and consents to exactly
// what was requested, so a client can walk the whole flow with plain fetch + cookies.
import http from 'node:http';
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import Provider, { errors } from 'oidc-provider';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '4000' },
    resource: { type: 'string', multiple: true, default: [] },
    // Off by default: oidc-provider treats a registered client's `scope` as an allow-list, and
    // the MCP SDK registers with only its first challenge's scope, which would make every
    // later step-up fail with invalid_scope. Pass this flag to reproduce that failure.
    'honor-client-scope': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const port = Number(args.port);
const issuer = `http://localhost:${port}/oidc`; // Logto's shape: the issuer ends in /oidc
const resources = new Set(args.resource);
if (resources.size === 0) {
  console.error('at least one --resource <mcp-resource-uri> is required');
  process.exit(2);
}

const RESOURCE_SCOPES = 'pet-profile:read pet-profile:write';

// Accounts and the claims Logto's "custom JWT" feature would add to access tokens.
const ACCOUNTS = {
  alice: { roles: ['pet_owner'], name: 'Alice Owner', email: 'alice@example.test' },
  vera: { roles: ['vet_staff'], name: 'Vera Vet', email: 'vera@example.test' },
};

// Fresh keys per run: EC P-384 first so ES384 is what resource tokens use (Logto's default
// key type); an RSA key too, because ID tokens default to RS256 and some RPs expect one.
function jwk(kty, opts, alg) {
  const { privateKey } = crypto.generateKeyPairSync(kty, opts);
  const key = privateKey.export({ format: 'jwk' });
  return { ...key, alg, use: 'sig', kid: `${alg.toLowerCase()}-${crypto.randomBytes(4).toString('hex')}` };
}
const jwks = {
  keys: [jwk('ec', { namedCurve: 'P-384' }, 'ES384'), jwk('rsa', { modulusLength: 2048 }, 'RS256')],
};

const configuration = {
  jwks,
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  // Standard OIDC scopes only; resource scopes come from getResourceServerInfo below. (With
  // --honor-client-scope they are listed too, or DCR with scope="pet-profile:read" is refused.)
  scopes: ['openid', 'profile', 'email', 'offline_access', ...(args['honor-client-scope'] ? RESOURCE_SCOPES.split(' ') : [])],
  claims: {
    openid: ['sub'],
    profile: ['name', 'username'],
    email: ['email'],
  },
  pkce: { required: () => true }, // PKCE (S256, the only method v9 knows) for every client
  clients: [
    {
      // Pre-registered public client, as the MCP Inspector would use it.
      client_id: 'mcp-inspector',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://localhost:33418/callback', 'http://127.0.0.1:33418/callback'],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
  ],
  features: {
    devInteractions: { enabled: false }, // we ship our own headless interaction handler
    registration: { enabled: true }, // open DCR, no initial access token (the SDK registers itself)
    introspection: { enabled: true },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // No `resource` parameter: no resource server, so the access token stays opaque and is
      // only good for userinfo — the behaviour Logto documents.
      defaultResource: (ctx, client, oneOf) => oneOf,
      useGrantedResource: () => true,
      getResourceServerInfo(ctx, resourceIndicator) {
        // RFC 8707: exact string match against the configured MCP resource URIs.
        if (!resources.has(resourceIndicator)) throw new errors.InvalidTarget();
        return {
          scope: RESOURCE_SCOPES,
          audience: resourceIndicator,
          accessTokenTTL: 300,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'ES384' } },
        };
      },
    },
  },
  ...(args['honor-client-scope']
    ? {}
    : {
        extraClientMetadata: {
          // Re-declaring the standard `scope` property gets us a validator hook that runs at
          // registration; dropping it makes the client unrestricted, like a Logto app.
          properties: ['scope'],
          validator(ctx, key, value, metadata) {
            if (key === 'scope') delete metadata.scope;
          },
        },
      }),
  // Custom claims in every access token (Logto: custom JWT claims script).
  async extraTokenClaims(ctx, token) {
    const account = ACCOUNTS[token.accountId];
    if (!account) return undefined;
    return { roles: account.roles, username: token.accountId, name: account.name, email: account.email };
  },
  async findAccount(ctx, sub) {
    const account = ACCOUNTS[sub];
    if (!account) return undefined;
    return {
      accountId: sub,
      async claims() {
        return { sub, username: sub, name: account.name, email: account.email };
      },
    };
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: { AccessToken: 300, AuthorizationCode: 60, IdToken: 300, Interaction: 600, Session: 3600, Grant: 3600 },
};

const provider = new Provider(issuer, configuration);
if (args.verbose) {
  provider.on('server_error', (ctx, err) => console.error('server_error', err));
  provider.on('authorization.error', (ctx, err) => console.error('authorization.error', err.message, err.error_description));
  provider.on('grant.error', (ctx, err) => console.error('grant.error', err.message, err.error_description));
  provider.on('registration_create.error', (ctx, err) => console.error('registration.error', err.message, err.error_description));
}
const oidcCallback = provider.callback();

// The headless "browser login": one interaction step per prompt (login, then consent).
async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session } = details;
  if (prompt.name === 'login') {
    const accountId = params.login_hint && ACCOUNTS[params.login_hint] ? params.login_hint : 'alice';
    return provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
  }
  if (prompt.name === 'consent') {
    // Consent to exactly what is missing: the requested OIDC scopes/claims and, per resource,
    // the requested scopes (oidc-provider already intersected them with the resource's scope).
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = prompt.details;
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  res.writeHead(400, { 'content-type': 'text/plain' }).end(`unsupported prompt ${prompt.name}`);
}

// Hand a request to oidc-provider as if it were mounted at /oidc (the way express mounts it:
// url relative to the mount, originalUrl the full path, so generated URLs keep the /oidc prefix).
function toProvider(req, res, fullPath) {
  req.originalUrl = fullPath;
  req.url = fullPath.slice('/oidc'.length) || '/';
  return oidcCallback(req, res);
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, issuer);
    if (url.pathname.startsWith('/interaction/')) return await interaction(req, res);
    if (url.pathname === '/.well-known/oauth-authorization-server/oidc') {
      // RFC 8414 path-inserted metadata (the first URL the MCP SDK tries): same document as
      // OIDC discovery, which is a superset of RFC 8414 metadata.
      return toProvider(req, res, `/oidc/.well-known/openid-configuration${url.search}`);
    }
    if (url.pathname === '/oidc' || url.pathname.startsWith('/oidc/')) return toProvider(req, res, req.url);
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not_found"}');
  } catch (err) {
    console.error('authserver error:', err);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(err?.message ?? err));
  }
});

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ issuer, ready: true })}\n`);
});
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
