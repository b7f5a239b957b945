import { CardSkeleton } from "@/app/_components/card-skeleton";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading finding" style={{ display: "grid", gridTemplateColumns: "1fr 380px", gap: "1rem" }}>
      <CardSkeleton height={420} />
      <CardSkeleton height={420} />
    </div>
  );
}
