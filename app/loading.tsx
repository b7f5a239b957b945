import { CardSkeleton } from "@/app/_components/card-skeleton";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading">
      <CardSkeleton height={40} />
      <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: "1rem", marginTop: "1rem" }}>
        <CardSkeleton height={200} />
        <CardSkeleton height={200} />
        <CardSkeleton height={320} />
        <CardSkeleton height={320} />
      </div>
    </div>
  );
}
