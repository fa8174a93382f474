// Hostile and broken archives, served from 127.0.0.1 with their correct sha256 and installed by the
// committed bundles into a cache root that already holds a healthy toolchain in use by another job.
// Every one must fail that job alone, with a message naming the member, leave nothing registered
// and nothing in staging, and write nothing outside the root (the sentinel beside it is where the
// hostile members aim).
import { gzipSync } from 'node:zlib';
import { describe } from 'vitest';
import { hasCommand, hasNativeZstd, type FileSpec } from '../helpers/archives.js';
import { adversarialFile, type CaseContext, type Sandbox } from '../helpers/adversarial-kit.js';
import { item, tarGz, tarWith, zipBytes } from '../helpers/origin.js';

const { origin, sandbox, sandboxCase } = adversarialFile('hostile archives', { sandbox: true });
let n = 0;

/** The sentinel beside the shared sandbox's root: where the hostile members aim. */
const outside = (): string => sandbox().outside;
/** From any staging depth below 30 levels, this climbs to `/` and comes down into the sentinel. */
const climb = (): string => `${'../'.repeat(30)}${outside().slice(1)}`;
/** Exactly the depth of root/staging/<id>.<token>/extract/ below the sandbox. */
const UP4 = '../../../../';

const ok = (top = 'evil-1.0'): FileSpec[] => [
  { path: `${top}/`, type: 'directory' },
  { path: `${top}/bin/`, type: 'directory' },
  { path: `${top}/bin/evil`, content: '#!/bin/sh\necho evil\n', mode: 0o755 },
];

/** A member that must never be written: its path is what the case is about. */
const pwned = (p: string): FileSpec => ({ path: p, content: 'pwned' });
/** An absolute symlink into the sentinel, then a file written through it. */
const linkThenWrite = (): FileSpec[] => [
  ...ok(),
  { path: 'evil-1.0/link', type: 'symlink', linkTarget: outside() },
  pwned('evil-1.0/link/pwned'),
];

interface HostileCase {
  name: string;
  format?: 'tar.gz' | 'zip' | 'tar.xz' | 'tar.zst';
  files?: () => FileSpec[];
  body?: () => Buffer | Promise<Buffer>;
  env?: Record<string, string>;
  message: RegExp;
  needs?: () => string | undefined;
}

async function build(h: HostileCase): Promise<Buffer> {
  if (h.body) return h.body();
  const files = h.files!();
  switch (h.format ?? 'tar.gz') {
    case 'zip':
      return zipBytes(files);
    case 'tar.xz':
      return tarWith(files, 'xz');
    case 'tar.zst':
      return tarWith(files, 'zst');
    default:
      return tarGz(files);
  }
}

async function runHostile(sb: Sandbox, c: CaseContext, h: HostileCase): Promise<void> {
  const reason = h.needs?.();
  if (reason) c.skip(reason);
  const id = `evil-${++n}`;
  const served = origin.serve(`${id}.archive`, await build(h));
  // No post step here: what a post step does after a failed main is covered by the download
  // faults and the crashes; these cases are about what the extraction writes.
  const job = await sb.run(item(id, served), { env: h.env, skipPost: true });
  await sb.expectCleanFailure(job, id, h.message);
}

