import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

const FILES = { cloudformation: "vigil-read-only-role.cfn.yaml", terraform: "vigil-read-only-role.tf" } as const;
export type RoleTemplateFormat = keyof typeof FILES;

/** The read-only role template shipped in docs/read-only-role/, to copy into the account being added. */
export async function getReadOnlyRoleTemplate(format: RoleTemplateFormat): Promise<{ fileName: string; text: string | null }> {
  const fileName = FILES[format];
  try {
    return { fileName, text: await readFile(join(process.cwd(), "docs", "read-only-role", fileName), "utf8") };
  } catch {
    return { fileName, text: null };
  }
}
