import type { FunctionConfiguration } from "@aws-sdk/client-lambda";
import { detectSecretValue } from "@/lib/inventory/detect-secret-value";

/**
 * Replaces Environment by its variable names and judges the values in memory: the values
 * themselves never leave this function (not stored, not logged).
 */
export function redactEnvironment(configuration: FunctionConfiguration, extraPatterns: string[]) {
  const { Environment, ...rest } = configuration;
  const variables = Environment?.Variables ?? {};
  const EnvironmentSecrets = Object.entries(variables).flatMap(([name, value]) => {
    const verdict = detectSecretValue(name, value ?? "", extraPatterns);
    return verdict ? [{ name, reason: verdict.reason }] : [];
  });
  return {
    Configuration: {
      ...rest,
      Environment: { VariableNames: Object.keys(variables), ...(Environment?.Error ? { Error: Environment.Error } : {}) },
    },
    EnvironmentSecrets,
  };
}
