// The operator CLI: `toolchain-cache <command> [options]`, sharing the core with the action.
// main() parses, runs and prints; it returns the exit code and never calls process.exit, so tests
// run it in-process.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError, ToolchainCacheError, errorMessage } from '../core/errors.js';
import { ensureDir } from '../core/fsx.js';
import { collectGarbage, removeEntry, withLastUse, type GcReport } from '../core/gc.js';
import { describeGcReport } from '../core/gc-report.js';
import { usageOfAll } from '../core/uses.js';
import { readManifest, verifyTree } from '../core/manifest.js';
import { evidenceProblem } from '../core/install/receipt.js';
import {
  CacheLayout,
  checkLayoutVersion,
  openCacheRoot,
  resolveCacheRoot,
} from '../core/layout.js';
import { lockStaleMs } from '../core/lock.js';
import { Registry } from '../core/registry/store.js';
import { parseSize } from '../core/spec.js';
import {
  cacheFigures,
  readStats,
  summarizeStats,
  type CacheFigures,
  type NamespaceStats,
} from '../core/stats.js';
import {
  formatBytes,
  formatDuration,
  formatFields,
  formatFree,
  formatPercent,
  formatTable,
  formatTime,
} from './format.js';
import { repairRegistry } from './repair.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

export const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  stderr: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  env: process.env,
};

/** Exit codes: 0 success, 1 a failure (or verify found changes), 2 a usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

const GLOBAL_OPTIONS = {
  root: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

const GLOBAL_HELP = `Options:
  --root DIR   the cache root (default: TOOLCHAIN_CACHE_ROOT, else $RUNNER_TOOL_CACHE/toolchain-cache)
  --json       machine-readable output (JSON on stdout)
  -h, --help   this help`;

interface Context {
  io: CliIo;
  json: boolean;
  root: string;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** The registry, telling the operator on stderr when it heals itself. */
function openRegistry(ctx: Context, layout: CacheLayout, command?: string): Registry {
  return new Registry(layout, {
    holder: command ? `toolchain-cache ${command} (pid ${process.pid})` : undefined,
    onWarning: (m) => ctx.io.stderr(`toolchain-cache: warning: ${m}`),
    staleMs: lockStaleMs(ctx.io.env),
  });
}

interface Command {
  summary: string;
  usage: string;
  details?: string;
  options: Options;
  positionals: number;
  run(ctx: Context): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  list: {
    summary: 'List the installed toolchains',
    usage: 'toolchain-cache list [--root DIR] [--json]',
    details: 'Columns: id, size, live uses, last use, install time, sha256, path.',
    options: {},
    positionals: 0,
    run: runList,
  },
  stats: {
    summary: 'Cache-wide figures and hit/miss counters per repository',
    usage: 'toolchain-cache stats [--root DIR] [--json]',
    options: {},
    positionals: 0,
    run: runStats,
  },
  gc: {
    summary: 'Remove unused toolchains (never one in use)',
    usage:
      'toolchain-cache gc [--dry-run] [--max-unused-days N] [--max-size SIZE] [--root DIR] [--json]',
    details: `  --dry-run            report what would be removed; change nothing
  --max-unused-days N  remove toolchains unused for more than N days; 0 = every unused one (default 30)
  --max-size SIZE      then remove unused toolchains, least recently used first, while the cache
                       is larger than SIZE (e.g. 20GB, 512MiB, 1073741824)`,
    options: {
      'dry-run': { type: 'boolean' },
      'max-unused-days': { type: 'string' },
      'max-size': { type: 'string' },
    },
    positionals: 0,
    run: runGc,
  },
  verify: {
    summary: "Check every toolchain's files against its manifest",
    usage: 'toolchain-cache verify [--root DIR] [--json]',
    details: 'Exits 1 and names every change when a toolchain differs from its manifest.',
    options: {},
    positionals: 0,
    run: runVerify,
  },
  remove: {
    summary: 'Remove one toolchain',
    usage: 'toolchain-cache remove <id> [--force] [--root DIR] [--json]',
    details: '  --force  remove it even while jobs use it (they will break)',
    options: { force: { type: 'boolean' } },
    positionals: 1,
    run: runRemove,
  },
  repair: {
    summary: 'Rebuild the registry from the installed toolchains',
    usage: 'toolchain-cache repair [--root DIR] [--json]',
    details:
      'A corrupt registry is moved aside first (registry.json.corrupt-<time>); uses recorded in it are lost.',
    options: {},
    positionals: 0,
    run: runRepair,
  },
};

function generalHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'Usage: toolchain-cache <command> [options]',
    '',
    'Operator tool for the host-wide toolchain cache of self-hosted runners.',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    GLOBAL_HELP,
    '',
    'Run `toolchain-cache <command> --help` for the options of a command.',
  ].join('\n');
}

function commandHelp(name: string): string {
  const c = COMMANDS[name];
  return [
    `Usage: ${c.usage}`,
    '',
    c.summary + '.',
    ...(c.details ? ['', c.details] : []),
    '',
    GLOBAL_HELP,
  ].join('\n');
}

/** The command is the first argument that is not an option (nor the value of --root). */
function splitCommand(argv: string[]): { name?: string; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--root') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return { name: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { rest: argv };
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const { name, rest } = splitCommand(argv);
  if (name === undefined) {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(generalHelp());
      return EXIT_OK;
    }
    io.stderr(`toolchain-cache: missing command\n\n${generalHelp()}`);
    return EXIT_USAGE;
  }
  if (name === 'help') {
    io.stdout(rest[0] && Object.hasOwn(COMMANDS, rest[0]) ? commandHelp(rest[0]) : generalHelp());
    return EXIT_OK;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    io.stderr(
      `toolchain-cache: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}); see --help`,
    );
    return EXIT_USAGE;
  }
  const command = COMMANDS[name];
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.stderr(`toolchain-cache ${name}: ${errorMessage(e)}\nUsage: ${command.usage}`);
    return EXIT_USAGE;
  }
  const values = parsed.values as Context['values'];
  if (values.help) {
    io.stdout(commandHelp(name));
    return EXIT_OK;
  }
  if (parsed.positionals.length !== command.positionals) {
    const what =
      command.positionals === 0
        ? `takes no arguments (got "${parsed.positionals.join(' ')}")`
        : `needs ${command.positionals} argument(s)`;
    io.stderr(`toolchain-cache ${name}: ${what}\nUsage: ${command.usage}`);
    return EXIT_USAGE;
  }
  const json = values.json === true;
  try {
    const root = rootFrom(values.root as string | undefined, io.env);
    return await command.run({ io, json, root, values, positionals: parsed.positionals });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`toolchain-cache ${name}: ${e.message}\nUsage: ${command.usage}`);
      return EXIT_USAGE;
    }
    const code = e instanceof ToolchainCacheError ? ` [${e.code}]` : '';
    io.stderr(`toolchain-cache ${name}: ${errorMessage(e)}${code}`);
    return EXIT_FAILURE;
  }
}

function rootFrom(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag !== undefined && !flag.trim()) throw new UsageError('--root needs a directory');
  try {
    return resolveCacheRoot(flag ?? '', env);
  } catch (e) {
    if (e instanceof InputError) {
      throw new UsageError(
        'no cache root: pass --root DIR, or set TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE)',
      );
    }
    throw e;
  }
}

/** Read-only commands accept a root this user cannot write (they only read); it must exist. */
async function openForReading(root: string): Promise<CacheLayout> {
  const st = await fs.stat(root).catch(() => undefined);
  if (!st) throw new InputError(`Cache root ${root} does not exist.`, 'root');
  if (!st.isDirectory()) throw new InputError(`Cache root ${root} is not a directory.`, 'root');
  const layout = new CacheLayout(await fs.realpath(root));
  await checkLayoutVersion(layout, false);
  return layout;
}

/** Mutating commands: the root must exist (never created by mistake); its subdirectories may not yet. */
async function openForWriting(root: string): Promise<CacheLayout> {
  const layout = await openCacheRoot(root, { create: false });
  for (const dir of [layout.locksDir, layout.toolchainsDir, layout.trashDir]) await ensureDir(dir);
  return layout;
}

