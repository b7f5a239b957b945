import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card">
      <h1>Not found</h1>
      <p>This page, finding or resource does not exist (it may belong to an account that was removed).</p>
      <p><Link href="/">Back to the overview</Link></p>
    </div>
  );
}
