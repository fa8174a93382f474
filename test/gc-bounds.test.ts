// GC bounds the host sets (the runner's environment) win over the workflow's inputs, and only a
// host-set size bound may make the post step's GC skip its throttle.
import { describe, expect, it } from 'vitest';
import { gcBounds, readHostSettings } from '../src/action/inputs.js';

describe('host GC bounds', () => {
  it('reads TOOLCHAIN_CACHE_MAX_SIZE and TOOLCHAIN_CACHE_MAX_UNUSED_DAYS, naming a bad one', () => {
    expect(
      readHostSettings({ TOOLCHAIN_CACHE_MAX_SIZE: '20GiB', TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: '7' }),
    ).toMatchObject({ maxSizeBytes: 20 * 1024 ** 3, maxUnusedDays: 7 });
    expect(() => readHostSettings({ TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: 'soon' })).toThrow(
      /Environment variable TOOLCHAIN_CACHE_MAX_UNUSED_DAYS/,
    );
    expect(() => readHostSettings({ TOOLCHAIN_CACHE_MAX_SIZE: 'big' })).toThrow(
      /TOOLCHAIN_CACHE_MAX_SIZE/,
    );
  });

  it("override the workflow's bounds with a notice each; only then may the size bound skip the throttle", () => {
    const workflow = { maxUnusedDays: 0, maxSizeBytes: 1 };
    const host = readHostSettings({
      TOOLCHAIN_CACHE_MAX_SIZE: '10GiB',
      TOOLCHAIN_CACHE_MAX_UNUSED_DAYS: '30',
    });
    const bounds = gcBounds(workflow, host);
    expect(bounds).toMatchObject({
      maxUnusedDays: 30,
      maxSizeBytes: 10 * 1024 ** 3,
      hostSizeBound: true,
    });
    expect(bounds.notices).toEqual([
      expect.stringMatching(
        /"max-unused-days" \(0\) is overridden by TOOLCHAIN_CACHE_MAX_UNUSED_DAYS \(30\)/,
      ),
      expect.stringMatching(/"max-size" \(1 bytes\) is overridden by TOOLCHAIN_CACHE_MAX_SIZE/),
    ]);
  });

  it("keep the workflow's bounds where the host set none, without skipping the throttle", () => {
    expect(gcBounds({ maxUnusedDays: 3, maxSizeBytes: 1 }, readHostSettings({}))).toEqual({
      maxUnusedDays: 3,
      maxSizeBytes: 1,
      hostSizeBound: false,
      notices: [],
    });
  });
});
