// A fault point of the installer (src/core/faults.ts), from the test's side: jobs started with
// `env` stop at `phase` and write `<phase>.<pid>` into a directory of their own; the test waits for
// that marker (never a fixed sleep), then kills that installer or changes the world and resumes it.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class FaultPoint {
  private marker?: string;

  private constructor(
    readonly phase: string,
    readonly dir: string,
  ) {}

  static async create(phase: string): Promise<FaultPoint> {
    return new FaultPoint(phase, await fs.mkdtemp(path.join(os.tmpdir(), 'tc-faults-')));
  }

  /** The environment of a job that is to stop there. */
  get env(): Record<string, string> {
    return { TOOLCHAIN_CACHE_FAULT: this.phase, TOOLCHAIN_CACHE_FAULT_DIR: this.dir };
  }

  /** Resolves with the pid of the first installer that reached the point. */
  async reached(timeoutMs = 120_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      this.marker = (await fs.readdir(this.dir)).find(
        (n) => n.startsWith(`${this.phase}.`) && !n.endsWith('.resume'),
      );
      if (this.marker) return Number(this.marker.split('.')[1]);
      if (Date.now() > deadline)
        throw new Error(`no installer reached the ${this.phase} fault point`);
      await sleep(25);
    }
  }

  /** Lets the installer that reached the point go on. */
  async resume(): Promise<void> {
    if (!this.marker) throw new Error(`resume() before an installer reached ${this.phase}`);
    await fs.writeFile(path.join(this.dir, `${this.marker}.resume`), '');
  }

  dispose(): Promise<void> {
    return fs.rm(this.dir, { recursive: true, force: true });
  }
}

/** `fn` with a fault point at `phase`, removed afterwards. */
export async function withFaultPoint<T>(
  phase: string,
  fn: (point: FaultPoint) => Promise<T>,
): Promise<T> {
  const point = await FaultPoint.create(phase);
  try {
    return await fn(point);
  } finally {
    await point.dispose();
  }
}
