// The registry file: the installed entries of a cache root, one JSON document. Reads are lock-free
// (writes replace the file atomically) and cached per process until the file changes; writes are
// transactions under the registry lock with a compare-and-swap on the generation, so a writer
// whose lock was taken over cannot overwrite someone else's commit. It is written only when an
// entry is added or removed (uses live in their own records), and it heals: a missing or corrupt
// file is rebuilt from the installed trees (see docs/design.md, "The registry").
import { fstatSync, promises as fs, readSync, renameSync } from 'node:fs';
import { ToolchainCacheError, isErrnoException } from '../errors.js';
import { atomicWriteFileSync, corruptAsideName } from '../fsx.js';
import type { CacheLayout } from '../layout.js';
import type { HeldLock } from '../lock.js';
import { DEFAULT_LOCK_STALE_MS } from '../lock/stale.js';
import {
  readRegularFileSync,
  readRegularTextIfExistsSync,
  readUpToSync,
  withRegularFileSync,
} from '../regular-file.js';
import {
  REGISTRY_SCHEMA_VERSION,
  emptyRegistry,
  redactStoredUrls,
  registryProblem,
  type RegistryDoc,
} from './schema.js';

export interface RegistryOptions {
  /** How long a transaction waits for the registry lock. */
  lockTimeoutMs?: number;
  staleMs?: number;
  holder?: string;
  /** Told when the registry heals itself (a corrupt file moved aside, a missing one rebuilt). */
  onWarning?: (message: string) => void;
}

export interface Transaction {
  /** Leave the file untouched (nothing changed). Ignored after a rebuild, which is always written. */
  skipWrite(): void;
  readonly lock: HeldLock;
  /** True when this transaction started from entries rebuilt from the installed trees. */
  readonly rebuilt: boolean;
  /** Where a corrupt registry found by this transaction was moved. */
  readonly movedAside?: string;
}

interface Snapshot {
  doc: RegistryDoc;
  /** The generation of the file read; undefined when there was no (usable) file. */
  generation?: number;
  rebuilt: boolean;
  movedAside?: string;
}

/**
 * The registry lists every entry: large on a big host, but never this large. Like every file of
 * the root it is read no-follow, non-blocking, a regular file only (regular-file.ts): a FIFO or a
 * link planted at registry.json is an UNSAFE_PATH error, never a hung step.
 */
export const REGISTRY_MAX_BYTES = 256 * 1024 * 1024;

