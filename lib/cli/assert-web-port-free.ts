import net from "node:net";
import { CliError } from "./cli-error";

/** Fails with a clear line, before anything starts, when the dashboard's port is taken. */
export async function assertWebPortFree(port: number, host: string): Promise<void> {
  const inUse = await new Promise<boolean>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(true) : reject(error)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(false)));
  });
  if (inUse) {
    throw new CliError(`port ${port} on ${host} is already in use (is Vigil already running?). Stop that program or set PORT to a free port.`);
  }
}