const print = (ctx: Context, data: unknown, human: () => string): void =>
  ctx.io.stdout(ctx.json ? JSON.stringify(data, null, 2) : human());

export interface ListedEntry {
  id: string;
  path: string;
  sha256: string;
  sizeBytes: number;
  installedAt: string;
  lastUsedAt: string;
  /** Live uses (dead jobs' uses are not counted). */
  uses: number;
}

async function runList(ctx: Context): Promise<number> {
  const layout = await openForReading(ctx.root);
  const doc = await openRegistry(ctx, layout).read();
  const usage = await usageOfAll(layout, Object.keys(doc.entries));
  const entries: ListedEntry[] = withLastUse(doc, usage)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => ({
      id: e.id,
      path: layout.toolchainRoot(e.id),
      sha256: e.sha256,
      sizeBytes: e.sizeBytes,
      installedAt: e.installedAt,
      lastUsedAt: e.lastUsedAt,
      uses: (usage.get(e.id)?.live.length ?? 0) + (usage.get(e.id)?.unreadable.length ?? 0),
    }));
  print(ctx, entries, () =>
    entries.length === 0
      ? `No toolchains in ${layout.root}.`
      : formatTable(
          ['ID', 'SIZE', 'USES', 'LAST USED', 'INSTALLED', 'SHA256', 'PATH'],
          entries.map((e) => [
            e.id,
            formatBytes(e.sizeBytes),
            String(e.uses),
            formatTime(e.lastUsedAt),
            formatTime(e.installedAt),
            e.sha256.slice(0, 12),
            e.path,
          ]),
          ['left', 'right', 'right'],
        ),
  );
  return EXIT_OK;
}

async function runStats(ctx: Context): Promise<number> {
  const layout = await openForReading(ctx.root);
  const doc = await openRegistry(ctx, layout).read();
  const figures = await cacheFigures(layout, doc);
  const { doc: statsDoc, warning } = await readStats(layout);
  if (warning) ctx.io.stderr(`toolchain-cache stats: warning: ${warning}`);
  const summary = summarizeStats(statsDoc);
  const data: StatsOutput = {
    root: layout.root,
    ...figures,
    namespaces: summary.namespaces,
    total: summary.total,
  };
  print(ctx, data, () => {
    const header = formatFields([
      ['root', layout.root],
      ['entries', String(figures.entries)],
      ['total', formatBytes(figures.totalBytes)],
      ['in use', String(figures.inUse)],
      ['unused', String(figures.unused)],
      ['free disk', formatFree(figures.freeBytes)],
    ]);
    const rows = [...Object.entries(summary.namespaces), ['(total)', summary.total] as const].map(
      ([ns, s]) => [
        ns,
        String(s.jobs),
        String(s.localHits),
        String(s.peerWaits),
        String(s.remoteRestores),
        String(s.downloads),
        formatBytes(s.bytesDownloaded),
        formatBytes(s.bytesServed),
        formatDuration(s.waitMs),
        formatPercent(s.hitRate),
      ],
    );
    return `${header}\n\n${formatTable(
      [
        'REPOSITORY',
        'JOBS',
        'LOCAL',
        'PEER',
        'REMOTE',
        'DOWNLOAD',
        'DOWNLOADED',
        'SERVED',
        'WAITED',
        'HIT RATE',
      ],
      rows,
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    )}`;
  });
  return EXIT_OK;
}

function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()))
    throw new UsageError(`${flag} must be a whole number ≥ 0 (got "${value}")`);
  return Number(value.trim());
}

