import { describe, expect, it } from "vitest";
import { createTokenBucket } from "@/collectors/aws/create-token-bucket";

const flush = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

describe("createTokenBucket", () => {
  it("admits a burst at once, then holds the rest back in order", async () => {
    const bucket = createTokenBucket(1, 3);
    const admitted: number[] = [];
    for (let i = 0; i < 5; i += 1) void bucket.take().then(() => admitted.push(i));
    await flush();
    expect(admitted).toEqual([0, 1, 2]);
  });

  it("defaults its burst below one second of rate, so AWS's own bucket is never emptied by a burst", async () => {
    const bucket = createTokenBucket(20);
    let admitted = 0;
    for (let i = 0; i < 40; i += 1) void bucket.take().then(() => (admitted += 1));
    await flush();
    expect(admitted).toBe(18);
  });
});
