"use client";
// Replaces the root layout when it fails; it renders its own document, so it carries minimal styles.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", colorScheme: "light dark" }}>
        <h1>Vigil could not start this page</h1>
        <p>The server ran into an error. Try again in a moment.</p>
        <button type="button" onClick={() => retry()}>Try again</button>
      </body>
    </html>
  );
}