async function runGc(ctx: Context): Promise<number> {
  const maxUnusedDays = wholeNumber(
    ctx.values['max-unused-days'] as string | undefined,
    '--max-unused-days',
    30,
  );
  let maxSizeBytes: number | undefined;
  const sizeFlag = ctx.values['max-size'] as string | undefined;
  if (sizeFlag !== undefined) {
    try {
      maxSizeBytes = parseSize(sizeFlag, 'max-size');
    } catch (e) {
      throw new UsageError(`--max-size: ${errorMessage(e)}`);
    }
    if (maxSizeBytes === undefined) throw new UsageError('--max-size needs a size such as 20GB');
  }
  const dryRun = ctx.values['dry-run'] === true;
  const layout = dryRun ? await openForReading(ctx.root) : await openForWriting(ctx.root);
  const registry = openRegistry(ctx, layout, 'gc');
  const report = await collectGarbage(layout, registry, {
    maxUnusedDays,
    maxSizeBytes,
    dryRun,
    force: true,
    holder: `toolchain-cache gc (pid ${process.pid})`,
  });
  print(ctx, report, () => formatGcReport(report));
  return report.errors.length ? EXIT_FAILURE : EXIT_OK;
}

export function formatGcReport(r: GcReport): string {
  const { lines, errors } = describeGcReport(r, (removed) => [
    formatTable(
      ['ID', 'SIZE', 'LAST USED'],
      removed.map((e) => [e.id, formatBytes(e.sizeBytes), formatTime(e.lastUsedAt)]),
      ['left', 'right'],
    ),
  ]);
  return [...lines, ...errors.map((e) => `error: ${e}`)].join('\n');
}

export interface VerifiedEntry {
  id: string;
  ok: boolean;
  /** One line per change ("modified: bin/cc"). */
  problems: string[];
}

export interface VerifyReport {
  ok: boolean;
  entries: VerifiedEntry[];
  /** Trees under toolchains/ that no registry entry names (not an error). */
  unregistered: string[];
  /**
   * Entries whose registry record carries a `path` (an older release's, or planted) other than
   * the layout's: ignored, a toolchain's directory always comes from the layout. Only when any.
   */
  ignoredPaths?: Array<{ id: string; recorded: string; used: string }>;
}

async function runVerify(ctx: Context): Promise<number> {
  const layout = await openForReading(ctx.root);
  const doc = await openRegistry(ctx, layout).read();
  const entries: VerifiedEntry[] = [];
  for (const entry of Object.values(doc.entries).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    entries.push({ id: entry.id, ...(await verifyEntry(layout, entry.id, entry.sha256)) });
  }
  const onDisk = await fs.readdir(layout.toolchainsDir).catch(() => [] as string[]);
  const unregistered = onDisk.filter((n) => !Object.hasOwn(doc.entries, n)).sort();
  const report: VerifyReport = { ok: entries.every((e) => e.ok), entries, unregistered };
  const ignoredPaths = recordedPaths(layout, doc);
  if (ignoredPaths.length) report.ignoredPaths = ignoredPaths;
  print(ctx, report, () => {
    const lines = entries.length
      ? [
          formatTable(
            ['ID', 'STATUS'],
            entries.map((e) => [e.id, e.ok ? 'ok' : `CHANGED (${e.problems.length})`]),
          ),
        ]
      : [`No toolchains in ${layout.root}.`];
    for (const e of entries.filter((x) => !x.ok)) {
      lines.push('', `${e.id}:`, ...e.problems.map((p) => `  ${p}`));
    }
    if (unregistered.length)
      lines.push('', `Not registered (see \`repair\`): ${unregistered.join(', ')}`);
    for (const p of ignoredPaths) lines.push('', ignoredPathNote(p));
    return lines.join('\n');
  });
  for (const p of ignoredPaths) ctx.io.stderr(`toolchain-cache verify: ${ignoredPathNote(p)}`);
  const changed = entries.filter((e) => !e.ok);
  if (changed.length) {
    ctx.io.stderr(
      `toolchain-cache verify: ${changed.length} toolchain(s) differ from their manifest: ` +
        changed
          .map(
            (e) =>
              `${e.id} (${e.problems.slice(0, 3).join('; ')}${e.problems.length > 3 ? '; …' : ''})`,
          )
          .join(', '),
    );
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}

/** Registry records naming a directory of their own: never used, but a sign of tampering (or of an older release). */
function recordedPaths(
  layout: CacheLayout,
  doc: { entries: Record<string, object> },
): Array<{ id: string; recorded: string; used: string }> {
  const found: Array<{ id: string; recorded: string; used: string }> = [];
  for (const [id, entry] of Object.entries(doc.entries)) {
    const recorded = (entry as { path?: unknown }).path;
    const used = layout.toolchainRoot(id);
    if (recorded === undefined || recorded === used) continue;
    found.push({
      id,
      recorded: typeof recorded === 'string' ? recorded : JSON.stringify(recorded),
      used,
    });
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : 1));
}

