import { CardSkeleton } from "@/app/_components/card-skeleton";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading principals" style={{ display: "grid", gap: "1rem" }}>
      <CardSkeleton height={40} />
      <CardSkeleton height={480} />
    </div>
  );
}
