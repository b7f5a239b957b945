/** Input schemas for sign-in, set-up and user management: the boundary every form and command goes through. */
import { z } from "zod";
import { postgresText } from "@/lib/db/postgres-text";
import { PASSWORD_MAX, PASSWORD_MIN } from "./hash-password";
import { ROLES } from "./permissions";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An e-mail address has at most 254 characters.")
  .pipe(z.email("Enter a valid e-mail address."));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const totpCodeSchema = z.string().trim().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app.");

export const nameSchema = z.string().trim().min(1, "Enter a name.").max(120, "A name has at most 120 characters.").check(postgresText("A name cannot contain control characters."));

export const roleSchema = z.enum(ROLES);

export const accountScopeSchema = z.array(z.string().regex(/^\d{12}$/, "AWS account ids have 12 digits.")).max(1000);

export const signInSchema = z.object({
  email: emailSchema,
  // Length-capped but not policy-checked: old passwords must still be accepted after a policy change.
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
  code: z.union([totpCodeSchema, z.literal("")]).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const base32SecretSchema = z.string().regex(/^[A-Z2-7]{32}$/, "Not a secret Vigil generated.");

export const completeSetupSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This set-up link is not valid."),
  email: emailSchema.optional(),
  name: nameSchema.optional(),
  password: passwordSchema,
  totpSecret: base32SecretSchema.optional(),
  totpCode: z.union([totpCodeSchema, z.literal("")]).optional(),
});
export type CompleteSetupInput = z.infer<typeof completeSetupSchema>;

export const createUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  accountScope: accountScopeSchema.default([]),
});
export type CreateUserInput = z.input<typeof createUserSchema>;
