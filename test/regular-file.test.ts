// Opening a file someone else may have put at its name (staging, a tier directory): no link
// followed, no blocking open, regular files only, no read past the size at open. Real FIFOs,
// links and directories; a FIFO with no writer would block a plain open forever.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PinnedArchive } from '../src/core/install/staged-file.js';
import { hashFile } from '../src/core/manifest.js';
import { NotRegularFileError, openForWriting, openRegularFile } from '../src/core/regular-file.js';

const POSIX = process.platform !== 'win32';
let tmp: string;

beforeEach(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'tc-regular-')));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const fifo = (name: string): string => {
  const file = path.join(tmp, name);
  execFileSync('mkfifo', [file]);
  return file;
};

describe.skipIf(!POSIX)('openRegularFile', () => {
  it('refuses a FIFO at once (no writer needed), naming it', async () => {
    const file = fifo('archive');
    const started = Date.now();
    await expect(openRegularFile(file)).rejects.toThrow(`${file} is a FIFO, not a regular file`);
    await expect(hashFile(file)).rejects.toBeInstanceOf(NotRegularFileError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a link (to a regular file) and a directory', async () => {
    await fs.writeFile(path.join(tmp, 'real'), 'x');
    await fs.symlink(path.join(tmp, 'real'), path.join(tmp, 'link'));
    await expect(openRegularFile(path.join(tmp, 'link'))).rejects.toThrow(/is a symlink/);
    await fs.mkdir(path.join(tmp, 'dir'));
    await expect(openRegularFile(path.join(tmp, 'dir'))).rejects.toThrow(/is a directory/);
  });

  it('reads no further than the size at open, however much is appended', async () => {
    const file = path.join(tmp, 'growing');
    await fs.writeFile(file, 'first part');
    const pinned = await PinnedArchive.open(file);
    try {
      await fs.appendFile(file, ' and what came later');
      expect(pinned.size).toBe(10);
      expect(await pinned.sha256()).toBe(createHash('sha256').update('first part').digest('hex'));
    } finally {
      await pinned.close();
    }
  });
});

describe.skipIf(!POSIX)('openForWriting', () => {
  it('refuses a FIFO and a link, writing nothing through them', async () => {
    const file = fifo('part');
    await expect(openForWriting(file)).rejects.toBeInstanceOf(NotRegularFileError);
    const target = path.join(tmp, 'target');
    await fs.writeFile(target, 'precious');
    await fs.symlink(target, path.join(tmp, 'link'));
    await expect(openForWriting(path.join(tmp, 'link'))).rejects.toThrow(/is a symlink/);
    expect(readFileSync(target, 'utf8')).toBe('precious');
  });
});
