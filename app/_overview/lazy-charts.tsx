"use client";
// The overview's charts, loaded after the page: recharts is the largest library on the page, and every number it
// draws is already on the page as text, so the page is whole and usable before any chart arrives.
import dynamic from "next/dynamic";
import styles from "@/app/_overview/charts.module.css";

function ChartSkeleton() {
  return <div className={`skeleton ${styles.chart}`} aria-hidden="true" />;
}

export const LazySeverityChart = dynamic(() => import("@/app/_overview/severity-chart").then((module) => module.SeverityChart), {
  ssr: false,
  loading: ChartSkeleton,
});

export const LazyServiceChart = dynamic(() => import("@/app/_overview/service-chart").then((module) => module.ServiceChart), {
  ssr: false,
  loading: ChartSkeleton,
});

export const LazyAccountChart = dynamic(() => import("@/app/_overview/account-chart").then((module) => module.AccountChart), {
  ssr: false,
  loading: ChartSkeleton,
});
