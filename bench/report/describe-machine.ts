/** The machine and software a benchmark ran on, stored with its figures so runs are comparable. */
import os from "node:os";
import pg from "pg";

export interface MachineDescription {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  platform: string;
  node: string;
  postgres: string;
  /** 1, 5 and 15-minute load averages when the run started: above the core count, other work competed for the CPU. */
  loadAverage: number[];
}

export async function describeMachine(serverUrl: string): Promise<MachineDescription> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return {
      cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
      cores: os.availableParallelism(),
      memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      node: process.version,
      postgres: rows[0]?.server_version ?? "unknown",
      loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    };
  } finally {
    await client.end();
  }
}
