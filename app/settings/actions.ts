"use server";
// Saves the severity SLAs from the settings form.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/app/_auth/get-actor";
import { recordAudit } from "@/app/_auth/record-audit";
import { runAction, type ActionResult } from "@/app/_actions/action-result";
import { db } from "@/lib/db/client";
import { severitySlasSchema } from "@/lib/settings/severity-slas.schemas";
import { updateSeveritySlas } from "@/lib/settings/update-severity-slas";

const days = z.preprocess((value) => (value === "" || value === null ? null : Number(value)), z.number().int().min(1).max(3650).nullable());
const formSchema = z.object({ critical: days, high: days, medium: days, low: days, informational: days }).pipe(severitySlasSchema);

export async function saveSeveritySlas(_previous: unknown, form: FormData): Promise<ActionResult<{ findingsUpdated: number }>> {
  return runAction(formSchema, Object.fromEntries(form), async (slas) => {
    const actor = await getActor();
    const result = await updateSeveritySlas(db(), actor, slas);
    await recordAudit(actor, { action: "setting.severity_slas_changed", targetType: "setting", targets: ["severity_slas"], details: slas });
    revalidatePath("/my-work");
    return result;
  });
}
