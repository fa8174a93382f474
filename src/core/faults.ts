// Fault-injection points for the crash tests: with TOOLCHAIN_CACHE_FAULT=<phase> set, an installer
// reaching that phase writes `<TOOLCHAIN_CACHE_FAULT_DIR>/<phase>.<pid>` and then hangs, so a test can
// kill -9 it at exactly that point. Unset (always, outside tests) this is a no-op.

export type FaultPhase = 'extract' | 'rename' | 'register';

export async function faultPoint(phase: FaultPhase): Promise<void> {
  if (process.env.TOOLCHAIN_CACHE_FAULT !== phase) return;
  const { writeFileSync } = await import('node:fs');
  const path = await import('node:path');
  writeFileSync(path.join(process.env.TOOLCHAIN_CACHE_FAULT_DIR ?? '.', `${phase}.${process.pid}`), '');
  await new Promise(() => setInterval(() => undefined, 1 << 30));
}
