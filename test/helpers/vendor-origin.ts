// A fake vendor origin for the named-toolchain tests: one HTTP server on 127.0.0.1 serving, below
// one mirror base per vendor, exactly the paths the real vendors serve (docs/design.md, "Vendors"):
//
//   node  BASE = <origin>/node   BASE/index.json, BASE/vX/SHASUMS256.txt, BASE/vX/node-vX-<plat>.tar.xz|.zip
//   go    BASE = <origin>/go     BASE/?mode=json&include=all, BASE/<filename>
//   zig   BASE = <origin>/zig    BASE/index.json, BASE/<version>/<tarball>, BASE/builds/<tarball> (master)
//
// Point the resolver at it the way a host does: TOOLCHAIN_CACHE_MIRROR_NODE=<origin.base.node> (or
// `mirrors` in the host file). The documents name the vendors' own URLs (zig's `tarball`), as the
// real ones do, so the mirror mapping is exercised. Archives are small real ones built by
// archives.ts (tar.xz / tar.gz / zip) unless a test hands in its own bytes (node24-archive.ts).
//
//   const origin = await startVendorOrigin();
//   const v24 = origin.publishNode('24.11.1', { lts: 'Krypton' });      // index.json moves on
//   env.TOOLCHAIN_CACHE_MIRROR_NODE = origin.base.node;
//   … origin.hits('/node/index.json') === 1, origin.hits(v24['linux-x64'].path) === 1
//   origin.down('503') / origin.down('refuse') / origin.up()
//   await origin.close();
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Platform } from '../../src/vendors/types.js';
import { compress, tarBytes, zipBytes, type FileSpec } from './archives.js';

export interface PublishedArchive {
  /** The id the resolver makes: `node-24.11.1-linux-x64`. */
  id: string;
  version: string;
  platform: Platform;
  /** The vendor's own URL (what a lockfile records). */
  vendorUrl: string;
  /** Where this origin serves it (for hits()). */
  path: string;
  /** The URL on this origin. */
  url: string;
  sha256: string;
  size: number;
  body: Buffer;
}

/** Per platform, what a publish made. */
export type Published = Partial<Record<Platform, PublishedArchive>>;

/** Bytes a test brings for one platform (e.g. the real Node 24 archive). */
export interface OwnArchive {
  body: Buffer;
}

export interface PublishOptions {
  /** Default: linux-x64, linux-arm64, darwin-x64, darwin-arm64, win-x64, win-arm64. */
  platforms?: Platform[];
  /** Archives to serve instead of the built ones, per platform. */
  archives?: Partial<Record<Platform, OwnArchive>>;
}

export type DownMode = '503' | 'reset' | 'refuse';

export interface VendorOrigin {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Mirror bases, one per vendor: the values for TOOLCHAIN_CACHE_MIRROR_<NAME>. */
  readonly base: { node: string; go: string; zig: string };
  /**
   * Publishes a node release (replacing one of the same version: new bytes, new sha256 — the
   * "vendor changed a published file" case). index.json lists releases newest first.
   */
  publishNode(version: string, opts?: PublishOptions & { lts?: string | false }): Published;
  /** A go release (`1.23.4`, `1.24rc1`; `stable` defaults to "no rc/beta in the name"). */
  publishGo(version: string, opts?: PublishOptions & { stable?: boolean }): Published;
  /** A zig release (`0.13.0`), or with `master: true` the master entry (`0.15.0-dev.1+abc`). */
  publishZig(version: string, opts?: PublishOptions & { master?: boolean }): Published;
  /** Requests received for a path (query ignored), whatever the answer (304s and 503s too). */
  hits(path: string): number;
  /** Every request, in order: path, query, and the conditional headers sent. */
  readonly requests: {
    path: string;
    query: string;
    ifNoneMatch?: string;
    ifModifiedSince?: string;
  }[];
  /** The vendor goes down: 503 to everything, connections reset, or connections refused. */
  down(mode: DownMode): Promise<void>;
  /** Back up (on the same port). */
  up(): Promise<void>;
  close(): Promise<void>;
}

const ALL: Platform[] = [
  'linux-x64',
  'linux-arm64',
  'darwin-x64',
  'darwin-arm64',
  'win-x64',
  'win-arm64',
];
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const isWin = (p: Platform) => p.startsWith('win-');
const script = (text: string) => `#!/bin/sh\necho "${text}"\n`;

// -------------------------------------------------------------------------------- documents

