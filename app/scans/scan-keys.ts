/** React Query keys for scans: one factory so polling and future mutations name the same entries. */
export const scanKeys = {
  all: ["scans"] as const,
  detail: (id: string) => ["scans", id] as const,
};
