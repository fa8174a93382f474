// Staging leftovers belong to exactly one id: `go-1.22` never claims the staging directory of a
// concurrent `go-1.22.5` install (the prefix `go-1.22.` matches both).
import { describe, expect, it } from 'vitest';
import { stagingId, stagingName } from '../src/core/layout.js';

describe('stagingId', () => {
  const token = '0123456789abcdef';

  it('gives back the exact id of a staging name, dots and all', () => {
    for (const id of ['go-1.22', 'go-1.22.5', 'a', 'node-20.11.1+linux', 'x.0123456789abcdef']) {
      expect(stagingId(stagingName(id, token))).toBe(id);
    }
  });

  it('tells go-1.22 from go-1.22.5', () => {
    const longer = stagingName('go-1.22.5', token);
    expect(longer.startsWith('go-1.22.')).toBe(true); // why a prefix match was wrong
    expect(stagingId(longer)).toBe('go-1.22.5');
    expect(stagingId(longer)).not.toBe('go-1.22');
  });

  it('claims no name that is not `<id>.<16 hex>`', () => {
    for (const name of [
      'go-1.22',
      'go-1.22.5',
      'go.0123456789ABCDEF',
      'go.0123',
      '.0123456789abcdef',
    ]) {
      expect(stagingId(name), name).toBeUndefined();
    }
  });
});
