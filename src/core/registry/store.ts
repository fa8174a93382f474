// The registry file: one JSON document per cache root. Reads are lock-free (writes replace the file
// atomically); writes are transactions under the registry lock with a compare-and-swap on the
// generation, so a writer whose lock was taken over cannot overwrite someone else's commit.
import { promises as fs, renameSync, type Stats } from 'node:fs';
import { RegistryCorruptError, ToolchainCacheError, isErrnoException } from '../errors.js';
import { atomicWriteFile } from '../fsx.js';
import type { CacheLayout } from '../layout.js';
import { acquireLock, type HeldLock } from '../lock.js';
import { REGISTRY_SCHEMA_VERSION, emptyRegistry, registrySchema, type RegistryDoc } from './schema.js';
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
  stat?: Stats;
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
    return text === undefined ? emptyRegistry() : this.parse(text, false);
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
      const snap = await this.snapshot();
      let write = true;
      const result = await fn(snap.doc, { skipWrite: () => (write = snap.rebuilt), lock });
      if (!write) return result;
      const base = snap.doc.generation;
      snap.doc.generation = base + 1;
      await atomicWriteFile(this.file, JSON.stringify(snap.doc), async () => {
        await lock.assertHeld();
        await this.assertUnchangedSince(snap.stat, base);
      });
      return result;
    } finally {
      await lock.release();
    }
  }

  private async snapshot(): Promise<Snapshot> {
    const text = await this.readText();
    if (text === undefined) {
      const doc = emptyRegistry();
      const rebuilt = await rebuildEntriesFromTree(this.layout);
      for (const entry of rebuilt) doc.entries[entry.id] = entry;
      return { doc, rebuilt: rebuilt.length > 0 };
    }
    const stat = await fs.stat(this.file).catch(() => undefined);
    return { doc: this.parse(text, true), stat, rebuilt: false };
  }

  /** The compare-and-swap: the file must still be the one we read. */
  private async assertUnchangedSince(before: Stats | undefined, generation: number): Promise<void> {
    const now = await fs.stat(this.file).catch(() => undefined);
    if (!before && !now) return;
    if (before && now && before.ino === now.ino && before.ino !== 0 && before.mtimeMs === now.mtimeMs && before.size === now.size) return;
    const current = (await this.readText()) ?? '';
    const seen = /"generation":(\d+)/.exec(current)?.[1];
    if (seen !== undefined && Number(seen) === generation && before) return;
    throw new ToolchainCacheError(
      'LOCK_LOST',
      `The registry ${this.file} changed under our lock (generation ${generation} → ${seen ?? 'new file'}); nothing was committed.`,
    );
  }

  private async readText(): Promise<string | undefined> {
    try {
      return await fs.readFile(this.file, 'utf8');
    } catch (e) {
      if (isErrnoException(e) && e.code === 'ENOENT') return undefined;
      throw e;
    }
  }

  /** Validates; a corrupt file found under the lock is moved aside so the next job can rebuild. */
  private parse(text: string, locked: boolean): RegistryDoc {
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
      const parsed = registrySchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      detail = `invalid at ${issue.path.join('.') || '(top level)'}: ${issue.message}`;
    } catch (e) {
      if (e instanceof ToolchainCacheError) throw e;
      detail = `not valid JSON (${(e as Error).message})`;
    }
    if (!locked) throw new RegistryCorruptError(this.file, detail);
    const movedTo = `${this.file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      // Synchronous on purpose: parse() is called under the lock and must not interleave.
      renameSync(this.file, movedTo);
    } catch {
      throw new RegistryCorruptError(this.file, detail);
    }
    throw new RegistryCorruptError(this.file, detail, movedTo);
  }
}
