-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('admin', 'analyst', 'engineer', 'viewer');

-- CreateEnum
CREATE TYPE "AccountSource" AS ENUM ('aws', 'sample');

-- CreateEnum
CREATE TYPE "ScanStatus" AS ENUM ('queued', 'running', 'succeeded', 'partial', 'failed');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('critical', 'high', 'medium', 'low', 'informational');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('open', 'in_progress', 'resolved', 'suppressed', 'risk_accepted');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'viewer',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" VARCHAR(12) NOT NULL,
    "name" TEXT NOT NULL,
    "source" "AccountSource" NOT NULL DEFAULT 'aws',
    "role_arn" TEXT,
    "external_id" TEXT,
    "regions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "scan_schedule" TEXT NOT NULL DEFAULT '0 */6 * * *',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scans" (
    "id" UUID NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "status" "ScanStatus" NOT NULL DEFAULT 'queued',
    "trigger" TEXT NOT NULL,
    "slot_key" TEXT,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "worker_id" TEXT,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "progress" JSONB,
    "error" TEXT,
    "api_calls" INTEGER NOT NULL DEFAULT 0,
    "resource_count" INTEGER NOT NULL DEFAULT 0,
    "resources_added" INTEGER NOT NULL DEFAULT 0,
    "resources_changed" INTEGER NOT NULL DEFAULT 0,
    "resources_deleted" INTEGER NOT NULL DEFAULT 0,
    "finding_count" INTEGER NOT NULL DEFAULT 0,
    "findings_opened" INTEGER NOT NULL DEFAULT 0,
    "findings_resolved" INTEGER NOT NULL DEFAULT 0,
    "gap_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "scans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scan_gaps" (
    "id" BIGSERIAL NOT NULL,
    "scan_id" UUID NOT NULL,
    "service" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "api" TEXT NOT NULL,
    "resource_arn" TEXT,
    "error_code" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "scan_gaps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resources" (
    "id" UUID NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "region" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "configuration" JSONB NOT NULL,
    "hash" CHAR(64) NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "last_scan_id" UUID,

    CONSTRAINT "resources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resource_versions" (
    "id" BIGSERIAL NOT NULL,
    "resource_id" UUID NOT NULL,
    "scan_id" UUID,
    "hash" CHAR(64) NOT NULL,
    "configuration" JSONB NOT NULL,
    "captured_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "resource_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "findings" (
    "id" UUID NOT NULL,
    "check_id" TEXT NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "resource_id" UUID NOT NULL,
    "resource_arn" TEXT NOT NULL,
    "resource_type" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'open',
    "title" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "status_changed_at" TIMESTAMPTZ(3) NOT NULL,
    "resolved_at" TIMESTAMPTZ(3),
    "resolution" TEXT,
    "assignee_id" UUID,
    "due_at" TIMESTAMPTZ(3),
    "suppressed_until" TIMESTAMPTZ(3),
    "suppression_reason" TEXT,
    "last_scan_id" UUID,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_events" (
    "id" BIGSERIAL NOT NULL,
    "finding_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "from_status" "FindingStatus",
    "to_status" "FindingStatus",
    "comment" TEXT,
    "data" JSONB,
    "scan_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "check_results" (
    "scan_id" UUID NOT NULL,
    "check_id" TEXT NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "evaluated" INTEGER NOT NULL,
    "passed" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,

    CONSTRAINT "check_results_pkey" PRIMARY KEY ("scan_id","check_id")
);

-- CreateTable
CREATE TABLE "posture_snapshots" (
    "id" BIGSERIAL NOT NULL,
    "scan_id" UUID NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "passed" INTEGER NOT NULL,
    "failed" INTEGER NOT NULL,
    "details" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "posture_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "scans_slot_key_key" ON "scans"("slot_key");

-- CreateIndex
CREATE INDEX "scans_account_id_queued_at_idx" ON "scans"("account_id", "queued_at" DESC);

-- CreateIndex
CREATE INDEX "scans_status_idx" ON "scans"("status");

-- CreateIndex
CREATE INDEX "scan_gaps_scan_id_idx" ON "scan_gaps"("scan_id");

-- CreateIndex
CREATE INDEX "resources_account_id_service_type_idx" ON "resources"("account_id", "service", "type");

-- CreateIndex
CREATE INDEX "resources_type_deleted_at_idx" ON "resources"("type", "deleted_at");

-- CreateIndex
CREATE UNIQUE INDEX "resources_account_id_arn_key" ON "resources"("account_id", "arn");

-- CreateIndex
CREATE INDEX "resource_versions_resource_id_captured_at_idx" ON "resource_versions"("resource_id", "captured_at" DESC);

-- CreateIndex
CREATE INDEX "findings_status_severity_idx" ON "findings"("status", "severity");

-- CreateIndex
CREATE INDEX "findings_account_id_status_severity_idx" ON "findings"("account_id", "status", "severity");

-- CreateIndex
CREATE INDEX "findings_assignee_id_status_due_at_idx" ON "findings"("assignee_id", "status", "due_at");

-- CreateIndex
CREATE INDEX "findings_resource_id_idx" ON "findings"("resource_id");

-- CreateIndex
CREATE INDEX "findings_check_id_status_idx" ON "findings"("check_id", "status");

-- CreateIndex
CREATE INDEX "findings_service_status_idx" ON "findings"("service", "status");

-- CreateIndex
CREATE INDEX "findings_last_seen_at_idx" ON "findings"("last_seen_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "findings_check_id_account_id_resource_arn_key" ON "findings"("check_id", "account_id", "resource_arn");

-- CreateIndex
CREATE INDEX "finding_events_finding_id_created_at_idx" ON "finding_events"("finding_id", "created_at");

-- CreateIndex
CREATE INDEX "check_results_account_id_check_id_idx" ON "check_results"("account_id", "check_id");

-- CreateIndex
CREATE INDEX "posture_snapshots_account_id_scope_key_created_at_idx" ON "posture_snapshots"("account_id", "scope", "key", "created_at");

-- CreateIndex
CREATE INDEX "posture_snapshots_created_at_idx" ON "posture_snapshots"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "posture_snapshots_scan_id_scope_key_key" ON "posture_snapshots"("scan_id", "scope", "key");

-- AddForeignKey
ALTER TABLE "scans" ADD CONSTRAINT "scans_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scan_gaps" ADD CONSTRAINT "scan_gaps_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resources" ADD CONSTRAINT "resources_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_versions" ADD CONSTRAINT "resource_versions_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_events" ADD CONSTRAINT "finding_events_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_results" ADD CONSTRAINT "check_results_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posture_snapshots" ADD CONSTRAINT "posture_snapshots_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
