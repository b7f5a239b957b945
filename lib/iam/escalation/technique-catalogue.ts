import type { Technique } from "@/lib/iam/escalation/technique";
import { COMPUTE_TECHNIQUES } from "@/lib/iam/escalation/techniques-compute";
import { IAM_TECHNIQUES } from "@/lib/iam/escalation/techniques-iam";

/** Every technique the escalation graph knows: the 65 of pathfinding.cloud plus Vigil's own additions. */
export const TECHNIQUES: readonly Technique[] = [...IAM_TECHNIQUES, ...COMPUTE_TECHNIQUES];
