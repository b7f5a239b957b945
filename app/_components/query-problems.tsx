/** What a page shows instead of crashing when its query string does not validate. */
export function QueryProblems({ problems, resetHref }: { problems: string[]; resetHref: string }) {
  return (
    <div className="notice error" role="alert">
      <h2>This link has filters Vigil cannot read</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>
        <a href={resetHref}>Clear the filters</a> and start again.
      </p>
    </div>
  );
}
