"use client";
import { RouteError } from "@/app/_components/route-error";

export default function PrincipalsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} what="the IAM analysis" />;
}
