/** The AWS account a scan reads, as the collectors need it (a subset of the stored Account). */
export interface AccountTarget {
  /** Twelve-digit id; resolved with STS when unknown (ambient credentials). */
  accountId: string;
  /** Role to assume in the account; absent means the ambient credentials are used as they are. */
  roleArn?: string | null;
  externalId?: string | null;
}
