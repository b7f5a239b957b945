/** Kleene three-valued logic: "unknown" is a condition the engine could not decide. */
export type Truth = true | false | "unknown";

export function and(a: Truth, b: Truth): Truth {
  if (a === false || b === false) return false;
  if (a === "unknown" || b === "unknown") return "unknown";
  return true;
}

export function or(a: Truth, b: Truth): Truth {
  if (a === true || b === true) return true;
  if (a === "unknown" || b === "unknown") return "unknown";
  return false;
}

export function not(a: Truth): Truth {
  return a === "unknown" ? "unknown" : !a;
}