const ignoredPathNote = (p: { id: string; recorded: string; used: string }): string =>
  `${p.id}: the registry records the path ${p.recorded}, which is not the layout's ${p.used}; ` +
  "it is ignored (jobs always use the layout's directory). Someone who can write the registry changed it, or an older release wrote it: check who can write the cache root.";

async function verifyEntry(
  layout: CacheLayout,
  id: string,
  sha256: string,
): Promise<{ ok: boolean; problems: string[] }> {
  const manifest = await readManifest(layout.manifestFile(id));
  if (!manifest)
    return { ok: false, problems: [`manifest missing or unreadable: ${layout.manifestFile(id)}`] };
  const problems: string[] = [];
  if (manifest.id !== id) problems.push(`manifest names "${manifest.id}"`);
  if (manifest.sha256 !== sha256)
    problems.push(`manifest sha256 ${manifest.sha256} ≠ registry ${sha256}`);
  const unvouched = await evidenceProblem(layout, id, sha256);
  if (unvouched) problems.push(`not vouched for: ${unvouched}`);
  const root = layout.toolchainRoot(id);
  const st = await fs.lstat(root).catch(() => undefined);
  if (!st?.isDirectory()) {
    problems.push(`missing: ${path.relative(layout.root, root)}`);
  } else {
    problems.push(...(await verifyTree(root, manifest)));
  }
  return { ok: problems.length === 0, problems };
}

export interface RemoveOutput {
  removed: { id: string; sizeBytes: number; lastUsedAt: string };
  freedBytes: number;
  /** True when the entry had live uses and --force removed it anyway. */
  forced: boolean;
  liveUses: number;
}

export interface StatsOutput extends CacheFigures {
  root: string;
  namespaces: Record<string, NamespaceStats>;
  total: NamespaceStats;
}

async function runRemove(ctx: Context): Promise<number> {
  const id = ctx.positionals[0];
  const layout = await openForWriting(ctx.root);
  const registry = openRegistry(ctx, layout, 'remove');
  const force = ctx.values.force === true;
  const result = await removeEntry(layout, registry, id, { force });
  const data: RemoveOutput = {
    removed: { id: result.id, sizeBytes: result.sizeBytes, lastUsedAt: result.lastUsedAt },
    freedBytes: result.freedBytes,
    forced: force && result.liveUses > 0,
    liveUses: result.liveUses,
  };
  print(
    ctx,
    data,
    () =>
      `Removed ${id} (${formatBytes(result.freedBytes)} freed)` +
      (result.liveUses ? `; it had ${result.liveUses} live use(s): those jobs may fail.` : '.'),
  );
  return EXIT_OK;
}

async function runRepair(ctx: Context): Promise<number> {
  const layout = await openForWriting(ctx.root);
  const registry = openRegistry(ctx, layout, 'repair');
  const report = await repairRegistry(layout, registry);
  print(ctx, report, () => {
    const lines: string[] = [];
    if (report.movedAside) lines.push(`Moved the corrupt registry aside to ${report.movedAside}.`);
    lines.push(
      report.rebuilt
        ? `Rebuilt the registry from the installed toolchains: ${report.entries} entr${report.entries === 1 ? 'y' : 'ies'}.`
        : `The registry is readable; reconciled it with the installed toolchains: ${report.entries} entr${report.entries === 1 ? 'y' : 'ies'}.`,
    );
    if (report.added.length) lines.push(`Registered: ${report.added.join(', ')}`);
    if (report.dropped.length)
      lines.push(
        `Unregistered (no valid installed tree, or none its receipt vouches for): ${report.dropped.join(', ')}`,
      );
    for (const { id, why } of report.leftOut)
      lines.push(`Not registered: ${layout.entryDir(id)}: ${why}.`);
    return lines.join('\n');
  });
  return EXIT_OK;
}
