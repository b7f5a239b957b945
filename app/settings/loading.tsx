import { CardSkeleton } from "@/app/_components/card-skeleton";

export default function Loading() {
  return <div className="grid" aria-busy="true" aria-label="Loading"><CardSkeleton height={60} /><CardSkeleton height={320} /></div>;
}
