// The fake vendor origin (test/helpers/vendor-origin.ts) checked against the vendor modules: what
// it publishes resolves through node/go/zig over real HTTP, with a mirror base mapping the
// vendors' own URLs, to archives whose bytes match the sha256 the vendor published.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVendor } from '../src/vendors/registry.js';
import type { NamedSpec, Platform, Vendor, VendorFetch } from '../src/vendors/types.js';
import { startVendorOrigin, type VendorOrigin } from './helpers/vendor-origin.js';

let origin: VendorOrigin;
beforeAll(async () => {
  origin = await startVendorOrigin();
});
afterAll(() => origin.close());

/** The mirror mapping of types.ts: `base.url + rest` → `M + base.mirrorPath + rest`. */
function mirrored(vendor: Vendor, url: string, mirror: string): string {
  const base = vendor.bases.find((b) => url.startsWith(b.url));
  if (!base) throw new Error(`${url} is under none of ${vendor.name}'s bases`);
  return mirror + base.mirrorPath + url.slice(base.url.length);
}

function httpFetch(vendor: Vendor, mirror: string): VendorFetch {
  return {
    async document<T>(url: string, parse: (text: string) => T): Promise<T> {
      const res = await fetch(mirrored(vendor, url, mirror));
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      return parse(await res.text());
    },
  };
}

async function resolveAndDownload(
  name: 'node' | 'go' | 'zig',
  version: string,
  platform: Platform,
) {
  const vendor = await loadVendor(name);
  const spec: NamedSpec = { spec: `${name}@${version}`, name, version };
  const r = await vendor.resolve(spec, platform, httpFetch(vendor, origin.base[name]));
  const body = Buffer.from(
    await (await fetch(mirrored(vendor, r.url, origin.base[name]))).arrayBuffer(),
  );
  return { r, digest: createHash('sha256').update(body).digest('hex') };
}

describe('fake vendor origin', () => {
  it('node: index.json, SHASUMS256.txt and archives in nodejs.org’s layout', async () => {
    const v22 = origin.publishNode('22.11.0', { lts: 'Jod' });
    origin.publishNode('24.11.1', { lts: 'Krypton' });
    const { r, digest } = await resolveAndDownload('node', 'lts/jod', 'linux-x64');
    expect(r).toEqual({
      id: 'node-22.11.0-linux-x64',
      version: '22.11.0',
      url: 'https://nodejs.org/dist/v22.11.0/node-v22.11.0-linux-x64.tar.xz',
      sha256: v22['linux-x64']!.sha256,
    });
    expect(digest).toBe(r.sha256);
    expect(origin.hits('/node/index.json')).toBe(1);
    expect(origin.hits(v22['linux-x64']!.path)).toBe(1);
    const win = await resolveAndDownload('node', '24', 'win-arm64');
    expect(win.r.url).toBe('https://nodejs.org/dist/v24.11.1/node-v24.11.1-win-arm64.zip');
    expect(win.digest).toBe(win.r.sha256);
  });

  it('moves on: a newer release published later is what `latest` resolves to', async () => {
    expect((await resolveAndDownload('node', 'latest', 'linux-x64')).r.version).toBe('24.11.1');
    origin.publishNode('24.12.0');
    expect((await resolveAndDownload('node', 'latest', 'linux-x64')).r.version).toBe('24.12.0');
  });

  it('go: one JSON document with sha256 inline; rc only when named', async () => {
    origin.publishGo('1.23.4');
    origin.publishGo('1.24rc1');
    const { r, digest } = await resolveAndDownload('go', '1.23', 'darwin-arm64');
    expect(r.url).toBe('https://go.dev/dl/go1.23.4.darwin-arm64.tar.gz');
    expect(digest).toBe(r.sha256);
    expect((await resolveAndDownload('go', 'latest', 'linux-x64')).r.version).toBe('1.23.4');
    expect((await resolveAndDownload('go', '1.24rc1', 'linux-x64')).r.version).toBe('1.24rc1');
    expect(origin.requests.filter((q) => q.path === '/go/').map((q) => q.query)).toContain(
      '?mode=json&include=all',
    );
  });

  it('zig: tarball URLs are ziglang.org’s own; master from /builds through the second base', async () => {
    origin.publishZig('0.13.0');
    origin.publishZig('0.15.0-dev.1+abc', { master: true, platforms: ['linux-x64'] });
    const rel = await resolveAndDownload('zig', '0.13', 'linux-x64');
    expect(rel.r.url).toBe('https://ziglang.org/download/0.13.0/zig-x86_64-linux-0.13.0.tar.xz');
    expect(rel.digest).toBe(rel.r.sha256);
    const master = await resolveAndDownload('zig', 'master', 'linux-x64');
    expect(master.r.url).toBe(
      'https://ziglang.org/builds/zig-x86_64-linux-0.15.0-dev.1+abc.tar.xz',
    );
    expect(master.digest).toBe(master.r.sha256);
  });

  it('republishing a version changes its bytes and sha256 (the vendor changed a file)', async () => {
    const first = origin.publishGo('1.22.10', { platforms: ['linux-x64'] })['linux-x64']!;
    const again = origin.publishGo('1.22.10', {
      platforms: ['linux-x64'],
      archives: { 'linux-x64': { body: Buffer.from('other bytes') } },
    })['linux-x64']!;
    expect(again.sha256).not.toBe(first.sha256);
    expect((await resolveAndDownload('go', '1.22.10', 'linux-x64')).r.sha256).toBe(again.sha256);
  });

  it('validators: ETag and Last-Modified, 304 on If-None-Match', async () => {
    const url = `${origin.base.node}/index.json`;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('last-modified')).toBeTruthy();
    const again = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(origin.requests.at(-1)?.ifNoneMatch).toBe(etag);
    origin.publishNode('25.0.0');
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(200);
  });

  it('goes down (503, reset, refused) and comes back on the same address', async () => {
    const url = `${origin.base.node}/index.json`;
    await origin.down('503');
    expect((await fetch(url)).status).toBe(503);
    await origin.down('reset');
    await expect(fetch(url)).rejects.toThrow();
    await origin.down('refuse');
    const refused = await fetch(url).then(
      () => undefined,
      (e: Error & { cause?: { code?: string } }) => e.cause?.code,
    );
    expect(refused).toBe('ECONNREFUSED');
    await origin.up();
    expect((await fetch(url)).status).toBe(200);
  });
});