const CASES: HostileCase[] = [
  // ----------------------------------------------------------------------------- names
  {
    name: 'tar: "../" climbing exactly into the sentinel',
    files: () => [...ok(), pwned(`${UP4}outside/pwned`)],
    message:
      /Archive member "\.\.\/\.\.\/\.\.\/\.\.\/outside\/pwned" escapes the toolchain directory/,
  },
  {
    name: 'tar: "../" x30 in a pax path header, down into the sentinel',
    files: () => [...ok(), pwned(`evil-1.0/${climb()}/pwned`)],
    message: /escapes the toolchain directory \('\.\.' segment\)/,
  },
  {
    name: 'tar: an absolute member path into the sentinel',
    files: () => [...ok(), pwned(`${outside()}/pwned`)],
    message: /has an absolute path/,
  },
  {
    name: 'tar: a Windows drive-letter path',
    files: () => [...ok(), pwned('C:\\outside\\pwned')],
    message: /has a Windows drive letter/,
  },
  {
    name: 'tar: backslash "..\\" segments',
    files: () => [...ok(), pwned('..\\..\\..\\..\\outside\\pwned')],
    message: /escapes the toolchain directory/,
  },
  {
    name: 'tar: "..." segment (Windows trims it to "..")',
    files: () => [...ok(), pwned('evil-1.0/.../pwned')],
    message: /escapes the toolchain directory/,
  },
  // ----------------------------------------------------------------------------- links
  {
    name: 'tar: relative symlink into the sentinel, then a file through it',
    files: () => [
      ...ok(),
      { path: 'evil-1.0/link', type: 'symlink', linkTarget: `../${UP4}outside` },
      pwned('evil-1.0/link/pwned'),
    ],
    message:
      /"evil-1\.0\/link" is a symlink to "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/outside", outside the toolchain directory/,
  },
  {
    name: 'tar: absolute symlink into the sentinel, then a file through it',
    files: linkThenWrite,
    message: /is a symlink to the absolute path/,
  },
  {
    name: 'tar: symlinks that escape only when resolved one through the other',
    files: () => [
      ...ok(),
      { path: 'evil-1.0/sub/', type: 'directory' },
      { path: 'evil-1.0/sub/up', type: 'symlink', linkTarget: '..' },
      { path: 'evil-1.0/link', type: 'symlink', linkTarget: 'sub/up/../..' },
    ],
    message: /"evil-1\.0\/link" is a symlink to "sub\/up\/\.\.\/\.\.", which leads outside/,
  },
  {
    name: 'tar: a symlink to the parent of the single top-level directory (outside the toolchain root once picked)',
    files: () => [...ok(), { path: 'evil-1.0/up', type: 'symlink', linkTarget: '..' }],
    message: /archive member "up" is a symlink to "\.\.", which leads outside the toolchain root/,
  },
  {
    name: 'tar: a symlink replacing a directory, then a file through it',
    files: () => [
      ...ok(),
      { path: 'evil-1.0/d/', type: 'directory' },
      { path: 'evil-1.0/d/f', content: 'fine' },
      { path: 'evil-1.0/d', type: 'symlink', linkTarget: outside() },
      pwned('evil-1.0/d/pwned'),
    ],
    message: /"evil-1\.0\/d" is a symlink to the absolute path/,
  },
  {
    name: 'tar: a file written through an in-archive symlink',
    files: () => [
      ...ok(),
      { path: 'evil-1.0/sub/', type: 'directory' },
      { path: 'evil-1.0/l', type: 'symlink', linkTarget: 'sub' },
      pwned('evil-1.0/l/pwned'),
    ],
    message: /"evil-1\.0\/l\/pwned" goes through the symlink "evil-1\.0\/l"/,
  },
  {
    name: 'tar: hard link to an absolute path in the sentinel',
    files: () => [
      ...ok(),
      { path: 'evil-1.0/h', type: 'hardlink', linkTarget: `${outside()}/secret` },
    ],
    message: /"evil-1\.0\/h" is a hard link to the absolute path/,
  },
  {
    name: 'tar: hard link climbing into the sentinel',
    files: () => [
      ...ok(),
      { path: 'evil-1.0/h', type: 'hardlink', linkTarget: `${UP4}outside/secret` },
    ],
    message:
      /"evil-1\.0\/h" (is a hard link to .*outside the toolchain directory|escapes the toolchain directory)/,
  },
  // ----------------------------------------------------------------------------- types and modes
  {
    name: 'tar: a character device',
    files: () => [...ok(), { path: 'evil-1.0/null', type: 'chardev' }],
    message: /"evil-1\.0\/null" is a special file/,
  },
  {
    name: 'tar: a FIFO',
    files: () => [...ok(), { path: 'evil-1.0/pipe', type: 'fifo' }],
    message: /"evil-1\.0\/pipe" is a special file/,
  },
  {
    name: 'tar: a setuid executable',
    files: () => [...ok(), { path: 'evil-1.0/bin/su', content: '#!/bin/sh\n', mode: 0o4755 }],
    message: /"evil-1\.0\/bin\/su" has the setuid\/setgid bit set \(mode 4755\)/,
  },
  {
    name: 'tar: a setgid directory',
    files: () => [...ok(), { path: 'evil-1.0/shared/', type: 'directory', mode: 0o2775 }],
    message: /has the setuid\/setgid bit set \(mode 2775\)/,
  },
  // ----------------------------------------------------------------------------- bombs
  {
    name: 'tar: more members than TOOLCHAIN_CACHE_MAX_MEMBERS',
    files: () => [
      ...ok(),
      ...Array.from({ length: 80 }, (_, i) => ({ path: `evil-1.0/f${i}`, content: `${i}` })),
    ],
    env: { TOOLCHAIN_CACHE_MAX_MEMBERS: '50' },
    message: /Archive has more than 50 members .*archive bomb/,
  },
  {
    name: 'tar.gz: 4 MiB of zeros (a few KiB compressed) over TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE=1MiB',
    files: () => [...ok(), { path: 'evil-1.0/zeros', content: Buffer.alloc(4 << 20) }],
    env: { TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE: '1MiB' },
    message: /Archive unpacks to more than 1048576 bytes .*archive bomb/,
  },
  {
    name: 'tar.gz: a pax header claiming a 40 GiB member, under the default limits',
    body: () => gzipSync(paxSizeBomb('evil-1.0/huge', 40 * 1024 ** 3)),
    message: /Archive unpacks to more than 34359738368 bytes \(at "evil-1\.0\/huge"\)/,
  },
  // ----------------------------------------------------------------------------- other formats
  {
    name: 'tar.xz: "../" climbing into the sentinel',
    format: 'tar.xz',
    files: () => [...ok(), pwned(`${UP4}outside/pwned`)],
    message: /escapes the toolchain directory/,
    needs: () => (hasCommand('xz') ? undefined : 'the xz command is not installed'),
  },
  {
    name: 'tar.zst: an absolute symlink into the sentinel',
    format: 'tar.zst',
    files: linkThenWrite,
    message: /is a symlink to the absolute path/,
    needs: () =>
      hasCommand('zstd') || hasNativeZstd() ? undefined : 'neither zstd nor a Node with zlib zstd',
  },
  {
    name: 'zip: "../" climbing into the sentinel',
    format: 'zip',
    files: () => [...ok(), pwned(`${UP4}outside/pwned`)],
    message: /escapes the toolchain directory/,
  },
  {
    name: 'zip: an absolute member path into the sentinel',
    format: 'zip',
    files: () => [...ok(), pwned(`${outside()}/pwned`)],
    message: /has an absolute path/,
  },
  {
    name: 'zip: backslash "..\\" segments',
    format: 'zip',
    files: () => [...ok(), pwned('..\\..\\..\\..\\outside\\pwned')],
    message: /escapes the toolchain directory/,
  },
  {
    name: 'zip: a drive-letter path',
    format: 'zip',
    files: () => [...ok(), pwned('C:/outside/pwned')],
    message: /has a Windows drive letter/,
  },
  {
    name: 'zip: an absolute symlink into the sentinel, then a file through it',
    format: 'zip',
    files: linkThenWrite,
    message: /is a symlink to the absolute path/,
  },
  {
    name: 'zip: a relative symlink climbing into the sentinel',
    format: 'zip',
    files: () => [
      ...ok(),
      { path: 'evil-1.0/link', type: 'symlink', linkTarget: `../${UP4}outside/secret` },
    ],
    message: /is a symlink to ".*", outside the toolchain directory/,
  },
  {
    name: 'zip: a setuid executable',
    format: 'zip',
    files: () => [...ok(), { path: 'evil-1.0/bin/su', content: '#!/bin/sh\n', mode: 0o4755 }],
    message: /has the setuid\/setgid bit set/,
  },
  {
    name: 'zip: a FIFO and a device in the unix mode bits',
    format: 'zip',
    files: () => [
      ...ok(),
      { path: 'evil-1.0/pipe', type: 'fifo' },
      { path: 'evil-1.0/null', type: 'chardev' },
    ],
    message: /"evil-1\.0\/pipe" is a special file/,
  },
  {
    name: 'zip: 4 MiB of zeros over TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE=1MiB',
    format: 'zip',
    files: () => [...ok(), { path: 'evil-1.0/zeros', content: Buffer.alloc(4 << 20) }],
    env: { TOOLCHAIN_CACHE_MAX_UNPACKED_SIZE: '1MiB' },
    message: /Archive unpacks to more than 1048576 bytes/,
  },
  {
    name: 'zip: more members than TOOLCHAIN_CACHE_MAX_MEMBERS',
    format: 'zip',
    files: () => [
      ...ok(),
      ...Array.from({ length: 80 }, (_, i) => ({ path: `evil-1.0/f${i}`, content: `${i}` })),
    ],
    env: { TOOLCHAIN_CACHE_MAX_MEMBERS: '50' },
    message: /Archive has more than 50 members/,
  },
  {
    name: 'zip: a member that inflates to far more than its declared size',
    body: async () =>
      lieAboutSize(zipBytes([...ok(), { path: 'evil-1.0/zeros', content: Buffer.alloc(4 << 20) }])),
    message: /Could not extract .*\(zip\)/,
  },
  // ----------------------------------------------------------------------------- broken
  {
    name: 'a gzip stream corrupted in the middle',
    body: async () => {
      const b = tarGz([
        ...ok(),
        { path: 'evil-1.0/data', content: Buffer.from('x'.repeat(200_000)) },
      ]);
      for (let i = Math.floor(b.length / 2); i < b.length / 2 + 64; i++) b[i] ^= 0xff;
      return b;
    },
    message: /Could not extract .*\(tar\.gz\)/,
  },
  {
    name: 'not an archive at all (an HTML page)',
    body: () => Buffer.from('<!doctype html><title>Sign in</title>\n'.repeat(20)),
    message: /is not a supported archive/,
  },
];

