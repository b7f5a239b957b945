-- CreateTable
CREATE TABLE "check_settings" (
    "account_id" VARCHAR(12) NOT NULL,
    "unused_credential_days" INTEGER,
    "access_key_rotation_days" INTEGER,
    "root_recent_use_days" INTEGER,
    "runtime_warning_days" INTEGER,
    "deprecated_runtimes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "secret_patterns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updated_by" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "check_settings_pkey" PRIMARY KEY ("account_id")
);

-- CreateTable
CREATE TABLE "check_disablements" (
    "account_id" VARCHAR(12) NOT NULL,
    "check_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "disabled_by" TEXT NOT NULL,
    "disabled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "check_disablements_pkey" PRIMARY KEY ("account_id","check_id")
);

-- CreateTable
CREATE TABLE "check_exclusions" (
    "id" UUID NOT NULL,
    "account_id" VARCHAR(12) NOT NULL,
    "check_id" TEXT,
    "resource_pattern" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "check_exclusions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "check_exclusions_account_id_idx" ON "check_exclusions"("account_id");

-- AddForeignKey
ALTER TABLE "check_settings" ADD CONSTRAINT "check_settings_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_disablements" ADD CONSTRAINT "check_disablements_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_exclusions" ADD CONSTRAINT "check_exclusions_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
