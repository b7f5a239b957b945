-- The dashboard at a million findings: counts from a small table the database keeps exact, and indexes that
-- match the REST API's and the compliance report's orderings.

-- CreateTable
-- Finding counts per (account, check, service, severity, status), as signed deltas: triggers on "findings" append
-- one row per group a statement changed (so concurrent writers never wait on each other), and
-- lib/findings/compact-finding-counts.ts folds an account's rows together after each scan. Readers sum.
CREATE TABLE "finding_counts" (
    "id" BIGSERIAL NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "check_id" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "status" "FindingStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "finding_counts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "finding_counts_account_id_idx" ON "finding_counts"("account_id");

-- Statement-level triggers with transition tables: one aggregate per statement, whatever its size. No foreign
-- key to accounts: deleting an account cascades to its findings, whose trigger then writes the matching
-- negative rows, and the sums come to zero.
CREATE FUNCTION "count_finding_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "finding_counts" ("account_id", "check_id", "service", "severity", "status", "count")
        SELECT "account_id", "check_id", "service", "severity", "status", count(*)
        FROM "new_findings" GROUP BY 1, 2, 3, 4, 5;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO "finding_counts" ("account_id", "check_id", "service", "severity", "status", "count")
        SELECT "account_id", "check_id", "service", "severity", "status", -count(*)
        FROM "old_findings" GROUP BY 1, 2, 3, 4, 5;
    ELSE
        INSERT INTO "finding_counts" ("account_id", "check_id", "service", "severity", "status", "count")
        SELECT "account_id", "check_id", "service", "severity", "status", sum("delta")
        FROM (
            SELECT "account_id", "check_id", "service", "severity", "status", 1 AS "delta" FROM "new_findings"
            UNION ALL
            SELECT "account_id", "check_id", "service", "severity", "status", -1 AS "delta" FROM "old_findings"
        ) AS "changes"
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum("delta") <> 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION "clear_finding_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "finding_counts";
    RETURN NULL;
END
$$;

CREATE TRIGGER "findings_count_inserts" AFTER INSERT ON "findings"
    REFERENCING NEW TABLE AS "new_findings" FOR EACH STATEMENT EXECUTE FUNCTION "count_finding_changes"();
CREATE TRIGGER "findings_count_updates" AFTER UPDATE ON "findings"
    REFERENCING OLD TABLE AS "old_findings" NEW TABLE AS "new_findings" FOR EACH STATEMENT EXECUTE FUNCTION "count_finding_changes"();
CREATE TRIGGER "findings_count_deletes" AFTER DELETE ON "findings"
    REFERENCING OLD TABLE AS "old_findings" FOR EACH STATEMENT EXECUTE FUNCTION "count_finding_changes"();
CREATE TRIGGER "findings_count_truncate" AFTER TRUNCATE ON "findings"
    FOR EACH STATEMENT EXECUTE FUNCTION "clear_finding_counts"();

-- Existing findings.
INSERT INTO "finding_counts" ("account_id", "check_id", "service", "severity", "status", "count")
SELECT "account_id", "check_id", "service", "severity", "status", count(*)
FROM "findings" GROUP BY 1, 2, 3, 4, 5;

-- CreateIndex
-- GET /api/v1/findings pages by (GREATEST(last_seen_at, status_changed_at), id). Each partial index holds, in that
-- order, the findings whose modification time is that column (lib/exports/find-findings-page.ts reads both
-- and merges them). schema.prisma cannot spell the WHERE clause; its @@index lines name these two.
CREATE INDEX "findings_last_seen_at_id_idx" ON "findings"("last_seen_at", "id") WHERE "last_seen_at" >= "status_changed_at";

-- CreateIndex
CREATE INDEX "findings_status_changed_at_id_idx" ON "findings"("status_changed_at", "id") WHERE "status_changed_at" > "last_seen_at";

-- DropIndex
-- Widened: the compliance report lists each failing check's open findings by severity and ARN from it.
DROP INDEX "findings_check_id_status_idx";

-- CreateIndex
CREATE INDEX "findings_check_id_status_severity_resource_arn_idx" ON "findings"("check_id", "status", "severity", "resource_arn");

-- CreateIndex
-- The findings filter's region menu reads the distinct regions by skipping through this index, a probe per region.
CREATE INDEX "resources_region_account_id_deleted_at_idx" ON "resources"("region", "account_id", "deleted_at");

-- DropIndex
-- Widened: grouping the findings list by resource reads it alone, in resource order (an index-only scan).
DROP INDEX "findings_resource_id_idx";

-- CreateIndex
CREATE INDEX "findings_resource_id_status_severity_idx" ON "findings"("resource_id", "status", "severity");