describe('hostile and broken archives fail alone, writing nothing outside the root', () => {
  for (const h of CASES) sandboxCase(h.name, (sb, c) => runHostile(sb, c, h));
});

/** A tar whose only member's pax header claims `size` bytes; no data follows. */
function paxSizeBomb(name: string, size: number): Buffer {
  const header = (entryName: string, type: string, bytes: number): Buffer => {
    const h = Buffer.alloc(512);
    const oct = (v: number, off: number, len: number) =>
      h.write(`${v.toString(8).padStart(len - 1, '0')}\0`, off, len, 'latin1');
    h.write(entryName, 0, 100, 'utf8');
    oct(0o644, 100, 8);
    oct(0, 108, 8);
    oct(0, 116, 8);
    oct(bytes, 124, 12);
    oct(Math.floor(Date.now() / 1000), 136, 12);
    h.write(' '.repeat(8), 148, 8, 'latin1');
    h.write(type, 156, 1, 'latin1');
    h.write('ustar\u000000', 257, 8, 'latin1');
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
    return h;
  };
  const rest = ` size=${size}\n`;
  let len = rest.length + 1;
  while (String(len).length + rest.length !== len) len++;
  const record = Buffer.from(`${len}${rest}`);
  const padded = Buffer.concat([record, Buffer.alloc(512 - record.length)]);
  return Buffer.concat([
    header('PaxHeader', 'x', record.length),
    padded,
    header(name, '0', 0),
    Buffer.alloc(4096),
  ]);
}

/** Rewrites every declared uncompressed size of a zip to 100 bytes (the data is unchanged). */
function lieAboutSize(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.readUInt32LE(i + 22) > 1 << 20) out.writeUInt32LE(100, i + 22);
    if (sig === 0x02014b50 && out.readUInt32LE(i + 24) > 1 << 20) out.writeUInt32LE(100, i + 24);
  }
  return out;
}
