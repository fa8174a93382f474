// Vendor names → modules (src/vendors/registry.ts): loaded lazily, unknown names listed.
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../src/core/errors.js';
import {
  VENDOR_NAMES,
  checkVendorName,
  isVendorName,
  loadVendor,
} from '../src/vendors/registry.js';

describe('vendor registry', () => {
  it('knows the five vendors, in the order errors list them', () => {
    expect(VENDOR_NAMES).toEqual(['node', 'go', 'python', 'temurin', 'zig']);
    expect(isVendorName('node')).toBe(true);
    expect(isVendorName('toString')).toBe(false); // not an inherited property
  });

  it.each(['node', 'go', 'zig', 'python', 'temurin'])(
    'loads %s with its own name',
    async (name) => {
      expect((await loadVendor(name)).name).toBe(name);
    },
  );

  it('an unknown name is an InputError listing the known ones', async () => {
    expect(() => checkVendorName('rust@1.80', 'rust')).toThrow(InputError);
    await expect(loadVendor('rust', 'rust@1.80')).rejects.toThrow(
      'rust@1.80: unknown toolchain name "rust". Known names: node, go, python, temurin, zig;',
    );
  });

  it('imports no vendor module until one is asked for, then only that one', async () => {
    const loaded: string[] = [];
    for (const name of VENDOR_NAMES) {
      vi.doMock(`../src/vendors/${name}.js`, async (importOriginal) => {
        loaded.push(name);
        return importOriginal();
      });
    }
    vi.resetModules();
    const fresh = await import('../src/vendors/registry.js');
    expect(fresh.isVendorName('go')).toBe(true);
    expect(loaded).toEqual([]);
    await fresh.loadVendor('zig');
    expect(loaded).toEqual(['zig']);
    for (const name of VENDOR_NAMES) vi.doUnmock(`../src/vendors/${name}.js`);
  });
});
