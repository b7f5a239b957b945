/**
 * Decides, in memory, whether an environment variable's value looks like a secret. Used by the
 * Lambda collector so that only a verdict (never the value) is stored.
 */

export interface SecretVerdict {
  /** Short reason naming the kind of secret, never quoting the value. */
  reason: string;
}

const KNOWN_FORMATS: Array<[RegExp, string]> = [
  [/\b(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/, "AWS access key id"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/, "private key block"],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, "Slack token"],
  [/\bhttps:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]+/, "Slack webhook URL"],
  [/\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b/, "GitHub token"],
  [/\bgithub_pat_[A-Za-z0-9_]{22,}\b/, "GitHub token"],
  [/\b(sk|rk)_(live|test)_[A-Za-z0-9]{16,}\b/, "Stripe secret key"],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, "Google API key"],
  [/\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/, "SendGrid API key"],
  [/\bnpm_[A-Za-z0-9]{36}\b/, "npm token"],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, "JSON Web Token"],
  [/^[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]+:[^@/?#\s]+@/i, "connection string with a password"],
];

/** Names whose literal values are secrets. */
const SECRET_NAME = /(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH|SIGNING_?KEY|CLIENT_?SECRET)/i;

/** Values that are references to, or descriptions of, secrets rather than secrets. */
const NOT_A_SECRET: RegExp[] = [
  /^arn:aws[a-z-]*:/,
  /^\{\{resolve:(ssm|ssm-secure|secretsmanager):/,
  /^(ssm|secretsmanager):/,
  /^\/aws\/reference\/secretsmanager\//,
  /^\$\{.*\}$/,
  /^(true|false|yes|no|on|off|null|none|enabled|disabled)$/i,
  /^-?\d+(\.\d+)?$/,
  /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i,
  /^\/[\w./-]*$/,
];

function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** A long random-looking token: base64/hex charset, no spaces, mixed classes, high entropy. */
function looksRandom(value: string): boolean {
  if (value.length < 20 || /\s/.test(value) || !/^[A-Za-z0-9+/=_\-.]+$/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((pattern) => pattern.test(value)).length;
  const hex = /^[a-f0-9]+$/i.test(value);
  if (hex) return value.length >= 32 && shannonEntropy(value) > 3;
  return classes >= 2 && shannonEntropy(value) > 4;
}

/**
 * Returns a verdict when `value` looks like a secret, else null. `extraPatterns` are regular
 * expression sources configured by the operator (CheckSettings.secretPatterns).
 */
export function detectSecretValue(name: string, value: string, extraPatterns: string[] = []): SecretVerdict | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  for (const [pattern, reason] of KNOWN_FORMATS) {
    if (pattern.test(trimmed)) return { reason };
  }
  for (const source of extraPatterns) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(source);
    } catch {
      continue;
    }
    if (pattern.test(trimmed)) return { reason: "matches a configured secret pattern" };
  }
  if (NOT_A_SECRET.some((pattern) => pattern.test(trimmed))) return null;
  if (SECRET_NAME.test(name) && trimmed.length >= 8 && !/^<.*>$|^(changeme|placeholder|example|xxx+)$/i.test(trimmed)) {
    return { reason: `literal value in a variable named like a secret (${name})` };
  }
  if (looksRandom(trimmed)) return { reason: "high-entropy value" };
  return null;
}
