import { describe, expect, it } from "vitest";
import { createWriteQueue } from "./create-write-queue";

/** A write that finishes when told to, recording when it started and ended. */
function gate(log: string[], name: string) {
  let finish!: (error?: Error) => void;
  const done = new Promise<void>((resolve, reject) => (finish = (error) => (error ? reject(error) : resolve())));
  return {
    write: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
    },
    finish,
  };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createWriteQueue", () => {
  it("runs at most its limit at once, and an ordered write only after every earlier one", async () => {
    const log: string[] = [];
    const queue = createWriteQueue(2);
    const [a, b, c] = [gate(log, "a"), gate(log, "b"), gate(log, "c")];
    await queue.push(a.write);
    await queue.push(b.write);
    const third = queue.push(c.write, { ordered: true });
    await tick();
    expect(log).toEqual(["start a", "start b"]);
    a.finish();
    await tick();
    expect(log).toEqual(["start a", "start b", "end a"]); // room for one more, but c waits for b
    b.finish();
    await third;
    c.finish();
    await queue.drain();
    expect(log).toEqual(["start a", "start b", "end a", "end b", "start c", "end c"]);
  });

  it("reports the first failure at the next push and at drain", async () => {
    const queue = createWriteQueue(2);
    await queue.push(async () => {
      throw new Error("disk full");
    });
    await tick();
    await expect(queue.push(async () => undefined)).rejects.toThrow("disk full");
    await expect(queue.drain()).rejects.toThrow("disk full");
  });
});
