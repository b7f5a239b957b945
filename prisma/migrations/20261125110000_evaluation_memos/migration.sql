-- What each account's latest evaluation concluded and read (lib/checks/evaluation-memo.ts): the next scan
-- re-runs only the checks whose inputs changed, and reuses the rest of the verdicts.

-- CreateTable
CREATE TABLE "evaluation_memos" (
    "account_id" VARCHAR(12) NOT NULL,
    "scan_id" UUID NOT NULL,
    "inputs_key" TEXT NOT NULL,
    "full_evaluation_at" TIMESTAMPTZ(3) NOT NULL,
    "state" BYTEA NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_memos_pkey" PRIMARY KEY ("account_id")
);

-- AddForeignKey
ALTER TABLE "evaluation_memos" ADD CONSTRAINT "evaluation_memos_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The state is gzip already: storing it out of line without a second compression saves the work.
ALTER TABLE "evaluation_memos" ALTER COLUMN "state" SET STORAGE EXTERNAL;
