import { describe, expect, it } from "vitest";
import { getServiceSeries, getSeveritySeries, serviceLabel, severityLabel } from "@/lib/findings/get-chart-series";

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
