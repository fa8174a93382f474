// Version requests (src/vendors/version.ts): exact, prefix, latest, semver ranges, the
// pre-release rule, the vendors' own spellings, and requests that are not versions.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/core/errors.js';
import {
  compareVersions,
  families,
  namesPreRelease,
  parseRequest,
  parseVersion,
  pickNewest,
  satisfies,
} from '../src/vendors/version.js';

const matches = (request: string, version: string, normalise?: (s: string) => string) =>
  satisfies(parseVersion(version)!, parseRequest(`x@${request}`, request, normalise));

describe('version requests', () => {
  it.each([
    ['24.11.1', '24.11.1', true],
    ['24.11.1', '24.11.2', false],
    ['24', '24.11.1', true],
    ['24', '25.0.0', false],
    ['24', '23.11.0', false],
    ['24.11', '24.11.9', true],
    ['24.11', '24.12.0', false],
    ['v24', '24.1.0', true],
    ['latest', '99.0.0', true],
    ['^1.23', '1.23.4', true],
    ['^1.23', '1.99.0', true],
    ['^1.23', '1.22.9', false],
    ['^1.23', '2.0.0', false],
    ['^0.14', '0.14.1', true],
    ['^0.14', '0.15.0', false],
    ['^0.0.3', '0.0.4', false],
    ['~3.12.1', '3.12.8', true],
    ['~3.12.1', '3.12.0', false],
    ['~3.12.1', '3.13.0', false],
    ['>=22 <24', '22.0.0', true],
    ['>=22 <24', '23.11.1', true],
    ['>=22 <24', '24.0.0', false],
    ['>= 22 < 24', '21.9.9', false],
    ['1.x', '1.9.0', true],
    ['1.x', '2.0.0', false],
    ['1.2.*', '1.2.7', true],
    ['1.2 - 1.4', '1.4.9', true],
    ['1.2 - 1.4', '1.5.0', false],
    ['>1.2', '1.2.9', false],
    ['>1.2', '1.3.0', true],
    ['<=1.2', '1.2.5', true],
    ['<=1.2', '1.3.0', false],
    ['18 || 20', '20.1.0', true],
    ['18 || 20', '19.0.0', false],
    ['21', '21.0.5+11', true],
  ])('%s against %s → %s', (request, version, expected) => {
    expect(matches(request, version)).toBe(expected);
  });

  it('takes a pre-release only when the request names one on the same major.minor.patch', () => {
    expect(matches('24', '24.0.0-rc.1')).toBe(false);
    expect(matches('latest', '25.0.0-rc.1')).toBe(false);
    expect(matches('^1.23', '1.24.0-rc.1')).toBe(false);
    expect(matches('>=22 <24', '24.0.0-rc.1')).toBe(false); // the made-up <24.0.0-0 names nothing
    expect(matches('1.24.0-rc.1', '1.24.0-rc.1')).toBe(true);
    expect(matches('>=1.24.0-rc.1', '1.24.0-rc.2')).toBe(true);
    expect(matches('>=1.24.0-rc.1', '1.25.0-rc.1')).toBe(false);
    expect(namesPreRelease(parseRequest('x', '^1.23'))).toBe(false);
    expect(namesPreRelease(parseRequest('x', '1.24rc1', families.go))).toBe(true);
  });

  it.each(['lts', 'abc', '', '1..2', '>', '1.x.3', '^', '24 ||', 'node@24', '24.1.1.1'])(
    'a request that is not a version (%j) is an InputError naming the spec',
    (request) => {
      let error: unknown;
      try {
        parseRequest(`node@${request}`, request);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toContain(`node@${request}: "${request}" is not a version`);
    },
  );
});

describe("the vendors' spellings", () => {
  it('go: prefix stripped, rc/beta as semver pre-releases, short versions completed', () => {
    expect(families.go('go1.23.4')).toBe('1.23.4');
    expect(families.go('go1.24rc1')).toBe('1.24.0-rc.1');
    expect(families.go('go1.21beta2')).toBe('1.21.0-beta.2');
    expect(parseVersion(families.go('go1.21'))).toMatchObject({ major: 1, minor: 21, patch: 0 });
    expect(matches('1.24rc1', '1.24.0-rc.1', families.go)).toBe(true);
    expect(matches('1.24rc1', '1.24.0-rc.2', families.go)).toBe(false);
  });

  it('node: the v prefix stripped', () => {
    expect(families.node('v24.11.1')).toBe('24.11.1');
  });

  it('sorts releases after their pre-releases, numerically, build last', () => {
    const sorted = ['1.10.0', '1.9.0', '1.10.0-rc.1', '1.10.0-beta.2', '1.10.0-beta.10', '1.2.0']
      .map((s) => parseVersion(s)!)
      .sort(compareVersions)
      .map((v) => `${v.major}.${v.minor}.${v.patch}${v.pre.length ? `-${v.pre.join('.')}` : ''}`);
    expect(sorted).toEqual([
      '1.2.0',
      '1.9.0',
      '1.10.0-beta.2',
      '1.10.0-beta.10',
      '1.10.0-rc.1',
      '1.10.0',
    ]);
    expect(compareVersions(parseVersion('21.0.5+11')!, parseVersion('21.0.5+9')!)).toBeGreaterThan(
      0,
    );
  });

  it('pickNewest takes the highest match, not the first listed', () => {
    const list = ['22.1.0', '24.2.0', '24.10.0', '24.9.1', '25.0.0'];
    expect(pickNewest(list, parseVersion, parseRequest('x', '24'))).toBe('24.10.0');
    expect(pickNewest(list, parseVersion, parseRequest('x', '26'))).toBeUndefined();
  });
});
