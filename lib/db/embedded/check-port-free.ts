/** Fails with a clear line when something other than Vigil already listens on the embedded port. */
import net from "node:net";
import { DatabaseError } from "@/lib/db/database-error";

export async function checkPortFree(port: number, host = "127.0.0.1"): Promise<void> {
  const inUse = await new Promise<boolean>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(true) : reject(error)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(false)));
  });
  if (inUse) throw portInUse(port);
}

export function portInUse(port: number): DatabaseError {
  return new DatabaseError(
    "embedded_port_in_use",
    `Port ${port} is already in use by another program, so Vigil's embedded PostgreSQL cannot start; set VIGIL_EMBEDDED_PG_PORT to a free port (your data is untouched).`,
  );
}
