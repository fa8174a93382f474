// The archives' origin shared by the e2e and adversarial suites: a real HTTP server on 127.0.0.1
// (http-server.ts, with its fault injection) serving archives built in memory by archives.ts, and
// the `toolchains` input items that point at them.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { compress, tarBytes, zipBytes, type FileSpec, type TarCompression } from './archives.js';
import { startServer, type Route, type TestServer } from './http-server.js';

export { zipBytes };

export const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

/** A tar.gz of `files` (hand-written headers: names, modes and types exactly as given). */
export const tarGz = (files: FileSpec[]): Buffer => compress(tarBytes(files), 'gz');

/** A tar of `files` compressed with xz or zstd (the system tools where present) or not at all. */
export const tarWith = (files: FileSpec[], compression: TarCompression): Buffer =>
  compress(tarBytes(files), compression);

/** A well-formed toolchain: `<name>-<version>/bin/<name>` prints "<name> <version>". */
export const toolFiles = (name: string, version = '1.0', extra: FileSpec[] = []): FileSpec[] => [
  { path: `${name}-${version}/`, type: 'directory' },
  { path: `${name}-${version}/bin/`, type: 'directory' },
  {
    path: `${name}-${version}/bin/${name}`,
    content: `#!/bin/sh\necho "${name} ${version}"\n`,
    mode: 0o755,
  },
  { path: `${name}-${version}/share/doc.txt`, content: `${name} documentation\n`.repeat(64) },
  ...extra,
];

/** A toolchain of one script at the archive's top: `<dir>/bin/<name>` prints `output`. */
export const scriptFiles = (dir: string, name: string, output: string): FileSpec[] => [
  { path: `${dir}/bin/${name}`, content: `#!/bin/sh\necho ${output}\n`, mode: 0o755 },
];

export interface Served {
  url: string;
  sha: string;
  body: Buffer;
  /** The server path, for hit counts. */
  urlPath: string;
}

/** One item of the toolchains input. */
export const item = (id: string, served: Pick<Served, 'url' | 'sha'>, extra = ''): string =>
  `- id: ${id}\n  url: ${served.url}\n  sha256: ${served.sha}\n${extra}`;

export const HEALTHY_ID = 'healthy-1.0';
const HEALTHY_FILES = toolFiles('healthy', '1.0');

/** The archives' origin: a real HTTP server on 127.0.0.1 with fault injection. */
export class Origin {
  private n = 0;
  private healthy?: Served;
  private started?: TestServer;

  static async start(): Promise<Origin> {
    const origin = new Origin();
    origin.started = await startServer();
    return origin;
  }

  /** The origin of one test file: started before its first test, closed after its last. */
  static forFile(): Origin {
    const origin = new Origin();
    beforeAll(async () => {
      origin.started = await startServer();
    });
    afterAll(() => origin.close());
    return origin;
  }

  get server(): TestServer {
    if (!this.started) throw new Error('the origin is not started (Origin.forFile starts it)');
    return this.started;
  }

  /** Serves `body` at a fresh path (so hit counts are per archive). */
  serve(name: string, body: Buffer, route: Route = {}): Served {
    const urlPath = `/${++this.n}/${name}`;
    this.server.route(urlPath, { body, ...route });
    return { url: this.server.url(urlPath), sha: sha256(body), body, urlPath };
  }

  serveTar(name: string, files: FileSpec[], route: Route = {}): Served {
    return this.serve(name, tarGz(files), route);
  }

  /** A well-formed toolchain `<name>-<version>` (toolFiles), served: its id and where it is. */
  serveTool(name: string, version = '1.0'): { id: string; served: Served } {
    const id = `${name}-${version}`;
    return { id, served: this.serveTar(`${id}.tar.gz`, toolFiles(name, version)) };
  }

  hits(s: Served): number {
    return this.server.hits(s.urlPath);
  }

  /** The healthy toolchain every adversarial sandbox installs first. */
  healthyArchive(): Served {
    this.healthy ??= this.serveTar('healthy-1.0.tar.gz', HEALTHY_FILES);
    return this.healthy;
  }

  async close(): Promise<void> {
    await this.started?.close();
    this.started = undefined;
  }
}
