// Placeholder until the database test harness lands (see lib/db).
export default function setup() {}
