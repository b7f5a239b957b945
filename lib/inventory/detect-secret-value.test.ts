import { describe, expect, it } from "vitest";
import { detectSecretValue } from "@/lib/inventory/detect-secret-value";

describe("detectSecretValue", () => {
  it.each([
    ["AWS_KEY_ID", "AKIAIOSFODNN7EXAMPLE", "AWS access key id"],
    ["CERT", "-----BEGIN RSA PRIVATE KEY-----\nMIIE...", "private key block"],
    ["SLACK", "xoxb-123456789012-abcdefghijkl", "Slack token"],
    ["GH", "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB", "GitHub token"],
    ["STRIPE", "sk_live_51Habcdefghijklmnop", "Stripe secret key"],
    ["SESSION", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "JSON Web Token"],
    ["DATABASE_URL", "postgres://app:s3cretPass@db.internal:5432/app", "connection string with a password"],
  ])("flags %s as %s", (name, value, reason) => {
    expect(detectSecretValue(name, value)?.reason).toBe(reason);
  });

  it("flags a literal value in a variable named like a secret", () => {
    expect(detectSecretValue("DB_PASSWORD", "hunter2hunter2")).not.toBeNull();
    expect(detectSecretValue("STRIPE_API_KEY", "abc123def456")).not.toBeNull();
  });

  it("flags an AWS secret access key by entropy alone", () => {
    expect(detectSecretValue("SOMETHING", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")?.reason).toBe("high-entropy value");
  });

  it.each([
    ["TABLE_ARN", "arn:aws:dynamodb:us-east-1:123456789012:table/orders"],
    ["API_URL", "https://api.example.com/v1/orders"],
    ["DATABASE_URL", "postgres://db.internal:5432/app"],
    ["DEBUG", "true"],
    ["TIMEOUT", "30"],
    ["DB_PASSWORD", "{{resolve:secretsmanager:prod/db:SecretString:password}}"],
    ["API_KEY_PARAM", "/prod/payments/api-key"],
    ["SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"],
    ["TOKEN_TTL", "3600"],
    ["STAGE", "production"],
    ["LOG_LEVEL", "info"],
    ["AUTH_MODE", "cognito"],
  ])("does not flag %s", (name, value) => {
    expect(detectSecretValue(name, value)).toBeNull();
  });

  it("applies operator-configured patterns and ignores invalid ones", () => {
    expect(detectSecretValue("X", "corp-7f3a", ["^corp-[0-9a-f]{4}$", "(["])).toEqual({ reason: "matches a configured secret pattern" });
    expect(detectSecretValue("X", "corp-7f3a", ["(["])).toBeNull();
  });

  it("never quotes the value in its reason", () => {
    const value = "hunter2hunter2";
    expect(JSON.stringify(detectSecretValue("DB_PASSWORD", value))).not.toContain(value);
  });
});
