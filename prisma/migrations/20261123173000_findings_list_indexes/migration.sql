-- CreateIndex
CREATE INDEX "findings_severity_last_seen_at_id_idx" ON "findings"("severity", "last_seen_at" DESC, "id");

-- CreateIndex
CREATE INDEX "findings_first_seen_at_id_idx" ON "findings"("first_seen_at" DESC, "id");
