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

/**
 * Whether the user `uid` is in the group `gid`: its primary group (/etc/passwd) or a member
 * listed in /etc/group (what `usermod -aG` writes). Undefined when the user is not found there
 * (a directory service, Windows): nobody can tell from here.
 */
export function inGroup(uid: number, gid: number): boolean | undefined {
  if (process.platform === 'win32') return undefined;
  const user = readBounded('/etc/passwd')
    .split('\n')
    .map((l) => l.split(':'))
    .find((f) => f.length >= 4 && Number(f[2]) === uid);
  if (!user) return undefined;
  if (Number(user[3]) === gid) return true;
  const group = readBounded('/etc/group')
    .split('\n')
    .map((l) => l.split(':'))
    .find((f) => f.length >= 4 && Number(f[2]) === gid);
  return group ? group[3].split(',').includes(user[0]) : false;
}
