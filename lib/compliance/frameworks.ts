import fsbp from "@/lib/compliance/data/aws-fsbp.json";
import cis5 from "@/lib/compliance/data/cis-aws-5.0.json";
import cis7 from "@/lib/compliance/data/cis-aws-7.0.json";
import nist from "@/lib/compliance/data/nist-800-53-r5.json";

/** One requirement of a framework: id and short title only (see data/NOTICE). */
export interface Requirement {
  id: string;
  title: string;
  /** CIS section, or the AWS service an FSBP control belongs to. */
  section: string;
  severity?: string;
  profile?: string | null;
  /** CIS "Automated" or "Manual". */
  assessment?: string;
  /** AWS retired the control; it stays listed so old reports still read, and is never assessed. */
  retired?: boolean;
  /** "security-hub" for FSBP entries taken from the Security Hub controls reference rather than Prowler. */
  source?: string;
  /** NIST: the Prowler checks Prowler maps to the requirement (the source of Vigil's derived NIST mappings). */
  prowlerChecks?: string[];
}

export interface Framework {
  id: string;
  name: string;
  version: string;
  requirements: Requirement[];
}

/** The frameworks Vigil can report on. Requirement mappings live on the checks (lib/checks). */
export const FRAMEWORKS: readonly Framework[] = [cis7 as Framework, cis5 as Framework, fsbp as Framework, nist as Framework];

export function findFramework(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}
