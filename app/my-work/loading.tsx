import { CardSkeleton } from "@/app/_components/card-skeleton";

export default function Loading() {
  return <div className="grid" aria-busy="true" aria-label="Loading"><CardSkeleton height={40} /><CardSkeleton height={360} /></div>;
}
