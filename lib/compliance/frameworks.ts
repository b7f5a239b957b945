import fsbp from "@/lib/compliance/data/aws-fsbp.json";
import cis7 from "@/lib/compliance/data/cis-aws-7.0.json";

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
}

export interface Framework {
  id: string;
  name: string;
  version: string;
  requirements: Requirement[];
}

/** The frameworks Vigil can report on. Requirement mappings live on the checks (lib/checks). */
export const FRAMEWORKS: readonly Framework[] = [cis7 as Framework, fsbp as Framework];

export function findFramework(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}
