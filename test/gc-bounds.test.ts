// GC bounds the host sets (its configuration file, then the runner's environment) win over the
// workflow's inputs, and only the file's size bound may make the post step's GC skip its throttle.
import { describe, expect, it } from 'vitest';
import { gcBounds, readHostSettings } from '../src/action/inputs.js';
import { parseSizeBound } from '../src/core/spec.js';
import type { HostConfig } from '../src/core/host-config.js';

const FILE = '/etc/toolchain-cache/config.json';
const noFile = { file: FILE, config: {}, warnings: [] };
const file = (config: HostConfig) => ({ file: FILE, config, warnings: [] });

describe('host GC bounds', () => {
  it('reads TOOLCHAIN_CACHE_MAX_SIZE and TOOLCHAIN_CACHE_MAX_UNUSED_DAYS, naming a bad one', () => {
    expect(
      readHostSettings(
        { TOOLCHAIN_CACHE_MAX_SIZE: '20GiB', TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: '7' },
        noFile,
      ),
    ).toMatchObject({ maxSizeBytes: 20 * 1024 ** 3, maxUnusedDays: 7 });
    expect(() => readHostSettings({ TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: 'soon' }, noFile)).toThrow(
      /Environment variable TOOLCHAIN_CACHE_MAX_UNUSED_DAYS/,
    );
    expect(() => readHostSettings({ TOOLCHAIN_CACHE_MAX_SIZE: 'big' }, noFile)).toThrow(
      /TOOLCHAIN_CACHE_MAX_SIZE/,
    );
  });

  it("the variables override the workflow's bounds with a notice each, but never skip the throttle (a step can set them)", () => {
    const workflow = { maxUnusedDays: 0, maxSizeBytes: 1 };
    const host = readHostSettings(
      { TOOLCHAIN_CACHE_MAX_SIZE: '10GiB', TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: '30' },
      noFile,
    );
    const bounds = gcBounds(workflow, host);
    expect(bounds).toMatchObject({
      maxUnusedDays: 30,
      maxSizeBytes: 10 * 1024 ** 3,
      hostSizeBound: false,
    });
    expect(bounds.notices).toEqual([
      expect.stringMatching(
        /"max-unused-days" \(0 days\) is overridden by TOOLCHAIN_CACHE_MAX_UNUSED_DAYS \(30 days\)/,
      ),
      expect.stringMatching(
        /"max-size" \(1 bytes\) is overridden by TOOLCHAIN_CACHE_MAX_SIZE \(10\.0 GiB \(10737418240 bytes\)\)/,
      ),
    ]);
  });

  it('the host file beats the variables (a notice each) and its size bound alone skips the throttle', () => {
    const host = readHostSettings(
      {
        TOOLCHAIN_CACHE_MAX_SIZE: '1B',
        TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: '0',
        TOOLCHAIN_CACHE_LOCK_STALE: '3',
      },
      file({ maxSizeBytes: 200e9, maxUnusedDays: 30, lockStaleMs: 120_000 }),
    );
    expect(host).toMatchObject({ maxSizeBytes: 200e9, maxUnusedDays: 30, lockStaleMs: 120_000 });
    const bounds = gcBounds({ maxUnusedDays: 0, maxSizeBytes: 1 }, host);
    expect(bounds).toMatchObject({ maxSizeBytes: 200e9, maxUnusedDays: 30, hostSizeBound: true });
    expect(bounds.notices).toEqual([
      // Sizes readable, with the exact figure beside.
      `TOOLCHAIN_CACHE_MAX_SIZE (1 bytes) is overridden by ${FILE} (186.3 GiB (200000000000 bytes)).`,
      `TOOLCHAIN_CACHE_MAX_UNUSED_DAYS (0 days) is overridden by ${FILE} (30 days).`,
      expect.stringMatching(
        new RegExp(`"max-unused-days" \\(0 days\\) is overridden by ${FILE} \\(30 days\\)`),
      ),
      expect.stringMatching(new RegExp(`"max-size" \\(1 bytes\\) is overridden by ${FILE}`)),
    ]);
    // A file without maxSize: the variable's bound applies, and does not skip the throttle.
    const partial = readHostSettings(
      { TOOLCHAIN_CACHE_MAX_SIZE: '1B' },
      file({ maxUnusedDays: 9 }),
    );
    expect(gcBounds({ maxUnusedDays: 0 }, partial)).toMatchObject({
      maxSizeBytes: 1,
      maxUnusedDays: 9,
      hostSizeBound: false,
    });
  });

  it('the host file beats the archive-cap and download variables (a notice each); else the variables apply', () => {
    const env = {
      TOOLCHAIN_CACHE_MAX_MEMBERS: '1000000',
      TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE: '1TiB',
      TOOLCHAIN_CACHE_STALL_TIMEOUT: '600',
      TOOLCHAIN_CACHE_DOWNLOAD_RETRIES: '9',
    };
    const host = readHostSettings(
      env,
      file({ maxMembers: 10, maxUnpackedBytes: 1024, stallTimeoutSeconds: 20, downloadRetries: 1 }),
    );
    expect(host).toMatchObject({
      maxMembers: 10,
      maxUnpackedBytes: 1024,
      stallTimeoutSeconds: 20,
      downloadRetries: 1,
    });
    expect(host.notices).toEqual([
      `TOOLCHAIN_CACHE_MAX_MEMBERS (1000000) is overridden by ${FILE} (10).`,
      `TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE (1.0 TiB (${1024 ** 4} bytes)) is overridden by ${FILE} (1.0 KiB (1024 bytes)).`,
      `TOOLCHAIN_CACHE_STALL_TIMEOUT (600 s) is overridden by ${FILE} (20 s).`,
      `TOOLCHAIN_CACHE_DOWNLOAD_RETRIES (9) is overridden by ${FILE} (1).`,
    ]);
    expect(readHostSettings(env, file({ maxMembers: 10 }))).toMatchObject({
      maxMembers: 10,
      maxUnpackedBytes: 1024 ** 4,
      stallTimeoutSeconds: 600,
      downloadRetries: 9,
    });
    const unset = readHostSettings({}, noFile);
    expect(unset.tierLeaseStaleMs).toBeUndefined();
    expect(unset.maxMembers).toBeUndefined();
    expect(unset.maxUnpackedBytes).toBeUndefined();
    expect(unset.notices).toEqual([]);
  });

  it("the host file's fleet lease stale time beats TOOLCHAIN_CACHE_TIER_LEASE_STALE (a notice)", () => {
    const env = { TOOLCHAIN_CACHE_TIER_LEASE_STALE: '1.5' };
    expect(readHostSettings(env, noFile)).toMatchObject({ tierLeaseStaleMs: 1500, notices: [] });
    const host = readHostSettings(env, file({ tierLeaseStaleMs: 90_000 }));
    expect(host.tierLeaseStaleMs).toBe(90_000);
    expect(host.notices).toEqual([
      `TOOLCHAIN_CACHE_TIER_LEASE_STALE (1.5 s) is overridden by ${FILE} (90 s).`,
    ]);
    expect(readHostSettings({}, file({ tierLeaseStaleMs: 90_000 })).notices).toEqual([]);
    expect(() => readHostSettings({ TOOLCHAIN_CACHE_TIER_LEASE_STALE: 'x' }, noFile)).toThrow(
      /TOOLCHAIN_CACHE_TIER_LEASE_STALE/,
    );
  });

  it("keep the workflow's bounds where the host set none, without skipping the throttle", () => {
    expect(gcBounds({ maxUnusedDays: 3, maxSizeBytes: 1 }, readHostSettings({}, noFile))).toEqual({
      maxUnusedDays: 3,
      maxSizeBytes: 1,
      maxSizeFrom: 'the "max-size" input',
      hostSizeBound: false,
      notices: [],
    });
  });

  it("a bad variable names the runner's environment as its source, and says a workflow cannot fix it", () => {
    expect(() => readHostSettings({ TOOLCHAIN_CACHE_MAX_SIZE: 'lots' }, noFile)).toThrow(
      /Environment variable TOOLCHAIN_CACHE_MAX_SIZE must be a size .*\(got "lots"\)\. It comes from this runner's environment \(its \.env file.*a workflow cannot fix it/,
    );
  });

  it('without cleanup, a bad GC bound of the environment only warns (nothing of the job uses it)', () => {
    const env = { TOOLCHAIN_CACHE_MAX_SIZE: 'lots', TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: 'soon' };
    const host = readHostSettings(env, noFile, { gc: false });
    expect(host.maxSizeBytes).toBeUndefined();
    expect(host.maxUnusedDays).toBeUndefined();
    expect(host.warnings).toEqual([
      expect.stringMatching(
        /TOOLCHAIN_CACHE_MAX_SIZE .*"lots".*\(Ignored here: this job does not clean up\.\)$/,
      ),
      expect.stringMatching(/TOOLCHAIN_CACHE_MAX_UNUSED_DAYS .*"soon".*\(Ignored here/),
    ]);
    // A bad value of a setting the job does use still fails, GC or not.
    expect(() =>
      readHostSettings({ TOOLCHAIN_CACHE_STALL_TIMEOUT: 'never' }, noFile, { gc: false }),
    ).toThrow(/TOOLCHAIN_CACHE_STALL_TIMEOUT/);
  });

  it('a size bound of 0 is refused, from the variable and from the input alike', () => {
    const zero = /is "0": 0 would remove every unused toolchain; unset it for no bound/;
    expect(() => readHostSettings({ TOOLCHAIN_CACHE_MAX_SIZE: '0' }, noFile)).toThrow(zero);
    expect(() => readHostSettings({ TOOLCHAIN_CACHE_MAX_SIZE: '0GB' }, noFile)).toThrow(
      /TOOLCHAIN_CACHE_MAX_SIZE is "0GB": 0 would remove/,
    );
    expect(() => parseSizeBound('0', 'max-size')).toThrow(/Input "max-size" is "0": 0 would/);
    expect(parseSizeBound('', 'max-size')).toBeUndefined();
    expect(parseSizeBound('1B', 'max-size')).toBe(1);
  });

  it('the size bound in force names who set it', () => {
    const host = readHostSettings({ TOOLCHAIN_CACHE_MAX_SIZE: '1GB' }, noFile);
    expect(gcBounds({ maxUnusedDays: 3 }, host).maxSizeFrom).toBe('TOOLCHAIN_CACHE_MAX_SIZE');
    expect(
      gcBounds({ maxUnusedDays: 3 }, readHostSettings({}, file({ maxSizeBytes: 5 }))),
    ).toMatchObject({ maxSizeFrom: FILE });
    expect(
      gcBounds({ maxUnusedDays: 3 }, readHostSettings({}, noFile)).maxSizeFrom,
    ).toBeUndefined();
  });
});
