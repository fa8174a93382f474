// A nodejs.org `dist` on a test server (index.json, vX/SHASUMS256.txt, the archives), small
// archives of a `bin/node` script printing its version: the named-toolchain tests' origin, served
// as the host's mirror (TOOLCHAIN_CACHE_MIRROR_NODE).
import type { TestServer } from './http-server.js';
import { sha256, tarWith } from './origin.js';

export interface Release {
  version: string;
  archive: Buffer;
  /** What SHASUMS256.txt claims (default: the archive's). */
  claimed?: string;
}

/** A nodejs.org `dist` below `prefix`: index.json, vX/SHASUMS256.txt, vX/node-vX-linux-x64.tar.xz. */
export class NodeDist {
  constructor(
    readonly server: TestServer,
    readonly prefix: string,
  ) {}
  get base(): string {
    return this.server.url(this.prefix);
  }
  serve(releases: Release[]): void {
    const index = releases.map((r) => ({
      version: `v${r.version}`,
      lts: false,
      files: ['linux-x64', 'osx-arm64-tar'],
    }));
    this.server.route(`${this.prefix}/index.json`, { body: JSON.stringify(index) });
    for (const r of releases) {
      const file = `node-v${r.version}-linux-x64.tar.xz`;
      this.server.route(`${this.prefix}/v${r.version}/SHASUMS256.txt`, {
        body:
          `${r.claimed ?? sha256(r.archive)}  ${file}\n` +
          `${sha256(r.archive)}  node-v${r.version}-darwin-arm64.tar.xz\n` +
          `${'0'.repeat(64)}  node-v${r.version}.tar.gz\n`,
      });
      this.server.route(`${this.prefix}/v${r.version}/${file}`, { body: r.archive });
    }
  }
  hits(p: string): number {
    return this.server.hits(`${this.prefix}${p}`);
  }
}

export const nodeArchive = (version: string): Buffer =>
  tarWith(
    [
      {
        path: `node-v${version}-linux-x64/bin/node`,
        content: `#!/bin/sh\necho v${version}\n`,
        mode: 0o755,
      },
      { path: `node-v${version}-linux-x64/lib/node_modules/npm/package.json`, content: '{}' },
    ],
    'xz',
  );
