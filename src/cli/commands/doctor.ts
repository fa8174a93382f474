// `doctor`: what an operator checks by hand when a job fails with a permission error, each problem
// with its fix (docs/design.md, "Doctor"). The facts are gathered (core/doctor/gather.ts, plus
// verify's by-content check with --deep) and judged by pure checks (core/doctor/checks.ts).
import { diagnose, type DoctorFacts, type DoctorReport } from '../../core/doctor/checks.js';
import { gatherFacts } from '../../core/doctor/gather.js';
import { errorMessage } from '../../core/errors.js';
import { HOST_CONFIG_FILE, hostConfig } from '../../core/host-config.js';
import { CacheLayout } from '../../core/layout.js';
import { runnerSettings } from '../../core/runner-env.js';
import { EXIT_FAILURE, EXIT_OK, print, type Command, type Context } from '../context.js';
import { openRegistry } from '../root.js';
import { verifyCache } from '../verify.js';

export const doctor: Command = {
  summary: "Check the host's cache set-up and every toolchain; name each problem and its fix",
  usage: 'toolchain-cache doctor [--deep] [--root DIR] [--runner-dir DIR]… [--json]',
  details: `Checks the root (a real directory, its group, set-gid, the modes other runner users need),
the layout version, free space against the size bound, the lock stale time on NFS, the host settings
of each runner (its .env, given by --runner-dir; else this shell's environment) and whether they
differ, stale locks, trash and staging leftovers, use records this user cannot read, and every
toolchain against its hit-check record. Exits 0 when healthy, 1 with one line per problem.
  --deep   also check every toolchain's files against its manifest, by content (as \`verify\`)`,
  options: { deep: { type: 'boolean' } },
  positionals: 0,
  run: runDoctor,
};

async function runDoctor(ctx: Context): Promise<number> {
  const fromEnvironment = ctx.runners.length === 0;
  const facts = await gatherFacts({
    root: ctx.root,
    rootFrom: ctx.rootFrom,
    host: hostFacts(),
    settings: fromEnvironment
      ? [runnerSettings({ name: 'the environment', vars: ctx.io.env })]
      : ctx.runners,
    settingsFromEnvironment: fromEnvironment,
    readRegistry: (layout) => openRegistry(ctx, layout, 'doctor').read(),
  });
  if (ctx.values.deep === true) await addDeepCheck(ctx, facts);
  const report = diagnose(facts);
  print(ctx, report, () => formatDoctorReport(report));
  return report.healthy ? EXIT_OK : EXIT_FAILURE;
}

/** The host configuration file, or why it cannot be used (main.ts has printed its warnings). */
function hostFacts(): DoctorFacts['host'] {
  try {
    const read = hostConfig();
    return { file: read.file, config: read.config };
  } catch (e) {
    return { file: HOST_CONFIG_FILE, config: {}, error: errorMessage(e) };
  }
}

/** --deep: verify's check of every registered toolchain, by content. */
async function addDeepCheck(ctx: Context, facts: DoctorFacts): Promise<void> {
  if (facts.dirs.length === 0 || facts.trees.length === 0) {
    facts.deep = [];
    return;
  }
  const layout = new CacheLayout(facts.dirs[0].path);
  const verified = await verifyCache(layout, await openRegistry(ctx, layout, 'doctor').read());
  facts.deep = verified.entries.map((e) => ({ id: e.id, problems: e.problems }));
}

export function formatDoctorReport(r: DoctorReport): string {
  if (r.healthy)
    return [`healthy: ${r.root}`, ...r.checked.map((c) => `  checked: ${c}`)].join('\n');
  return [
    ...r.problems.map((p) => `${p.subject}: ${p.problem}. Fix: ${p.fix}.`),
    `${r.problems.length} problem(s) in ${r.root} (from ${r.rootFrom}).`,
  ].join('\n');
}
