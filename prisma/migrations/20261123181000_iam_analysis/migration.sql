-- CreateTable
CREATE TABLE "iam_analyses" (
    "id" UUID NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "scan_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),
    "duration_ms" INTEGER,
    "window_days" INTEGER NOT NULL,
    "principal_count" INTEGER NOT NULL DEFAULT 0,
    "problems" JSONB NOT NULL,
    "error" TEXT,

    CONSTRAINT "iam_analyses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "iam_principals" (
    "id" UUID NOT NULL,
    "analysis_id" UUID NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "full_admin" BOOLEAN NOT NULL,
    "risk_categories" TEXT[],
    "top_severity" "Severity",
    "risk_count" INTEGER NOT NULL,
    "escalation_count" INTEGER NOT NULL,
    "allowed_actions" INTEGER NOT NULL,
    "suggestion_state" TEXT NOT NULL,
    "detail" JSONB NOT NULL,

    CONSTRAINT "iam_principals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "iam_analyses_scan_id_key" ON "iam_analyses"("scan_id");

-- CreateIndex
CREATE INDEX "iam_analyses_account_id_status_started_at_idx" ON "iam_analyses"("account_id", "status", "started_at" DESC);

-- CreateIndex
CREATE INDEX "iam_principals_list_idx" ON "iam_principals"("analysis_id", "top_severity", "escalation_count" DESC, "name");

-- CreateIndex
CREATE INDEX "iam_principals_risk_categories_idx" ON "iam_principals" USING GIN ("risk_categories");

-- CreateIndex
CREATE INDEX "iam_principals_account_id_arn_idx" ON "iam_principals"("account_id", "arn");

-- CreateIndex
CREATE UNIQUE INDEX "iam_principals_analysis_id_arn_key" ON "iam_principals"("analysis_id", "arn");

-- AddForeignKey
ALTER TABLE "iam_analyses" ADD CONSTRAINT "iam_analyses_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "iam_analyses" ADD CONSTRAINT "iam_analyses_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "scans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "iam_principals" ADD CONSTRAINT "iam_principals_analysis_id_fkey" FOREIGN KEY ("analysis_id") REFERENCES "iam_analyses"("id") ON DELETE CASCADE ON UPDATE CASCADE;
