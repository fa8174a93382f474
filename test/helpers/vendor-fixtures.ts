// The vendors' real documents (test/fixtures/vendors/, see test/fixtures/README.md) served to a
// vendor module through VendorFetch, in memory: the unit tests of src/vendors/*.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VendorFetch } from '../../src/vendors/types.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'vendors');

/** The text of test/fixtures/vendors/<name>. */
export const fixture = (name: string): string => readFileSync(path.join(dir, name), 'utf8');

export interface FixtureFetch extends VendorFetch {
  /** URLs asked for, in order. */
  readonly asked: string[];
}

/** A VendorFetch answering each URL with the given text; an unknown URL throws naming it. */
export function fixtureFetch(documents: Record<string, string>): FixtureFetch {
  const asked: string[] = [];
  return {
    asked,
    async document<T>(url: string, parse: (text: string) => T): Promise<T> {
      asked.push(url);
      const text = documents[url];
      if (text === undefined) throw new Error(`no fixture for ${url}`);
      return parse(text);
    },
  };
}
