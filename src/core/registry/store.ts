// The registry file: one JSON document per cache root. Reads are lock-free (writes replace the file
// atomically); writes are transactions under the registry lock with a compare-and-swap on the
// generation, so a writer whose lock was taken over cannot overwrite someone else's commit.
import { closeSync, promises as fs, openSync, readFileSync, readSync, renameSync } from 'node:fs';
import { RegistryCorruptError, ToolchainCacheError, isErrnoException } from '../errors.js';
import { atomicWriteFileSync } from '../fsx.js';
import type { CacheLayout } from '../layout.js';
import { acquireLock, type HeldLock } from '../lock.js';
import {
  REGISTRY_SCHEMA_VERSION,
  emptyRegistry,
  isRegistryDoc,
  registrySchema,
  type RegistryDoc,
} from './schema.js';
import { rebuildEntriesFromTree } from '../install/manifest.js';

export interface RegistryOptions {
  /** Seed 002: the registry lock waits 30 s. */
  lockTimeoutMs?: number;
  staleMs?: number;
  holder?: string;
}

export interface Transaction {
  /** Leave the file untouched (nothing changed). */
  skipWrite(): void;
  readonly lock: HeldLock;
}

interface Snapshot {
  doc: RegistryDoc;
  /** The generation of the file read; undefined when there was no file. */
  generation?: number;
  /** True when the file was missing and the entries were rebuilt from the installed tree. */
  rebuilt: boolean;
}

export class Registry {
  private readonly lockTimeoutMs: number;
  private readonly staleMs: number;

  constructor(
    readonly layout: CacheLayout,
    private readonly options: RegistryOptions = {},
  ) {
    this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
    this.staleMs = options.staleMs ?? 10_000;
  }

  get file(): string {
    return this.layout.registryFile;
  }

  /** A consistent snapshot without the lock. A missing file reads as empty. */
  async read(): Promise<RegistryDoc> {
    const text = await this.readText();
    return text === undefined ? emptyRegistry() : this.parse(text);
  }

  /**
   * Runs `fn` on the current document under the registry lock and commits what it changed as
   * generation + 1. `fn` must not do slow work: other jobs wait on this lock.
   */
  async update<T>(fn: (doc: RegistryDoc, tx: Transaction) => T | Promise<T>): Promise<T> {
    const lock = await acquireLock(this.layout.lockPath('registry'), 'registry', {
      staleMs: this.staleMs,
      timeoutMs: this.lockTimeoutMs,
      pollMs: 25,
      holder: this.options.holder,
    });
    try {
      const snap = await this.snapshot(lock);
      let write = true;
      const result = await fn(snap.doc, { skipWrite: () => (write = snap.rebuilt), lock });
      if (!write) return result;
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
      return result;
    } finally {
      await lock.release();
      // Most of a transaction is synchronous: yield to the event loop once, with the lock free, so
      // a caller committing in a loop still runs its timers (other locks' heartbeats) and signals.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async snapshot(lock: HeldLock): Promise<Snapshot> {
    const text = this.readTextSync();
    if (text === undefined) {
      const doc = emptyRegistry();
      const rebuilt = await rebuildEntriesFromTree(this.layout);
      for (const entry of rebuilt) doc.entries[entry.id] = entry;
      return { doc, rebuilt: rebuilt.length > 0 };
    }
    const doc = this.parse(text, lock);
    return { doc, generation: doc.generation, rebuilt: false };
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
    try {
      return readFileSync(this.file, 'utf8');
    } catch (e) {
      if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
      throw e;
    }
  }

  private async readText(): Promise<string | undefined> {
    try {
      return await fs.readFile(this.file, 'utf8');
    } catch (e) {
      if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
      throw e;
    }
  }

  /**
   * Validates. A corrupt file found under the lock is moved aside (never deleted, never treated as
   * empty) so the next job can rebuild the registry from the installed toolchains.
   */
  private parse(text: string, lock?: HeldLock): RegistryDoc {
    let raw: unknown;
    let detail: string;
    try {
      raw = JSON.parse(text);
      const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
      if (typeof version === 'number' && version > REGISTRY_SCHEMA_VERSION) {
        throw new ToolchainCacheError(
          'REGISTRY_CORRUPT',
          `The registry ${this.file} has schema version ${version}, newer than this toolchain-cache understands (${REGISTRY_SCHEMA_VERSION}). ` +
            'A newer release of the action wrote it: upgrade every workflow on this host, or use another cache-root.',
        );
      }
      if (isRegistryDoc(raw)) return raw;
      const parsed = registrySchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      detail = `invalid at ${issue.path.join('.') || '(top level)'}: ${issue.message}`;
    } catch (e) {
      if (e instanceof ToolchainCacheError) throw e;
      detail = `not valid JSON (${(e as Error).message})`;
    }
    if (!lock) throw new RegistryCorruptError(this.file, detail);
    const movedTo = `${this.file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      // Synchronous on purpose: only while the lock is ours and the file is still the one we read.
      lock.assertHeldSync();
      if (readFileSync(this.file, 'utf8') !== text) throw new Error('the file changed meanwhile');
      renameSync(this.file, movedTo);
    } catch {
      throw new RegistryCorruptError(this.file, detail);
    }
    throw new RegistryCorruptError(this.file, detail, movedTo);
  }
}

const GENERATION_HEAD = /^\{"schemaVersion":\d+,"generation":(\d+)[,}]/;

/**
 * The generation of a registry file, cheaply: our writes put it in the first bytes; anything else
 * is parsed in full. undefined when there is no file; NaN when it has none (never equals a number).
 */
export function readGenerationSync(file: string): number | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const head = Buffer.alloc(128);
    const n = readSync(fd, head, 0, head.length, 0);
    const m = GENERATION_HEAD.exec(head.toString('utf8', 0, n));
    if (m) return Number(m[1]);
  } finally {
    closeSync(fd);
  }
  try {
    const generation = (JSON.parse(readFileSync(file, 'utf8')) as { generation?: unknown } | null)
      ?.generation;
    return typeof generation === 'number' ? generation : NaN;
  } catch {
    return NaN;
  }
}
