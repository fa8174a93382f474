// The names of users and groups, for messages that tell an operator what to run. Read from
// /etc/passwd and /etc/group (bounded); where a name is not found there (a directory service,
// Windows), the number itself, which chgrp, chown and sudo -u (as #uid) accept as well.
import { closeSync, constants, openSync, readSync } from 'node:fs';

const MAX_BYTES = 1024 * 1024;

function readBounded(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(
      file,
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
    );
    const buf = Buffer.alloc(MAX_BYTES);
    let n = 0;
    for (let got; n < buf.length && (got = readSync(fd, buf, n, buf.length - n, null)) > 0;)
      n += got;
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function nameOf(file: string, id: number): string | undefined {
  for (const line of readBounded(file).split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 3 && Number(fields[2]) === id && fields[0]) return fields[0];
  }
  return undefined;
}

/** The user's name, else its uid as a string. */
export const userName = (uid: number): string =>
  (process.platform === 'win32' ? undefined : nameOf('/etc/passwd', uid)) ?? String(uid);

/** The group's name, else its gid as a string. */
export const groupName = (gid: number): string =>
  (process.platform === 'win32' ? undefined : nameOf('/etc/group', gid)) ?? String(gid);
