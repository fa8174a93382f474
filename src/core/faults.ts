// Fault-injection points for the crash tests: with TOOLCHAIN_CACHE_FAULT=<phase> set, an installer
// reaching that phase writes `<TOOLCHAIN_CACHE_FAULT_DIR>/<phase>.<pid>` and then hangs, so a test can
// kill -9 it at exactly that point, or change the world (fill the disk) and let it go on by creating
// `<phase>.<pid>.resume` next to the marker. Unset (always, outside tests) this is a no-op.

export type FaultPhase = 'extract' | 'rename' | 'register' | 'lock-owner';

export async function faultPoint(phase: FaultPhase): Promise<void> {
  if (process.env.TOOLCHAIN_CACHE_FAULT !== phase) return;
  const { existsSync, writeFileSync } = await import('node:fs');
  const path = await import('node:path');
  const marker = path.join(process.env.TOOLCHAIN_CACHE_FAULT_DIR ?? '.', `${phase}.${process.pid}`);
  writeFileSync(marker, '');
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (!existsSync(`${marker}.resume`)) return;
      clearInterval(timer);
      resolve();
    }, 50);
  });
}
