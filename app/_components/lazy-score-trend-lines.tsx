"use client";
// The score trend's drawing, loaded after the page: recharts is the largest library the dashboard uses, and the
// figure around it already says every series' change in words.
import dynamic from "next/dynamic";

export const LazyScoreTrendLines = dynamic(() => import("@/app/_components/score-trend-lines").then((module) => module.ScoreTrendLines), {
  ssr: false,
  loading: () => <div className="skeleton" style={{ minHeight: "inherit" }} aria-hidden="true" />,
});
