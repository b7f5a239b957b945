import { connection } from "next/server";
import { Suspense } from "react";
import { PostureScoreCard } from "@/app/_overview/posture-score-card";
import { FindingCounts } from "@/app/_overview/finding-counts";
import { UrgentFindings } from "@/app/_overview/urgent-findings";
import { ScanFreshness } from "@/app/_overview/scan-freshness";
import { PostureTrend } from "@/app/_overview/posture-trend";
import { WorstAccounts } from "@/app/_overview/worst-accounts";
import { CardSkeleton } from "@/app/_components/card-skeleton";
import styles from "@/app/_overview/overview.module.css";

export default async function OverviewPage() {
  await connection();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Overview</h1>
          <p className="muted">Security posture of your AWS accounts: IAM, Lambda, S3 and KMS.</p>
        </div>
      </div>
      <div className={styles.layout}>
        <Suspense fallback={<CardSkeleton height={200} />}>
          <PostureScoreCard />
        </Suspense>
        <Suspense fallback={<CardSkeleton height={200} />}>
          <ScanFreshness />
        </Suspense>
        <Suspense fallback={<CardSkeleton height={320} />}>
          <PostureTrend />
        </Suspense>
        <Suspense fallback={<CardSkeleton height={320} />}>
          <WorstAccounts />
        </Suspense>
        <Suspense fallback={<><CardSkeleton height={320} /><CardSkeleton height={320} /><div className={styles.wide}><CardSkeleton height={360} /></div></>}>
          <FindingCounts />
        </Suspense>
        <div className={styles.wide}>
          <Suspense fallback={<CardSkeleton height={280} />}>
            <UrgentFindings />
          </Suspense>
        </div>
      </div>
    </>
  );
}
