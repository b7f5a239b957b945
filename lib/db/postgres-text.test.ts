import { describe, expect, it } from "vitest";
import { z } from "zod";
import { likeText, postgresText } from "./postgres-text";

describe("postgres text", () => {
  const text = z.string().check(postgresText("no control characters"));

  it("refuses NUL, other control characters and bidirectional overrides, keeps line breaks and tabs", () => {
    for (const bad of ["a\u0000b", "\u0007", "\u001b[31m", "\u007f", "abc\u202egnp.exe", "\u2066x"]) expect(text.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    for (const good of ["plain", "line one\nline two\r\n", "col\tcol", "ünïcödé 日本", "' OR 1=1 --"]) expect(text.safeParse(good).success, good).toBe(true);
  });

  it("escapes LIKE wildcards and the escape character itself", () => {
    expect(likeText("100%_done\\")).toBe("100\\%\\_done\\\\");
    expect(likeText("acme-public-assets")).toBe("acme-public-assets");
  });
});
