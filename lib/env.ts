/**
 * Every setting Vigil reads from the environment, validated once. .env.example documents each one.
 * Read settings through `loadEnv()`; never read process.env elsewhere (the AWS SDK reads its own).
 */
import { z } from "zod";
import { authEnvShape } from "@/lib/auth/auth-env";

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

const envSchema = z.object({
  // Sign-in, sessions, lockout and single sign-on (documented in lib/auth/auth-env.ts).
  ...authEnvShape,
  /** Postgres connection string; when unset Vigil runs an embedded PostgreSQL under VIGIL_DATA_DIR. */
  DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional()),
  VIGIL_DATA_DIR: z.string().default(".data"),
  /** Port of the embedded PostgreSQL. */
  VIGIL_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default("127.0.0.1"),
  /** "sample" forces the built-in sample account; "aws" requires real credentials; "auto" picks by credentials. */
  VIGIL_SCAN_SOURCE: z.enum(["auto", "aws", "sample"]).default("auto"),
  /** Run a scan at start-up when the account has never been scanned. */
  VIGIL_SCAN_ON_START: booleanFlag.default(true),
  /** Default cron (UTC) for accounts without their own schedule. */
  VIGIL_DEFAULT_SCHEDULE: z.string().default("0 */6 * * *"),
  /** Worker processes started by `npm start` / `vigil serve`; 0 serves the web only. */
  VIGIL_WORKERS: z.coerce.number().int().min(0).max(32).default(1),
  /** Scans one worker process runs at once (each mostly waits on its account's AWS quotas). */
  VIGIL_SCANS_PER_WORKER: z.coerce.number().int().min(1).max(16).default(2),
  /** Ceiling of AWS API calls per second, per account and service. */
  VIGIL_API_RATE_LIMIT: z.coerce.number().positive().default(20),
  VIGIL_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /**
   * Age in days after which the daily prune job deletes resource history (old versions, long-deleted
   * resources), resolved findings and scan records (with their results and posture snapshots). 0 keeps everything.
   */
  VIGIL_RETENTION_DAYS: z.coerce.number().int().min(0).default(365),
  /**
   * 32-byte key (64 hex characters, or base64) sealing secrets at rest with AES-256-GCM: TOTP secrets, webhook
   * signing secrets, Slack webhook URLs, SMTP passwords, Jira API tokens. Without it, embedded mode uses its key
   * file under VIGIL_DATA_DIR and DATABASE_URL mode has none (lib/secrets/resolve-sealing-key.ts).
   */
  VIGIL_ENCRYPTION_KEY: z
    .string()
    .optional()
    .refine((value) => !value || /^[0-9a-fA-F]{64}$/.test(value) || Buffer.from(value, "base64").length === 32, "must be 32 bytes: 64 hex characters or base64"),
});

export type VigilEnv = z.infer<typeof envSchema>;

let cached: VigilEnv | undefined;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): VigilEnv {
  if (source === process.env && cached) return cached;
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}. See .env.example.`);
  }
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}
