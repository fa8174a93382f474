// The toolchains list an operator gives the CLI (`prefetch --file`): the same YAML list the
// `toolchains` input takes (named items `- node@24` included), read from a file, then turned
// into specs by one function, toSpecs, through the same resolver as the main step (src/core/named/).
import { promises as fs } from 'node:fs';
import { errorMessage, InputError } from '../core/errors.js';
import type { HostConfig } from '../core/host-config.js';
import type { CacheLayout } from '../core/layout.js';
import { lockfilePath, readLockfile } from '../core/named/lockfile.js';
import { resolveToolchainItems } from '../core/named/resolve.js';
import { namedSettings } from '../core/named/settings.js';
import { readRegularFile } from '../core/regular-file.js';
import { parseToolchains, type ToolchainItem, type ToolchainSpec } from '../core/spec.js';
import type { Logger } from '../core/types.js';
import { hostPlatform } from '../vendors/platform.js';

/** A toolchains list is a few kilobytes; a file much larger is not one (and is not read whole). */
const MAX_LIST_BYTES = 1024 * 1024;

export interface ParsedList {
  items: ToolchainItem[];
  /** Notes that do not stop the command (unknown keys). */
  warnings: string[];
}

/**
 * Reads and parses the list in `file`: the operator's own file (a link to it is fine), which must
 * be a regular file of at most MAX_LIST_BYTES (a FIFO is never waited on).
 */
export async function readToolchainList(file: string): Promise<ParsedList> {
  let text: string;
  try {
    text = (await readRegularFile(await fs.realpath(file), MAX_LIST_BYTES)).toString('utf8');
  } catch (e) {
    throw new InputError(`--file ${file}: cannot read it (${errorMessage(e)}).`, 'file');
  }
  try {
    return await parseToolchainList(text);
  } catch (e) {
    if (e instanceof InputError) e.message = `--file ${file}: ${e.message}`;
    throw e;
  }
}

/** The list's items in order, checked as the `toolchains` input's are. */
export async function parseToolchainList(text: string): Promise<ParsedList> {
  const { toolchains, warnings } = await parseToolchains(text);
  return { items: toolchains, warnings };
}

export interface ToSpecsOptions {
  /** A lockfile pinning named items (relative to the working directory, or absolute). */
  lockfile?: string;
  /** The cache root: its table of resolutions and index cache, as a job's. */
  layout: CacheLayout;
  host: HostConfig;
  log: Logger;
}

/**
 * The specs to install, in the list's order: explicit items as they are, named ones resolved as
 * the main step resolves them (the lockfile, the host's table, else the vendor), for this host.
 */
export async function toSpecs(
  items: ToolchainItem[],
  options: ToSpecsOptions,
): Promise<ToolchainSpec[]> {
  const file = options.lockfile ? lockfilePath(options.lockfile, process.cwd()) : undefined;
  const result = await resolveToolchainItems(items, {
    layout: options.layout,
    platform: hostPlatform(),
    settings: namedSettings(options.host),
    lockfile: file ? { file, lock: readLockfile(file)! } : undefined,
    log: options.log,
  });
  for (const m of result.missingFromLock)
    options.log.warning(
      `${m.spec} on ${m.platform} is not in the lockfile ${options.lockfile}: resolved to ${m.entry.id}; add ${m.text} under "toolchains".`,
    );
  return result.toolchains;
}