/** nodejs.org's names: index.json `files` key and the archive's platform part. */
const NODE_FILES: Record<string, [string, string]> = {
  'linux-x64': ['linux-x64', 'linux-x64.tar.xz'],
  'linux-arm64': ['linux-arm64', 'linux-arm64.tar.xz'],
  'darwin-x64': ['osx-x64-tar', 'darwin-x64.tar.xz'],
  'darwin-arm64': ['osx-arm64-tar', 'darwin-arm64.tar.xz'],
  'win-x64': ['win-x64-zip', 'win-x64.zip'],
  'win-arm64': ['win-arm64-zip', 'win-arm64.zip'],
};
const GO_TARGETS: Record<string, [string, string]> = {
  'linux-x64': ['linux', 'amd64'],
  'linux-arm64': ['linux', 'arm64'],
  'darwin-x64': ['darwin', 'amd64'],
  'darwin-arm64': ['darwin', 'arm64'],
  'win-x64': ['windows', 'amd64'],
  'win-arm64': ['windows', 'arm64'],
};
const ZIG_TARGETS: Record<string, string> = {
  'linux-x64': 'x86_64-linux',
  'linux-arm64': 'aarch64-linux',
  'darwin-x64': 'x86_64-macos',
  'darwin-arm64': 'aarch64-macos',
  'win-x64': 'x86_64-windows',
  'win-arm64': 'aarch64-windows',
};

/** A small toolchain tree: `<top>/<bin>/<tool>` printing `output`, plus a doc file. */
function toolArchive(
  top: string,
  binDir: string,
  tool: string,
  output: string,
  format: 'zip' | 'gz' | 'xz',
): Buffer {
  const bin = binDir ? `${top}/${binDir}/${tool}` : `${top}/${tool}`;
  const files: FileSpec[] = [
    { path: `${top}/`, type: 'directory' },
    ...(binDir ? [{ path: `${top}/${binDir}/`, type: 'directory' as const }] : []),
    { path: bin, content: script(output), mode: 0o755 },
    { path: `${top}/LICENSE`, content: `${tool} test licence\n` },
  ];
  return format === 'zip' ? zipBytes(files) : compress(tarBytes(files), format);
}

function compareLoose(a: string, b: string): number {
  const parts = (s: string) =>
    s
      .split(/[.+-]|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return 1; // 1.24 after 1.24rc1
    if (y[i] === undefined) return -1;
    if (x[i] === y[i]) continue;
    if (typeof x[i] === 'number' && typeof y[i] === 'number')
      return (x[i] as number) - (y[i] as number);
    return typeof x[i] === 'number' ? 1 : -1;
  }
  return 0;
}

// ---------------------------------------------------------------------------------- origin

