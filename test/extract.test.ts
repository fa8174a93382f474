import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemberBudget, checkMember, stripComponents } from '../src/core/install/archive-policy.js';
import { detectFormat, extractArchive, type ArchiveFormat } from '../src/core/install/extract.js';
import {
  hasCommand,
  hasNativeZstd,
  makeTar,
  makeZip,
  type FileSpec,
  type TarCompression,
} from './helpers/archives.js';

const HAS_XZ = hasCommand('xz');
const HAS_ZSTD = hasCommand('zstd') || hasNativeZstd();
const NO_XZ = 'xz not installed (apt-get install xz-utils)';
const NO_ZSTD = 'neither the zstd binary nor zlib zstd (Node >= 22.15) available';
if (!HAS_XZ) console.warn(`Skipping tar.xz tests: ${NO_XZ}`);
if (!HAS_ZSTD) console.warn(`Skipping tar.zst tests: ${NO_ZSTD}`);
const POSIX = process.platform !== 'win32';

const SCRIPT = '#!/bin/sh\necho tool 1.0\n';
const LIB = 'x'.repeat(5000);
const TOOL: FileSpec[] = [
  { path: 'tool-1.0/', type: 'directory' },
  { path: 'tool-1.0/bin/', type: 'directory' },
  { path: 'tool-1.0/bin/tool', content: SCRIPT, mode: 0o755 },
  { path: 'tool-1.0/lib/', type: 'directory' },
  { path: 'tool-1.0/lib/libtool.so.1', content: LIB },
  { path: 'tool-1.0/lib/libtool.so', type: 'symlink', linkTarget: 'libtool.so.1' },
  { path: 'tool-1.0/bin/tool-lib', type: 'symlink', linkTarget: '../lib/libtool.so' },
  { path: 'tool-1.0/README', content: 'readme' },
];
const TOOL_BYTES = SCRIPT.length + LIB.length + 'readme'.length;

type Kind = ArchiveFormat;
const COMPRESSION: Record<Exclude<Kind, 'zip'>, TarCompression> = {
  'tar.gz': 'gz',
  'tar.xz': 'xz',
  'tar.zst': 'zst',
  tar: 'none',
};
const FORMATS: { format: Kind; skip: string | false }[] = [
  { format: 'tar.gz', skip: false },
  { format: 'tar.xz', skip: !HAS_XZ && NO_XZ },
  { format: 'tar.zst', skip: !HAS_ZSTD && NO_ZSTD },
  { format: 'tar', skip: false },
  { format: 'zip', skip: false },
];

let tmp: string;
let stage: string; // the staging directory extraction may write to
let outside: string; // a sibling that must never change
const SECRET = 'do not touch';

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'extract-test-'));
  stage = path.join(tmp, 'stage');
  outside = path.join(tmp, 'outside');
  await fs.mkdir(stage);
  await fs.mkdir(outside);
  await fs.writeFile(path.join(outside, 'secret'), SECRET);
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function build(format: Kind, entries: FileSpec[], name = 'archive'): Promise<string> {
  const file = path.join(tmp, `${name}.${format}`);
  if (format === 'zip') await makeZip(file, entries);
  else await makeTar(file, entries, COMPRESSION[format]);
  return file;
}

/** Nothing outside the staging directory was created or changed. */
async function expectOutsideUntouched(): Promise<void> {
  expect((await fs.readdir(tmp)).sort()).toEqual(expect.arrayContaining(['outside', 'stage']));
  expect(await fs.readdir(outside)).toEqual(['secret']);
  const secret = path.join(outside, 'secret');
  expect(await fs.readFile(secret, 'utf8')).toBe(SECRET);
  expect((await fs.stat(secret)).nlink).toBe(1);
  expect((await fs.readdir(tmp)).filter((n) => n.includes('pwned'))).toEqual([]);
}

