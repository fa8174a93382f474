// Vendor name → module, loaded on first use: a job whose named toolchains are all answered by the
// lockfile or the resolution table imports no vendor code at all. Adding a vendor is adding a file
// and a line here (docs/design.md, "Vendors").
import { InputError } from '../core/errors.js';
import type { Vendor } from './types.js';

const LOADERS: Record<string, () => Promise<Vendor>> = {
  node: async () => (await import('./node.js')).node,
  go: async () => (await import('./go.js')).go,
  python: async () => (await import('./python.js')).python,
  temurin: async () => (await import('./temurin.js')).temurin,
  zig: async () => (await import('./zig.js')).zig,
};

/** The names users may write before `@`, in the order errors list them. */
export const VENDOR_NAMES: readonly string[] = Object.keys(LOADERS);

export const isVendorName = (name: string): boolean => Object.hasOwn(LOADERS, name);

/** Throws an InputError listing the known names when `name` is not one (no import). */
export function checkVendorName(spec: string, name: string): void {
  if (!isVendorName(name)) {
    throw new InputError(
      `${spec}: unknown toolchain name "${name}". Known names: ${VENDOR_NAMES.join(', ')}; ` +
        'for anything else give an {id, url, sha256} item.',
      'toolchains',
    );
  }
}

/** The vendor module for `name` (imported on first call); an unknown name throws as checkVendorName. */
export async function loadVendor(name: string, spec = `${name}@…`): Promise<Vendor> {
  checkVendorName(spec, name);
  return LOADERS[name]();
}
