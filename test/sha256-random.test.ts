// The crypto-free helpers a warm hit uses instead of node:crypto (docs/design.md, "Start-up cost"):
// the JavaScript SHA-256 gives node:crypto's digest; random bytes, hex and UUIDs are well formed
// and not repeated; timestamps are toISOString's.
import { createHash, randomBytes as cryptoRandom } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomBytes, randomHex, randomUuid } from '../src/core/random.js';
import { SMALL_INPUT_BYTES, sha256Hex, sha256Js } from '../src/core/sha256.js';
import { isoTime } from '../src/core/format.js';

const nodeSha = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

describe('sha256', () => {
  it('equals node:crypto at every padding boundary and beyond a block', () => {
    for (const n of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000, 4097]) {
      const b = cryptoRandom(n);
      expect(sha256Js(b), `${n} bytes`).toBe(nodeSha(b));
    }
  });

  it('hashes strings as UTF-8, and large inputs through node:crypto with the same result', () => {
    expect(sha256Hex('toolchain-cache:é€😀')).toBe(nodeSha('toolchain-cache:é€😀'));
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const big = cryptoRandom(SMALL_INPUT_BYTES + 1);
    expect(sha256Hex(big)).toBe(nodeSha(big));
  });
});

describe('random', () => {
  it('gives the bytes asked for, never the same twice', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const hex = randomHex(8);
      expect(hex).toMatch(/^[0-9a-f]{16}$/);
      seen.add(hex);
    }
    expect(seen.size).toBe(200);
    expect(randomBytes(300)).toHaveLength(300);
  });

  it('makes version 4 UUIDs', () => {
    const a = randomUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomUuid()).not.toBe(a);
  });
});

describe('isoTime', () => {
  it("is toISOString's text for any time a clock gives, leap days and millisecond edges included", () => {
    const edges = [
      0,
      1,
      999,
      1000,
      951_782_400_000 /* 2000-02-29 */,
      4_107_542_399_999 /* 2100-02-28 end */,
      253_402_300_799_999 /* 9999-12-31T23:59:59.999Z */,
      Date.now(),
    ];
    for (const ms of edges) expect(isoTime(ms), String(ms)).toBe(new Date(ms).toISOString());
    for (let i = 0; i < 2000; i++) {
      const ms = Math.floor(Math.random() * 253_402_300_799_999);
      expect(isoTime(ms), String(ms)).toBe(new Date(ms).toISOString());
    }
    // Outside years 0000–9999, and an invalid time, exactly as toISOString (extended years; a RangeError).
    expect(isoTime(-1)).toBe('1969-12-31T23:59:59.999Z');
    expect(isoTime(253_402_300_800_000)).toBe(new Date(253_402_300_800_000).toISOString());
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
  });
});
