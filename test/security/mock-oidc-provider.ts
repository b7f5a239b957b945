/**
 * A small OpenID provider in-process for the OIDC suite: discovery, JWKS, an authorize endpoint that
 * redirects straight back with a code (the user "consented"), and a token endpoint that checks the client
 * secret, the redirect URI and the PKCE verifier before issuing an RS256-signed ID token (jose). `tamper`
 * changes the claims of the next ID tokens, to play a misbehaving or hostile provider.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export interface MockOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims of the person who signs in (sub, email, name, groups...). */
  user: Record<string, unknown>;
  /** Overrides for the ID token's registered claims (iss, aud, exp, iat, nonce); {} for an honest provider. */
  tamper: Record<string, unknown>;
  /** Token requests the provider refused, with the OAuth error it answered. */
  refusals: string[];
  close(): Promise<void>;
}

interface IssuedCode {
  redirectUri: string;
  challenge: string;
  nonce: string | null;
}

export async function startMockOidcProvider(options: { clientId?: string; clientSecret?: string } = {}): Promise<MockOidcProvider> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const codes = new Map<string, IssuedCode>();
  const provider = {
    issuer: "",
    clientId: options.clientId ?? "vigil-test-client",
    clientSecret: options.clientSecret ?? randomBytes(16).toString("hex"),
    user: { sub: "user-1", email: "ana@example.com", email_verified: true, name: "Ana" } as Record<string, unknown>,
    tamper: {} as Record<string, unknown>,
    refusals: [] as string[],
  };

  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    response.end(JSON.stringify(body));
  };
  const refuse = (response: ServerResponse, error: string) => {
    provider.refusals.push(error);
    json(response, 400, { error });
  };

  async function token(request: IncomingMessage, response: ServerResponse) {
    let body = "";
    for await (const chunk of request) body += chunk;
    const form = new URLSearchParams(body);
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    const [basicId, basicSecret] = basic ? Buffer.from(basic, "base64").toString("utf8").split(":").map(decodeURIComponent) : [];
    const clientId = basicId ?? form.get("client_id");
    const clientSecret = basicSecret ?? form.get("client_secret");
    if (clientId !== provider.clientId || clientSecret !== provider.clientSecret) return refuse(response, "invalid_client");
    const code = form.get("code") ?? "";
    const issued = codes.get(code);
    codes.delete(code); // a code works once
    if (form.get("grant_type") !== "authorization_code" || !issued) return refuse(response, "invalid_grant");
    if (form.get("redirect_uri") !== issued.redirectUri) return refuse(response, "invalid_grant");
    const verifier = form.get("code_verifier") ?? "";
    if (createHash("sha256").update(verifier).digest("base64url") !== issued.challenge) return refuse(response, "invalid_grant");
    const now = Math.floor(Date.now() / 1000);
    const claims = { ...provider.user, iss: provider.issuer, aud: provider.clientId, iat: now, exp: now + 300, ...(issued.nonce ? { nonce: issued.nonce } : {}), ...provider.tamper };
    const idToken = await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: jwk.kid }).sign(privateKey);
    json(response, 200, { access_token: randomBytes(16).toString("hex"), token_type: "Bearer", expires_in: 300, id_token: idToken });
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", provider.issuer);
    if (request.method === "GET" && url.pathname === "/.well-known/openid-configuration") {
      return json(response, 200, {
        issuer: provider.issuer,
        authorization_endpoint: `${provider.issuer}/authorize`,
        token_endpoint: `${provider.issuer}/token`,
        jwks_uri: `${provider.issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic"],
        scopes_supported: ["openid", "email", "profile"],
      });
    }
    if (request.method === "GET" && url.pathname === "/jwks") return json(response, 200, { keys: [jwk] });
    if (request.method === "GET" && url.pathname === "/authorize") {
      const params = url.searchParams;
      const redirectUri = params.get("redirect_uri");
      if (params.get("client_id") !== provider.clientId || !redirectUri || params.get("response_type") !== "code" || params.get("code_challenge_method") !== "S256") {
        return json(response, 400, { error: "invalid_request" });
      }
      const code = randomBytes(16).toString("hex");
      codes.set(code, { redirectUri, challenge: params.get("code_challenge") ?? "", nonce: params.get("nonce") });
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      if (params.get("state")) back.searchParams.set("state", params.get("state")!);
      response.writeHead(302, { location: back.toString() });
      return response.end();
    }
    if (request.method === "POST" && url.pathname === "/token") {
      token(request, response).catch(() => json(response, 500, { error: "server_error" }));
      return;
    }
    json(response, 404, { error: "not_found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  provider.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(provider, {
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  });
}
