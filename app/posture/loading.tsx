import { CardSkeleton } from "@/app/_components/card-skeleton";

export default function Loading() {
  return <div role="status" aria-label="Loading"><CardSkeleton height={360} /></div>;
}
