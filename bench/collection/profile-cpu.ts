import { Session } from "node:inspector/promises";

/** Share of the sampled CPU time, by who spent it. */
export interface CpuShares {
  /** Self time in bench/collection/ (the simulated AWS): the bench's own cost, not Vigil's. */
  simulator: number;
  garbageCollector: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

/**
 * Samples this process's CPU with V8's profiler until the returned function is called, then
 * splits the busy samples between the simulator's own code and everything else. Wall-clock timers
 * around the simulator would also count time the process spent descheduled on a loaded machine.
 */
export async function profileCpu(): Promise<() => Promise<CpuShares>> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  // One sample every 5 ms: plenty over a run of seconds, and too sparse to slow it.
  await session.post("Profiler.setSamplingInterval", { interval: 5_000 });
  await session.post("Profiler.start");
  return async () => {
    const { profile } = (await session.post("Profiler.stop")) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    session.disconnect();
    const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    let busy = 0;
    let simulator = 0;
    let garbageCollector = 0;
    profile.samples.forEach((id, index) => {
      const frame = nodes.get(id);
      const time = profile.timeDeltas[index] ?? 0;
      if (!frame || frame.functionName === "(idle)") return;
      busy += time;
      if (frame.url.includes("/bench/collection/")) simulator += time;
      else if (frame.functionName === "(garbage collector)") garbageCollector += time;
    });
    return { simulator: busy ? simulator / busy : 0, garbageCollector: busy ? garbageCollector / busy : 0 };
  };
}
