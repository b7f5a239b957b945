import { describe, expect, it } from "vitest";
import { getAccountSeries, getServiceSeries, getSeveritySeries, serviceLabel, severityLabel } from "@/lib/findings/get-chart-series";

const counts = [
  { service: "s3", severity: "critical" as const, count: 2 },
  { service: "iam", severity: "high" as const, count: 5 },
  { service: "iam", severity: "medium" as const, count: 3 },
  { service: "s3", severity: "low" as const, count: 1 },
  { service: "kms", severity: "medium" as const, count: 3 },
];

describe("getSeveritySeries", () => {
  it("lists every severity most severe first, summing services and filling zeros", () => {
    expect(getSeveritySeries(counts).map((bar) => [bar.severity, bar.count])).toEqual([
      ["critical", 2], ["high", 5], ["medium", 6], ["low", 1], ["informational", 0],
    ]);
  });
  it("gives zero bars, not an empty chart, when nothing is open", () => {
    expect(getSeveritySeries([]).every((bar) => bar.count === 0)).toBe(true);
    expect(getSeveritySeries([])).toHaveLength(5);
  });
});

describe("getServiceSeries", () => {
  it("stacks severities per service, largest total first, ties by name", () => {
    const series = getServiceSeries(counts);
    expect(series.map((bar) => [bar.service, bar.total])).toEqual([["iam", 8], ["kms", 3], ["s3", 3]]);
    expect(series[0]).toMatchObject({ label: "IAM", high: 5, medium: 3, critical: 0 });
    expect(series[2]).toMatchObject({ critical: 2, low: 1 });
  });
});

describe("labels", () => {
  it("names services and severities for people", () => {
    expect(serviceLabel("lambda")).toBe("Lambda");
    expect(serviceLabel("ec2")).toBe("ec2");
    expect(severityLabel("informational")).toBe("Info");
    expect(severityLabel("critical")).toBe("Critical");
  });
});

describe("getAccountSeries", () => {
  const byAccount = [
    { accountId: "111111111111", severity: "low" as const, count: 4 },
    { accountId: "222222222222", severity: "critical" as const, count: 1 },
    { accountId: "222222222222", severity: "medium" as const, count: 3 },
    { accountId: "333333333333", severity: "high" as const, count: 9 },
    { accountId: "444444444444", severity: "informational" as const, count: 0 },
  ];
  const names = new Map([["111111111111", "Production"], ["333333333333", "Staging"]]);

  it("stacks severities per account, largest total first, ties by worst severity, labelled with the account's name", () => {
    const { bars, left } = getAccountSeries(byAccount, names);
    expect(bars.map((bar) => [bar.accountId, bar.total])).toEqual([["333333333333", 9], ["222222222222", 4], ["111111111111", 4]]);
    expect(bars.map((bar) => bar.label)).toEqual(["Staging", "222222222222", "Production"]);
    expect(bars[1]).toMatchObject({ critical: 1, medium: 3, high: 0 });
    expect(left).toBe(0);
  });

  it("keeps the largest accounts and says how many it left out", () => {
    const { bars, left } = getAccountSeries(byAccount, names, 2);
    expect(bars.map((bar) => bar.accountId)).toEqual(["333333333333", "222222222222"]);
    expect(left).toBe(1);
  });
});