/** The file's identity: a commit always renames a new file in, so any commit changes it. */
const identityOf = (st: { ino: number; size: number; mtimeMs: number; ctimeMs: number }): string =>
  `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;

export class Registry {
  private readonly lockTimeoutMs: number;
  private readonly staleMs: number;
  private cached?: { identity: string; doc: RegistryDoc };

  constructor(
    readonly layout: CacheLayout,
    private readonly options: RegistryOptions = {},
  ) {
    this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
    this.staleMs = options.staleMs ?? DEFAULT_LOCK_STALE_MS;
  }

  get file(): string {
    return this.layout.registryFile;
  }

  /**
   * The current entries without the lock; shared and cached until the file changes, so callers
   * must not modify it. A missing or corrupt file is healed first (under the lock).
   */
  async read(): Promise<RegistryDoc> {
    const text = await this.readText();
    if (text?.content === undefined && text && this.cached) return this.cached.doc;
    if (text?.content !== undefined) {
      const parsed = this.parse(text.content);
      if (parsed.doc) {
        this.cached = { identity: text.identity, doc: parsed.doc };
        return parsed.doc;
      }
    } else if ((await fs.readdir(this.layout.toolchainsDir).catch(() => [])).length === 0) {
      return emptyRegistry();
    }
    // Missing with trees installed, or corrupt: heal (or see a fresh commit) under the lock.
    return this.update((doc, tx) => {
      tx.skipWrite();
      return doc;
    });
  }

  /**
   * Runs `fn` on the current document under the registry lock and commits what it changed as
   * generation + 1. `fn` must not do slow work: other jobs wait on this lock.
   */
  async update<T>(fn: (doc: RegistryDoc, tx: Transaction) => T | Promise<T>): Promise<T> {
    // The lock manager loads with the first write: a hit only reads (docs/design.md, "Start-up cost").
    const { acquireLock } = await import('../lock.js');
    const lock = await acquireLock(this.layout.lockPath('registry'), 'registry', {
      staleMs: this.staleMs,
      timeoutMs: this.lockTimeoutMs,
      pollMs: 25,
      holder: this.options.holder,
    });
    try {
      const snap = await this.snapshot(lock);
      let write = true;
      const tx: Transaction = {
        skipWrite: () => (write = snap.rebuilt),
        lock,
        rebuilt: snap.rebuilt,
        movedAside: snap.movedAside,
      };
      const result = await fn(snap.doc, tx);
      if (write) this.commit(snap, lock);
      return result;
    } finally {
      await lock.release();
      // Most of a transaction is synchronous: yield to the event loop once, with the lock free, so
      // a caller committing in a loop still runs its timers (other locks' heartbeats) and signals.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private commit(snap: Snapshot, lock: HeldLock): void {
    const generation = (snap.generation ?? 0) + 1;
    // Keys in this order: the generation sits in the first bytes, where the CAS check reads it.
    const text = JSON.stringify({
      schemaVersion: REGISTRY_SCHEMA_VERSION,
      generation,
      entries: snap.doc.entries,
    });
    atomicWriteFileSync(this.file, text, () => {
      // One synchronous block with the rename: still our lock, and still the file we read.
      lock.assertHeldSync();
      this.assertGenerationSync(snap.generation);
    });
    snap.doc.generation = generation;
    this.cached = undefined;
  }

  private async snapshot(lock: HeldLock): Promise<Snapshot> {
    const text = this.readTextSync();
    let movedAside: string | undefined;
    let problem: string | undefined;
    if (text !== undefined) {
      const parsed = this.parse(text);
      if (parsed.doc) return { doc: parsed.doc, generation: parsed.doc.generation, rebuilt: false };
      problem = parsed.problem ?? 'unreadable';
      movedAside = this.moveAside(text, lock, problem);
    }
    const doc = emptyRegistry();
    // Loaded only here: a readable registry (every hit) needs no scan of the installed trees.
    const { scanInstalled } = await import('./rebuild.js');
    const scan = await scanInstalled(this.layout);
    for (const entry of scan.entries) doc.entries[entry.id] = entry;
    const count = Object.keys(doc.entries).length;
    if (movedAside || count > 0) {
      this.options.onWarning?.(
        movedAside
          ? `The registry ${this.file} was unreadable (${problem}; moved aside to ${movedAside}); rebuilt it from the ${count} installed toolchain(s). Uses are kept in their own records and were not affected.`
          : `The registry ${this.file} was missing; rebuilt it from the ${count} installed toolchain(s).`,
      );
    }
    for (const { id, why } of scan.rejected) {
      this.options.onWarning?.(
        `The registry rebuild left out ${this.layout.entryDir(id)}: ${why}. A job that needs it installs it again.`,
      );
    }
    // An unreadable file is replaced whatever the rebuild found; a missing one only when it finds something.
    // No generation: the CAS expects the file to be missing still (the corrupt one was moved aside).
    return { doc, rebuilt: movedAside !== undefined || count > 0, movedAside };
  }

  /** The compare-and-swap: the file must still carry the generation we read (or still be missing). */
  private assertGenerationSync(expected: number | undefined): void {
    const current = readGenerationSync(this.file);
    if (current === expected) return;
    throw new ToolchainCacheError(
      'LOCK_LOST',
      `The registry ${this.file} changed under our lock (generation ${expected ?? '(no file)'} → ${current ?? '(no file)'}); nothing was committed.`,
    );
  }

  private readTextSync(): string | undefined {
    return readRegularTextIfExistsSync(this.file, REGISTRY_MAX_BYTES);
  }

  /** The file's text, or only its identity when that is the one cached. */
  private async readText(): Promise<{ content?: string; identity: string } | undefined> {
    try {
      // Synchronous: a warm hit reads nothing else through fs.promises (docs/design.md, "Start-up cost").
      return withRegularFileSync(this.file, REGISTRY_MAX_BYTES, (fd, size) => {
        const identity = identityOf(fstatSync(fd));
        if (this.cached?.identity === identity) return { identity };
        return { content: readUpToSync(fd, size).toString('utf8'), identity };
      });
    } catch (e) {
      if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
      throw e;
    }
  }

  /** The document, or why it is not one. A newer schema is an error: never overwrite it. */
  private parse(text: string): { doc?: RegistryDoc; problem?: string } {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return { problem: `not valid JSON (${(e as Error).message})` };
    }
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > REGISTRY_SCHEMA_VERSION) {
      throw new ToolchainCacheError(
        'REGISTRY_CORRUPT',
        `The registry ${this.file} has schema version ${version}, newer than this toolchain-cache understands (${REGISTRY_SCHEMA_VERSION}). ` +
          'A newer release of the action wrote it: upgrade every workflow on this host, or use another cache-root.',
      );
    }
    const problem = registryProblem(raw);
    return problem
      ? { problem: `invalid at ${problem}` }
      : { doc: redactStoredUrls(raw as RegistryDoc) };
  }

  /**
   * A corrupt file found under the lock is moved aside (kept for inspection, never deleted) so the
   * registry can be rebuilt. Synchronous: only while the lock is ours and the file is the one read.
   */
  private moveAside(text: string, lock: HeldLock, problem: string): string {
    const movedTo = corruptAsideName(this.file);
    try {
      lock.assertHeldSync();
      if (readRegularFileSync(this.file, REGISTRY_MAX_BYTES).toString('utf8') !== text)
        throw new Error('the file changed meanwhile');
      renameSync(this.file, movedTo);
    } catch (e) {
      throw new ToolchainCacheError(
        'REGISTRY_CORRUPT',
        `The registry ${this.file} is unreadable (${problem}) and could not be moved aside: ${(e as Error).message}.`,
      );
    }
    return movedTo;
  }
}

const GENERATION_HEAD = /^\{"schemaVersion":\d+,"generation":(\d+)[,}]/;

/**
 * The generation of a registry file, cheaply: our writes put it in the first bytes; anything else
 * is parsed in full. undefined when there is no file; NaN when it has none (never equals a number).
 */
export function readGenerationSync(file: string): number | undefined {
  try {
    return withRegularFileSync(file, REGISTRY_MAX_BYTES, (fd, size) => {
      const head = Buffer.alloc(Math.min(128, size));
      const n = readSync(fd, head, 0, head.length, 0);
      const m = GENERATION_HEAD.exec(head.toString('utf8', 0, n));
      return m ? Number(m[1]) : generationIn(readUpToSync(fd, size).toString('utf8'));
    });
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

function generationIn(text: string): number {
  try {
    const generation = (JSON.parse(text) as { generation?: unknown } | null)?.generation;
    return typeof generation === 'number' ? generation : NaN;
  } catch {
    return NaN;
  }
}
