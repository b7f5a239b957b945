import { describe, expect, it } from "vitest";
import { csvRow } from "./format-csv";

describe("csvRow", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvRow(["a,b", 'say "hi"', "two\nlines", null, 3])).toBe('"a,b","say ""hi""","two\nlines",,3\r\n');
  });

  it("neutralises cells a spreadsheet would evaluate as formulas", () => {
    expect(csvRow(["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)"])).toBe(
      '"\'=HYPERLINK(""http://x"")",\'+1,\'-2,\'@SUM(A1)\r\n',
    );
  });
});
