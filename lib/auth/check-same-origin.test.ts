import { describe, expect, it } from "vitest";
import { isSafeMethod, isSameOriginRequest } from "./check-same-origin";

const headers = (values: Record<string, string>) => new Headers(values);
const ORIGIN = "http://127.0.0.1:3100";

describe("isSameOriginRequest (CSRF)", () => {
  it("accepts the browser's own pages", () => {
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "same-origin", origin: ORIGIN, host: "127.0.0.1:3100" }), ORIGIN)).toBe(true);
    expect(isSameOriginRequest(headers({ origin: ORIGIN, host: "127.0.0.1:3100" }), ORIGIN)).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://vigil.example.com" }), ORIGIN, ["https://vigil.example.com"])).toBe(true);
  });

  it("refuses cross-site, sibling-site and origin-less requests", () => {
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "cross-site", origin: "https://evil.example" }), ORIGIN)).toBe(false);
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "same-site", origin: "http://127.0.0.1:3101" }), ORIGIN)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", host: "127.0.0.1:3100" }), ORIGIN)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "null" }), ORIGIN)).toBe(false);
    expect(isSameOriginRequest(headers({}), ORIGIN)).toBe(false);
    // A forged header claiming same-origin still needs a matching Origin when one is sent.
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "same-origin", origin: "https://evil.example", host: "127.0.0.1:3100" }), ORIGIN)).toBe(false);
  });

  it("lets safe methods through without a check", () => {
    expect(["GET", "head", "OPTIONS"].every(isSafeMethod)).toBe(true);
    expect(["POST", "PUT", "PATCH", "DELETE"].some(isSafeMethod)).toBe(false);
  });
});