describe.each(FORMATS)('$format', ({ format, skip }) => {
  it.skipIf(skip)(`extracts a toolchain${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    const file = await build(format, TOOL);
    expect(await detectFormat(file)).toBe(format);
    const result = await extractArchive(file, stage);
    expect(result).toEqual({ format, members: TOOL.length, bytes: TOOL_BYTES });
    const root = path.join(stage, 'tool-1.0');
    expect(await fs.readFile(path.join(root, 'bin/tool'), 'utf8')).toBe(SCRIPT);
    expect(await fs.readFile(path.join(root, 'README'), 'utf8')).toBe('readme');
    if (POSIX) {
      expect((await fs.stat(path.join(root, 'bin/tool'))).mode & 0o111).not.toBe(0);
      expect((await fs.stat(path.join(root, 'README'))).mode & 0o111).toBe(0);
      expect(await fs.readlink(path.join(root, 'lib/libtool.so'))).toBe('libtool.so.1');
      expect(await fs.readFile(path.join(root, 'bin/tool-lib'), 'utf8')).toBe(LIB);
    }
    await expectOutsideUntouched();
  });

  it.skipIf(skip)('applies stripComponents', async () => {
    const file = await build(format, TOOL);
    const result = await extractArchive(file, stage, { stripComponents: 1 });
    expect((await fs.readdir(stage)).sort()).toEqual(['README', 'bin', 'lib']);
    expect(await fs.readFile(path.join(stage, 'bin/tool'), 'utf8')).toBe(SCRIPT);
    expect(result.members).toBe(TOOL.length - 1);
    if (POSIX) expect(await fs.readFile(path.join(stage, 'bin/tool-lib'), 'utf8')).toBe(LIB);
  });
});

describe('archives made by real tools', () => {
  const PY = '#!/bin/sh\necho python\n';
  const LONG = `py-3.12/lib/${'site-packages/'.repeat(8)}mod.py`; // > 100 chars: pax/GNU long names

  /** A small Python-like install with a symlink chain, a hard link and a long path. */
  async function makeTree(): Promise<string> {
    const src = path.join(tmp, 'src');
    await fs.mkdir(path.join(src, path.dirname(LONG)), { recursive: true });
    await fs.mkdir(path.join(src, 'py-3.12/bin'), { recursive: true });
    await fs.writeFile(path.join(src, 'py-3.12/bin/python3.12'), PY, { mode: 0o755 });
    await fs.symlink('python3', path.join(src, 'py-3.12/bin/python'));
    await fs.symlink('python3.12', path.join(src, 'py-3.12/bin/python3'));
    await fs.link(path.join(src, 'py-3.12/bin/python3.12'), path.join(src, 'py-3.12/bin/py-hard'));
    await fs.writeFile(path.join(src, LONG), 'print(1)\n');
    return src;
  }

  async function expectPython(root: string): Promise<void> {
    expect(await fs.readFile(path.join(root, 'bin/python'), 'utf8')).toBe(PY);
    expect((await fs.stat(path.join(root, 'bin/python'))).mode & 0o111).not.toBe(0);
    expect(await fs.readFile(path.join(stage, LONG), 'utf8')).toBe('print(1)\n');
  }

  it.skipIf(!POSIX || !hasCommand('tar'))(
    'system tar, with ./ entries and a hard link',
    async () => {
      const src = await makeTree();
      const file = path.join(tmp, 'py.tar.gz');
      expect(spawnSync('tar', ['-czf', file, '-C', src, '.']).status).toBe(0);
      const result = await extractArchive(file, stage, { stripComponents: 1 }); // strips the '.'
      await expectPython(path.join(stage, 'py-3.12'));
      expect((await fs.stat(path.join(stage, 'py-3.12/bin/py-hard'))).nlink).toBe(2);
      expect(result.bytes).toBe(PY.length + 'print(1)\n'.length); // hard-linked bytes once
    },
  );

  it.skipIf(!POSIX || !hasCommand('zip'))('Info-ZIP zip with stored symlinks', async () => {
    const src = await makeTree();
    const file = path.join(tmp, 'py.zip');
    expect(spawnSync('zip', ['-qry', file, 'py-3.12'], { cwd: src }).status).toBe(0);
    await extractArchive(file, stage);
    await expectPython(path.join(stage, 'py-3.12'));
    expect(await fs.readlink(path.join(stage, 'py-3.12/bin/python'))).toBe('python3');
  });

  it('tar hard links inside the tree, with stripComponents', async () => {
    const file = await build('tar.gz', [
      { path: 'pkg/a', content: 'shared' },
      { path: 'pkg/b', type: 'hardlink', linkTarget: 'pkg/a' },
    ]);
    const result = await extractArchive(file, stage, { stripComponents: 1 });
    expect(await fs.readFile(path.join(stage, 'b'), 'utf8')).toBe('shared');
    expect(result).toMatchObject({ members: 2, bytes: 6 });
  });

  it('a symlink whose target is a later symlink, in either order', async () => {
    const file = await build('tar.gz', [
      { path: 'bin/python3', type: 'symlink', linkTarget: 'python3.12' },
      { path: 'bin/python', type: 'symlink', linkTarget: 'python3' },
      { path: 'bin/python3.12', content: PY, mode: 0o755 },
    ]);
    await extractArchive(file, stage);
    if (POSIX) expect(await fs.readFile(path.join(stage, 'bin/python'), 'utf8')).toBe(PY);
  });
});

describe('detectFormat', () => {
  it('rejects an unknown file, naming it and the supported formats', async () => {
    const file = path.join(tmp, 'page.html');
    await fs.writeFile(file, '<html>404 not found</html>');
    await expect(detectFormat(file)).rejects.toMatchObject({
      code: 'UNSUPPORTED_ARCHIVE',
      message: expect.stringMatching(/page\.html.*tar\.gz.*zip/),
    });
    await expect(extractArchive(file, stage)).rejects.toMatchObject({
      code: 'UNSUPPORTED_ARCHIVE',
    });
  });

  it('recognises an empty zip', async () => {
    const file = await build('zip', []);
    expect(await detectFormat(file)).toBe('zip');
    expect(await extractArchive(file, stage)).toEqual({ format: 'zip', members: 0, bytes: 0 });
  });

  it('honours an explicit format', async () => {
    const file = await build('tar.gz', TOOL);
    await expect(extractArchive(file, stage, { format: 'zip' })).rejects.toMatchObject({
      code: 'EXTRACT_FAILED',
    });
  });
});

// Each case is built for tar and for zip (zip has no hard links); `outside` is per test.
interface Hostile {
  name: string;
  entries: () => FileSpec[];
  message: RegExp;
  zip?: false;
  posixOnly?: boolean;
}
const OK: FileSpec = { path: 'ok.txt', content: 'fine' };
const HOSTILE: Hostile[] = [
  {
    name: "a '..' member",
    entries: () => [OK, { path: '../outside/pwned', content: 'x' }],
    message: /"\.\.\/outside\/pwned" escapes the toolchain directory \('\.\.' segment\)/,
  },
  {
    name: "a nested '..' member",
    entries: () => [{ path: 'tool/../../outside/pwned', content: 'x' }],
    message: /'\.\.' segment/,
  },
  {
    name: "a '..' member with backslashes",
    entries: () => [{ path: '..\\outside\\pwned', content: 'x' }],
    message: /'\.\.' segment/,
  },
  {
    name: 'an absolute path',
    entries: () => [OK, { path: `${outside}/pwned`.replaceAll('\\', '/'), content: 'x' }],
    message: /absolute path|drive letter/,
  },
  {
    name: 'a Windows drive letter',
    entries: () => [{ path: 'C:pwned', content: 'x' }],
    message: /"C:pwned" has a Windows drive letter/,
  },
  {
    name: 'a symlink to an absolute path outside, then a file through it',
    entries: () => [
      { path: 'link', type: 'symlink', linkTarget: outside },
      { path: 'link/pwned', content: 'x' },
    ],
    message: /"link" is a symlink to the absolute path/,
  },
  {
    name: 'a relative symlink outside, then a file through it',
    entries: () => [
      { path: 'link', type: 'symlink', linkTarget: '../outside' },
      { path: 'link/pwned', content: 'x' },
    ],
    message: /"link" is a symlink to "\.\.\/outside", outside the toolchain directory/,
  },
  {
    name: 'a deep relative symlink outside',
    entries: () => [{ path: 'a/b/link', type: 'symlink', linkTarget: '../../../outside/secret' }],
    message: /outside the toolchain directory/,
  },
  {
    name: 'a member written through an in-archive symlink chain',
    entries: () => [
      { path: 'a', type: 'symlink', linkTarget: '.' },
      { path: 'a/b', type: 'symlink', linkTarget: '..' },
      { path: 'a/b/outside/pwned', content: 'x' },
    ],
    message: /"a\/b" goes through the symlink "a"/,
  },
  {
    name: 'a symlink that only escapes through another symlink',
    entries: () => [
      { path: 'a', type: 'symlink', linkTarget: '.' },
      { path: 'b', type: 'symlink', linkTarget: 'a/..' },
    ],
    message: /"b" is a symlink to "a\/\.\.", which leads outside/,
    posixOnly: true,
  },
  {
    name: 'a hard link to a file outside',
    entries: () => [{ path: 'hl', type: 'hardlink', linkTarget: '../outside/secret' }],
    message: /"hl" is a hard link to "\.\.\/outside\/secret"/,
    zip: false,
  },
  {
    name: 'a hard link to an absolute path',
    entries: () => [{ path: 'hl', type: 'hardlink', linkTarget: path.join(outside, 'secret') }],
    message: /"hl" is a hard link to the absolute path/,
    zip: false,
  },
  {
    name: 'a hard link through an escaping symlink',
    entries: () => [
      { path: 'a', type: 'symlink', linkTarget: '.' },
      { path: 'b', type: 'symlink', linkTarget: 'a/..' },
      { path: 'hl', type: 'hardlink', linkTarget: 'b/outside/secret' },
    ],
    message: /"hl" goes through the symlink "b"/,
    zip: false,
  },
  {
    name: 'a FIFO',
    entries: () => [{ path: 'pipe', type: 'fifo' }],
    message: /"pipe" is a special file/,
  },
  {
    name: 'a character device',
    entries: () => [{ path: 'dev/null', type: 'chardev' }],
    message: /"dev\/null" is a special file/,
  },
  {
    name: 'a setuid executable',
    entries: () => [{ path: 'bin/su', content: '#!/bin/sh\n', mode: 0o4755 }],
    message: /"bin\/su" has the setuid\/setgid bit set \(mode 4755\)/,
  },
  {
    name: 'a setgid directory',
    entries: () => [{ path: 'shared/', type: 'directory', mode: 0o2775 }],
    message: /"shared\/" has the setuid\/setgid bit set/,
  },
];

describe.each(['tar.gz', 'zip'] as const)('hostile %s archives are refused', (format) => {
  const cases = HOSTILE.filter((c) => format !== 'zip' || c.zip !== false);
  it.each(cases)('$name', async (c) => {
    if (c.posixOnly && !POSIX) return;
    const file = await build(format, c.entries());
    const err: unknown = await extractArchive(file, stage).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'UNSAFE_ARCHIVE',
      message: expect.stringMatching(c.message),
    });
    await expectOutsideUntouched();
  });
});

describe('hostile zip specifics', () => {
  it('refuses a NUL byte in a name', async () => {
    const file = await build('zip', [{ path: 'ok\0/../../outside/pwned', content: 'x' }]);
    await expect(extractArchive(file, stage)).rejects.toMatchObject({
      code: 'UNSAFE_ARCHIVE',
      message: expect.stringContaining('NUL byte'),
    });
    await expectOutsideUntouched();
  });
});

describe.each(['tar.gz', 'zip'] as const)('archive bombs (%s)', (format) => {
  it('refuses too many members', async () => {
    const entries = Array.from({ length: 20 }, (_, i) => ({ path: `f${i}`, content: 'x' }));
    const file = await build(format, entries);
    await expect(extractArchive(file, stage, { limits: { maxMembers: 10 } })).rejects.toMatchObject(
      {
        code: 'UNSAFE_ARCHIVE',
        message: expect.stringMatching(/more than 10 members.*archive bomb/),
      },
    );
  });

  it('refuses too many unpacked bytes before writing them', async () => {
    const file = await build(format, [{ path: 'zeros', content: Buffer.alloc(8 << 20) }]);
    expect((await fs.stat(file)).size).toBeLessThan(100_000);
    await expect(
      extractArchive(file, stage, { limits: { maxBytes: 1 << 20 } }),
    ).rejects.toMatchObject({
      code: 'UNSAFE_ARCHIVE',
      message: expect.stringMatching(/more than 1048576 bytes.*archive bomb/),
    });
    expect(await fs.readdir(stage)).toEqual([]);
  });

  it('accepts an archive exactly at the limits', async () => {
    const file = await build(format, [{ path: 'a', content: '12345' }]);
    await expect(
      extractArchive(file, stage, { limits: { maxMembers: 1, maxBytes: 5 } }),
    ).resolves.toMatchObject({ members: 1, bytes: 5 });
  });
});

describe('damaged archives are rejected, never half-extracted as success', () => {
  const big: FileSpec[] = [...TOOL, { path: 'tool-1.0/data', content: randomBytes(64 * 1024) }];

  async function truncated(format: Kind, fraction = 0.5): Promise<string> {
    const file = await build(format, big);
    const data = await fs.readFile(file);
    await fs.writeFile(file, data.subarray(0, Math.floor(data.length * fraction)));
    return file;
  }

  it('truncated tar.gz', async () => {
    await expect(extractArchive(await truncated('tar.gz'), stage)).rejects.toMatchObject({
      code: 'EXTRACT_FAILED',
    });
  });

  it('truncated plain tar (no decompressor to notice)', async () => {
    await expect(extractArchive(await truncated('tar'), stage)).rejects.toMatchObject({
      code: 'EXTRACT_FAILED',
      message: expect.stringMatching(/Truncated|truncated/),
    });
  });

  it.skipIf(!HAS_XZ)('truncated tar.xz reports the xz failure', async () => {
    await expect(extractArchive(await truncated('tar.xz'), stage)).rejects.toMatchObject({
      code: 'EXTRACT_FAILED',
      message: expect.stringMatching(/xz failed: .*(Unexpected end|truncated)/i),
    });
  });

  it.skipIf(!HAS_ZSTD)('truncated tar.zst', async () => {
    await expect(extractArchive(await truncated('tar.zst'), stage)).rejects.toMatchObject({
      code: 'EXTRACT_FAILED',
    });
  });

  it('truncated zip', async () => {
    await expect(extractArchive(await truncated('zip'), stage)).rejects.toMatchObject({
      code: 'EXTRACT_FAILED',
    });
  });

  it('zip with a corrupted stored member (CRC-32 mismatch)', async () => {
    const file = await build('zip', [{ path: 'blob', content: randomBytes(4096) }]);
    const data = await fs.readFile(file);
    data[30 + 'blob'.length + 100] ^= 0xff; // inside the stored bytes
    await fs.writeFile(file, data);
    await expect(extractArchive(file, stage)).rejects.toMatchObject({
      code: 'EXTRACT_FAILED',
      message: expect.stringContaining('CRC-32'),
    });
  });

  it('zip with garbage after the signature', async () => {
    const file = path.join(tmp, 'bad.zip');
    await fs.writeFile(file, Buffer.concat([Buffer.from('504b0304', 'hex'), randomBytes(2000)]));
    await expect(extractArchive(file, stage)).rejects.toMatchObject({ code: 'EXTRACT_FAILED' });
  });
});

/** Aborts as soon as extraction has started writing into the staging directory. */
function abortOnFirstWrite(ac: AbortController): void {
  const poll = () => (readdirSync(stage).length > 0 ? ac.abort() : setImmediate(poll));
  setImmediate(poll);
}

describe('environment', () => {
  it('stops when the signal is aborted', async () => {
    const file = await build('tar.gz', TOOL);
    const ac = new AbortController();
    ac.abort();
    await expect(extractArchive(file, stage, { signal: ac.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('aborting a zip extraction mid-way rejects', async () => {
    const file = await build('zip', [{ path: 'big', content: randomBytes(2 << 20) }]);
    const ac = new AbortController();
    const p = extractArchive(file, stage, { signal: ac.signal });
    abortOnFirstWrite(ac);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });

  it.skipIf(process.platform !== 'linux')(
    'tolerates setgid directories inherited from a setgid staging directory',
    async () => {
      await fs.chmod(stage, 0o2755); // Linux: new subdirectories inherit setgid
      const file = await build('tar.gz', TOOL);
      await extractArchive(file, stage);
      expect((await fs.stat(path.join(stage, 'tool-1.0/bin'))).mode & 0o2000).not.toBe(0);
    },
  );

  it.skipIf(!HAS_XZ)('aborting mid-way kills the decompressor and rejects', async () => {
    const file = await build('tar.xz', [{ path: 'big', content: randomBytes(1 << 20) }]);
    const ac = new AbortController();
    const p = extractArchive(file, stage, { signal: ac.signal });
    abortOnFirstWrite(ac);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('archive-policy', () => {
  const root = path.resolve('/staging/root');
  const refused = (m: Parameters<typeof checkMember>[0]) => () => checkMember(m, root);

  it('returns the destination, and the root itself for `.` entries', () => {
    expect(checkMember({ path: 'a/b', type: 'file' }, root)).toBe(path.join(root, 'a', 'b'));
    expect(checkMember({ path: './', type: 'directory' }, root)).toBe(root);
    expect(checkMember({ path: '.', type: 'directory' }, root)).toBe(root);
    expect(checkMember({ path: 'bin/x', type: 'symlink', linkTarget: '../lib/x' }, root)).toBe(
      path.join(root, 'bin', 'x'),
    );
  });

  it('refuses hostile names and links, naming the member', () => {
    expect(refused({ path: '../../etc/passwd', type: 'file' })).toThrow(
      `Archive member "../../etc/passwd" escapes the toolchain directory ('..' segment); refusing to extract.`,
    );
    expect(refused({ path: 'a/.../b', type: 'file' })).toThrow(/'\.\.' segment/);
    expect(refused({ path: '\\server\\share', type: 'file' })).toThrow(/absolute path/);
    expect(refused({ path: 'd:\\x', type: 'file' })).toThrow(/drive letter/);
    expect(refused({ path: 'a\0b', type: 'file' })).toThrow(/NUL/);
    expect(refused({ path: 's', type: 'symlink', linkTarget: 'C:\\Windows' })).toThrow(/absolute/);
    expect(refused({ path: 's', type: 'symlink', linkTarget: '' })).toThrow(/invalid target/);
    expect(refused({ path: 'h', type: 'hardlink', linkTarget: 'a/../b' })).toThrow(/hard link/);
    expect(refused({ path: 'x', type: 'other' })).toThrow(/special file/);
    expect(refused({ path: 'x', type: 'file', mode: 0o2755 })).toThrow(/setuid\/setgid/);
  });

  it('strips components like tar --strip-components', () => {
    expect(stripComponents('tool-1.0/bin/tool', 1)).toBe('bin/tool');
    expect(stripComponents('tool-1.0/', 1)).toBeNull();
    expect(stripComponents('tool-1.0', 1)).toBeNull();
    expect(stripComponents('./tool-1.0/bin', 1)).toBe('tool-1.0/bin');
    expect(() => stripComponents('x/../../etc', 1)).toThrow(/'\.\.' segment/);
  });

  it('MemberBudget counts members and bytes', () => {
    const budget = new MemberBudget({ maxMembers: 2, maxBytes: 10 });
    budget.add(4, 'a');
    budget.add(6, 'b');
    expect(() => budget.add(0, 'c')).toThrow(/more than 2 members \(at "c"\).*archive bomb/);
    expect(() => new MemberBudget({ maxMembers: 9, maxBytes: 10 }).add(11, 'big')).toThrow(
      /more than 10 bytes/,
    );
  });
});

describe('xz and zstd without their binaries', () => {
  const HAS_ZSTD_BIN = hasCommand('zstd');
  const BIG = randomBytes(3 << 20); // many decoder chunks, and incompressible
  const TREE: FileSpec[] = [...TOOL, { path: 'tool-1.0/lib/big.bin', content: BIG }];
  const CASES = [
    { format: 'tar.xz' as const, skip: !HAS_XZ && NO_XZ },
    // Node >= 22.15 decodes zstd in zlib: the JavaScript decoder is for Node 20 only.
    { format: 'tar.zst' as const, skip: !HAS_ZSTD_BIN && 'no zstd binary to build the archive' },
  ];

  /** Runs `fn` with PATH pointing at a directory that holds only `tools` (links to the real ones). */
  async function withPath<T>(tools: string[], fn: (bin: string) => Promise<T>): Promise<T> {
    const bin = path.join(tmp, 'bin');
    await fs.mkdir(bin, { recursive: true });
    for (const t of tools) {
      const real = spawnSync('sh', ['-c', `command -v ${t}`], { encoding: 'utf8' }).stdout.trim();
      await fs.writeFile(
        path.join(bin, t),
        `#!/bin/sh
echo "$0" >> "${path.join(tmp, 'used')}"
exec "${real}" "$@"
`,
        { mode: 0o755 },
      );
    }
    const saved = process.env.PATH;
    process.env.PATH = bin;
    try {
      return await fn(bin);
    } finally {
      process.env.PATH = saved;
    }
  }
  const usedBinaries = () => fs.readFile(path.join(tmp, 'used'), 'utf8').catch(() => '');

  describe.each(CASES)('$format', ({ format, skip }) => {
    it.skipIf(skip || !POSIX)(
      'extracts with the built-in decoder when PATH has no binary',
      async () => {
        const file = await build(format, TREE);
        const result = await withPath([], () => extractArchive(file, stage));
        expect(result).toEqual({ format, members: TREE.length, bytes: TOOL_BYTES + BIG.length });
        expect((await fs.readFile(path.join(stage, 'tool-1.0/lib/big.bin'))).equals(BIG)).toBe(
          true,
        );
        expect(await fs.readFile(path.join(stage, 'tool-1.0/bin/tool'), 'utf8')).toBe(SCRIPT);
        expect(await fs.readFile(path.join(stage, 'tool-1.0/bin/tool-lib'), 'utf8')).toBe(LIB);
        expect(await usedBinaries()).toBe('');
      },
    );

    it.skipIf(skip || !POSIX)('uses the binary when there is one (it is faster)', async () => {
      const file = await build(format, TOOL);
      const tool = format === 'tar.xz' ? 'xz' : 'zstd';
      await withPath([tool], () => extractArchive(file, stage));
      expect(await fs.readFile(path.join(stage, 'tool-1.0/bin/tool'), 'utf8')).toBe(SCRIPT);
      if (format === 'tar.zst' && hasNativeZstd()) return; // zlib comes first there
      expect(await usedBinaries()).toContain(`/${tool}`);
    });

    it.skipIf(skip || !POSIX)(
      'a truncated archive fails clearly, and the next one works',
      async () => {
        const file = await build(format, TREE);
        const data = await fs.readFile(file);
        const cut = path.join(tmp, `cut.${format}`);
        await fs.writeFile(cut, data.subarray(0, data.length >> 1));
        await withPath([], async () => {
          await expect(extractArchive(cut, stage)).rejects.toMatchObject({
            code: 'EXTRACT_FAILED',
            message: expect.stringContaining(cut),
          });
          // The decoder is free again (xz-decompress runs one stream at a time per process).
          const again = path.join(tmp, 'again');
          await fs.mkdir(again);
          await expect(extractArchive(file, again)).resolves.toMatchObject({ format });
        });
      },
    );

    it.skipIf(skip || !POSIX)('aborting mid-way rejects, and the next one works', async () => {
      const file = await build(format, TREE);
      await withPath([], async () => {
        const ac = new AbortController();
        const p = extractArchive(file, stage, { signal: ac.signal });
        abortOnFirstWrite(ac);
        await expect(p).rejects.toMatchObject({ name: 'AbortError' });
        const again = path.join(tmp, 'again');
        await fs.mkdir(again);
        await expect(extractArchive(file, again)).resolves.toMatchObject({ format });
      });
    });
  });
});
