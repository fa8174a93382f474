// Node builtins that a warm hit never needs, loaded on first use instead of at start-up. A bundle
// loads every builtin its modules import when its chunk runs, and `node:crypto`, `node:stream` or
// `node:zlib` each cost a warm hit more than its own work does (Node 24 compiles them on demand:
// they are not in its start-up snapshot). docs/design.md, "Start-up cost". Type-only imports: the
// modules themselves load only through `builtin`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';
import type * as Os from 'node:os';
import type * as Stream from 'node:stream';
import type * as StreamPromises from 'node:stream/promises';

type GetBuiltin = (id: string) => unknown;

let requireBuiltin: GetBuiltin | undefined;

/** A builtin by id: `process.getBuiltinModule` (Node ≥ 20.16), else a require made here. */
export function builtin<T>(id: string): T {
  if (!requireBuiltin) {
    const get = (process as { getBuiltinModule?: GetBuiltin }).getBuiltinModule;
    requireBuiltin =
      typeof get === 'function'
        ? get.bind(process)
        : (createRequire(`${process.cwd()}/`) as GetBuiltin);
  }
  return requireBuiltin(id) as T;
}

export const crypto = (): typeof Crypto => builtin('node:crypto');
export const os = (): typeof Os => builtin('node:os');
export const stream = (): typeof Stream => builtin('node:stream');

let cachedHostName: string | undefined;

/**
 * `os.hostname()`. On Linux read from /proc/sys/kernel/hostname, the same name (this UTS
 * namespace's, as uname gives it): loading node:os costs a warm hit more than the read.
 */
export function hostName(): string {
  if (cachedHostName === undefined) {
    let name = '';
    if (process.platform === 'linux') {
      try {
        name = readFileSync('/proc/sys/kernel/hostname', 'utf8').replace(/\n$/, '');
      } catch {
        // no /proc here: node:os below
      }
    }
    cachedHostName = name || os().hostname();
  }
  return cachedHostName;
}
export const streamPromises = (): typeof StreamPromises => builtin('node:stream/promises');
