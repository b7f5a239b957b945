/**
 * React Query keys of the findings domain. Mutations invalidate exactly what they change: a comment only
 * its finding; a status or assignment change its findings and the lists.
 */
export const findingKeys = {
  all: ["findings"] as const,
  lists: () => ["findings", "list"] as const,
  list: (search: string) => ["findings", "list", search] as const,
  details: () => ["findings", "detail"] as const,
  detail: (id: string) => ["findings", "detail", id] as const,
};
