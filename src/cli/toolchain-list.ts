// The toolchains list an operator gives the CLI (`prefetch --file`): the same YAML list the
// `toolchains` input takes, read from a file, then turned into specs by one function, toSpecs.
// Named items (`- node@24`) are resolved by the vendors' resolver (issue 20); until it is wired
// into toSpecs they are picked out here and refused with what they need.
import { promises as fs } from 'node:fs';
import { errorMessage, InputError } from '../core/errors.js';
import { readRegularFile } from '../core/regular-file.js';
import { checkToolchains, parseToolchains, type ToolchainSpec } from '../core/spec.js';

/** A toolchains list is a few kilobytes; a file much larger is not one (and is not read whole). */
const MAX_LIST_BYTES = 1024 * 1024;

/** An item written as `NAME@VERSION` (a plain string), at `index` in the list. */
export interface NamedItem {
  named: string;
  index: number;
}

/** One item of the list: explicit (id, url, sha256) or named. */
export type ListItem = ToolchainSpec | NamedItem;

export const isNamed = (item: ListItem): item is NamedItem => 'named' in item;

export interface ParsedList {
  items: ListItem[];
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

/** The list's items in order: explicit ones checked as the `toolchains` input's are, named ones kept. */
export async function parseToolchainList(text: string): Promise<ParsedList> {
  const doc = await namedItemsOf(text);
  if (doc === undefined) {
    const { toolchains, warnings } = await parseToolchains(text);
    return { items: toolchains, warnings };
  }
  const explicit = doc.filter((x) => typeof x !== 'string');
  const checked = explicit.length ? checkToolchains(explicit) : { toolchains: [], warnings: [] };
  let next = 0;
  const items = doc.map((x, index): ListItem =>
    typeof x === 'string' ? { named: x.trim(), index } : checked.toolchains[next++],
  );
  return { items, warnings: checked.warnings };
}

/** The parsed list when some of its items are plain strings (named); else undefined. */
async function namedItemsOf(text: string): Promise<unknown[] | undefined> {
  const { parse } = await import('yaml');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return undefined; // parseToolchains says what is wrong with it
  }
  return Array.isArray(doc) && doc.some((x) => typeof x === 'string') ? doc : undefined;
}

export interface ToSpecsOptions {
  /** A lockfile pinning named items (issue 20's format); only named items read it. */
  lockfile?: string;
}

/**
 * The specs to install, in the list's order: explicit items as they are. Named items need the
 * vendors' resolver (and `lockfile`): the one place it plugs in.
 */
export async function toSpecs(
  items: ListItem[],
  options: ToSpecsOptions,
): Promise<ToolchainSpec[]> {
  const named = items.filter(isNamed);
  if (named.length > 0) {
    const which = named.map((n) => `toolchains[${n.index}] "${n.named}"`).join(', ');
    const lock = options.lockfile ? ` (--lockfile ${options.lockfile} pins named items only)` : '';
    throw new InputError(
      `${which}: named toolchains need the vendors' resolver, which this build of prefetch does not have yet${lock}; ` +
        'write each as an item with id, url and sha256.',
      'toolchains',
    );
  }
  return items.filter((i): i is ToolchainSpec => !isNamed(i));
}
