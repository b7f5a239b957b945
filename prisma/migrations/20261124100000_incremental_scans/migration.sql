-- Scans write only what changed. An unchanged resource or a still-failing finding keeps a "seen in the latest
-- scan" mark instead of having its last_seen_at rewritten; the account records when that scan was.

-- AlterTable
ALTER TABLE "accounts" ADD COLUMN     "findings_scan_id" UUID,
ADD COLUMN     "findings_seen_at" TIMESTAMPTZ(3),
ADD COLUMN     "inventory_scan_id" UUID,
ADD COLUMN     "inventory_seen_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "findings" ADD COLUMN     "fingerprint" TEXT,
ADD COLUMN     "seen_in_latest_scan" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "resources" ADD COLUMN     "seen_in_latest_scan" BOOLEAN NOT NULL DEFAULT false;

-- Existing data: each account's latest finished scan wrote last_seen_at on every row it saw (resources) or
-- found failing (findings), so those rows are the ones it saw; the latest times they carry are the scan's.
WITH latest AS (
    SELECT DISTINCT ON ("account_id") "account_id", "id", "started_at"
    FROM "scans"
    WHERE "status" IN ('succeeded', 'partial') AND "started_at" IS NOT NULL
    ORDER BY "account_id", "started_at" DESC
)
UPDATE "accounts" a
SET "inventory_scan_id" = l."id",
    "inventory_seen_at" = COALESCE((SELECT max(r."last_seen_at") FROM "resources" r WHERE r."last_scan_id" = l."id"), l."started_at"),
    "findings_scan_id" = l."id",
    "findings_seen_at" = COALESCE((SELECT max(f."last_seen_at") FROM "findings" f WHERE f."last_scan_id" = l."id"), l."started_at")
FROM latest l
WHERE l."account_id" = a."id";

UPDATE "resources" r SET "seen_in_latest_scan" = true
FROM "accounts" a
WHERE a."id" = r."account_id" AND r."deleted_at" IS NULL AND r."last_scan_id" = a."inventory_scan_id";

UPDATE "findings" f SET "seen_in_latest_scan" = true
FROM "accounts" a
WHERE a."id" = f."account_id" AND f."status" <> 'resolved' AND f."last_scan_id" = a."findings_scan_id";
