// A tiny vendor for the resolver's tests: `BASE/index.json` is {"versions": [{version, sha256,
// size}]}, newest first; archives at `BASE/fake-VERSION.tar.gz`.
import { ToolchainCacheError } from '../../src/core/errors.js';
import { PLATFORMS, type Vendor } from '../../src/vendors/types.js';

export interface FakeIndexEntry {
  version: string;
  sha256: string;
  size?: number;
}

export const fakeIndex = (versions: FakeIndexEntry[]): string => JSON.stringify({ versions });

export function fakeVendor(
  base: string,
  calls = { resolve: 0, layout: 0 },
): Vendor & { calls: typeof calls } {
  return {
    calls,
    name: 'fake',
    bases: [{ url: base, mirrorPath: '' }],
    platforms: PLATFORMS,
    async resolve(spec, platform, fetch) {
      calls.resolve++;
      const versions = await fetch.document(`${base}/index.json`, (text) => {
        const doc = JSON.parse(text) as { versions?: FakeIndexEntry[] };
        if (!Array.isArray(doc.versions)) throw new Error('no "versions" list');
        return doc.versions;
      });
      const v = versions.find(
        (e) => e.version === spec.version || e.version.startsWith(`${spec.version}.`),
      );
      if (!v)
        throw new ToolchainCacheError(
          'INVALID_INPUT',
          `${spec.spec}: nothing matches on ${platform}; the newest is ${versions[0]?.version}`,
        );
      return {
        id: `fake-${v.version}-${platform}`,
        version: v.version,
        url: `${base}/fake-${v.version}.tar.gz`,
        sha256: v.sha256,
        ...(v.size !== undefined && { size: v.size }),
      };
    },
    layout() {
      calls.layout++;
      return { bin: ['bin'], stripComponents: 1, env: (root) => ({ FAKE_HOME: root }) };
    },
  };
}
