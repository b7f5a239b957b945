import { describe, expect, it } from "vitest";
import { findCheck } from "@/lib/checks/catalogue";
import { findVigilEquivalents, PROWLER_EQUIVALENTS, VIGIL_SERVICE_PREFIXES } from "@/lib/checks/prowler-equivalents";
import nist from "@/lib/compliance/data/nist-800-53-r5.json";

describe("Prowler equivalents", () => {
  it("names only checks that exist in the catalogue", () => {
    const unknown = Object.entries(PROWLER_EQUIVALENTS).flatMap(([id, e]) => (Array.isArray(e) ? (e as string[]).filter((v) => !findCheck(v)).map((v) => `${id} -> ${v}`) : []));
    expect(unknown).toEqual([]);
  });

  it("answers every Prowler check of Vigil's services that the NIST catalogue cites", () => {
    const cited = new Set(nist.requirements.flatMap((r) => r.prowlerChecks).filter((c) => VIGIL_SERVICE_PREFIXES.some((p) => c.startsWith(p))));
    expect(cited.size).toBeGreaterThan(30);
    expect([...cited].filter((c) => !(c in PROWLER_EQUIVALENTS))).toEqual([]);
  });

  it("gives a reason of substance wherever there is no equivalent", () => {
    for (const [id, e] of Object.entries(PROWLER_EQUIVALENTS)) {
      if (!Array.isArray(e)) expect((e as { reason: string }).reason.length, id).toBeGreaterThan(30);
    }
    expect(findVigilEquivalents("iam_root_mfa_enabled")).toEqual(["iam_root_mfa_enabled"]);
    expect(findVigilEquivalents("s3_bucket_object_public")).toEqual([]);
  });
});