export async function startVendorOrigin(): Promise<VendorOrigin> {
  const bodies = new Map<string, { body: Buffer; etag: string; modified: string }>();
  const hitCounts = new Map<string, number>();
  const requests: VendorOrigin['requests'] = [];
  const sockets = new Set<Socket>();
  let mode: DownMode | 'up' = 'up';

  const put = (path: string, body: Buffer | string) => {
    const b = Buffer.from(body);
    bodies.set(path, {
      body: b,
      etag: `"${sha256(b).slice(0, 16)}"`,
      modified: new Date().toUTCString(),
    });
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hitCounts.set(url.pathname, (hitCounts.get(url.pathname) ?? 0) + 1);
    requests.push({
      path: url.pathname,
      query: url.search,
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
    });
    if (mode === 'reset') return void req.socket.destroy();
    if (mode === '503')
      return void res.writeHead(503, { 'content-type': 'text/plain' }).end('down\n');
    const entry = bodies.get(url.pathname);
    if (!entry) return void res.writeHead(404).end(`no such file ${url.pathname}\n`);
    const validators = { etag: entry.etag, 'last-modified': entry.modified };
    if (req.headers['if-none-match'] === entry.etag)
      return void res.writeHead(304, validators).end();
    res
      .writeHead(200, {
        ...validators,
        'content-type': 'application/octet-stream',
        'content-length': String(entry.body.length),
      })
      .end(entry.body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  const archive = (
    vendorUrl: string,
    path: string,
    id: string,
    version: string,
    platform: Platform,
    body: Buffer,
  ): PublishedArchive => {
    put(path, body);
    return {
      id,
      version,
      platform,
      vendorUrl,
      path,
      url: origin + path,
      sha256: sha256(body),
      size: body.length,
      body,
    };
  };

  // node ------------------------------------------------------------------------------------
  const nodeReleases = new Map<string, { lts: string | false; platforms: Platform[] }>();
  const writeNodeIndex = () => {
    const list = [...nodeReleases.entries()]
      .sort(([a], [b]) => compareLoose(b, a))
      .map(([v, r]) => ({
        version: `v${v}`,
        date: '2026-01-01',
        files: ['headers', 'src', ...r.platforms.map((p) => NODE_FILES[p][0])].sort(),
        npm: '11.0.0',
        lts: r.lts,
        security: false,
      }));
    put('/node/index.json', `[\n${list.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  };

  const publishNode: VendorOrigin['publishNode'] = (version, opts = {}) => {
    const platforms = opts.platforms ?? ALL;
    const out: Published = {};
    const lines: string[] = [];
    for (const p of platforms) {
      const file = `node-v${version}-${NODE_FILES[p][1]}`;
      const top = `node-v${version}-${p}`;
      const body =
        opts.archives?.[p]?.body ??
        toolArchive(
          top,
          isWin(p) ? '' : 'bin',
          isWin(p) ? 'node.cmd' : 'node',
          `v${version}`,
          isWin(p) ? 'zip' : 'xz',
        );
      const a = archive(
        `https://nodejs.org/dist/v${version}/${file}`,
        `/node/v${version}/${file}`,
        `node-${version}-${p}`,
        version,
        p,
        body,
      );
      out[p] = a;
      lines.push(`${a.sha256}  ${file}`);
    }
    lines.sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
    put(`/node/v${version}/SHASUMS256.txt`, `${lines.join('\n')}\n`);
    nodeReleases.set(version, { lts: opts.lts ?? false, platforms });
    writeNodeIndex();
    return out;
  };

  // go --------------------------------------------------------------------------------------
  const goReleases = new Map<string, { stable: boolean; files: object[] }>();
  const publishGo: VendorOrigin['publishGo'] = (version, opts = {}) => {
    const platforms = opts.platforms ?? ALL;
    const out: Published = {};
    const files: object[] = [];
    for (const p of platforms) {
      const [os, arch] = GO_TARGETS[p];
      const filename = `go${version}.${os}-${arch}.${isWin(p) ? 'zip' : 'tar.gz'}`;
      const body =
        opts.archives?.[p]?.body ??
        toolArchive(
          'go',
          'bin',
          isWin(p) ? 'go.cmd' : 'go',
          `go version go${version} ${os}/${arch}`,
          isWin(p) ? 'zip' : 'gz',
        );
      const a = archive(
        `https://go.dev/dl/${filename}`,
        `/go/${filename}`,
        `go-${version}-${p}`,
        version,
        p,
        body,
      );
      out[p] = a;
      files.push({
        filename,
        os,
        arch,
        version: `go${version}`,
        sha256: a.sha256,
        size: a.size,
        kind: 'archive',
      });
    }
    goReleases.set(version, { stable: opts.stable ?? !/(rc|beta)\d+$/.test(version), files });
    const list = [...goReleases.entries()]
      .sort(([a], [b]) => compareLoose(b, a))
      .map(([v, r]) => ({ version: `go${v}`, stable: r.stable, files: r.files }));
    put('/go/', JSON.stringify(list, null, 1));
    return out;
  };

  // zig -------------------------------------------------------------------------------------
  const zigReleases = new Map<string, Record<string, unknown>>();
  const publishZig: VendorOrigin['publishZig'] = (version, opts = {}) => {
    const platforms = opts.platforms ?? ALL;
    const out: Published = {};
    const entry: Record<string, unknown> = opts.master
      ? { version, date: '2026-01-01' }
      : { date: '2026-01-01' };
    for (const p of platforms) {
      const target = ZIG_TARGETS[p];
      const name = `zig-${target}-${version}.${isWin(p) ? 'zip' : 'tar.xz'}`;
      const [vendorDir, ownDir] = opts.master
        ? ['https://ziglang.org/builds', '/zig/builds']
        : [`https://ziglang.org/download/${version}`, `/zig/${version}`];
      const body =
        opts.archives?.[p]?.body ??
        toolArchive(
          `zig-${target}-${version}`,
          '',
          isWin(p) ? 'zig.cmd' : 'zig',
          version,
          isWin(p) ? 'zip' : 'xz',
        );
      const a = archive(
        `${vendorDir}/${name}`,
        `${ownDir}/${name}`,
        `zig-${version}-${p}`,
        version,
        p,
        body,
      );
      out[p] = a;
      entry[target] = { tarball: a.vendorUrl, shasum: a.sha256, size: String(a.size) };
    }
    zigReleases.set(opts.master ? 'master' : version, entry);
    const keys = [...zigReleases.keys()].sort((a, b) =>
      a === 'master' ? -1 : b === 'master' ? 1 : compareLoose(b, a),
    );
    put(
      '/zig/index.json',
      JSON.stringify(Object.fromEntries(keys.map((k) => [k, zigReleases.get(k)])), null, 2),
    );
    return out;
  };

  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });

  return {
    origin,
    base: { node: `${origin}/node`, go: `${origin}/go`, zig: `${origin}/zig` },
    publishNode,
    publishGo,
    publishZig,
    hits: (path) => hitCounts.get(path) ?? 0,
    requests,
    async down(m) {
      if (m === 'refuse' && mode !== 'refuse') await stopListening();
      mode = m;
    },
    async up() {
      if (mode === 'refuse') {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
          });
        });
      }
      mode = 'up';
    },
    async close() {
      if (mode !== 'refuse') await stopListening();
    },
  };
}
