// Which machine this is, for uses on a cache root shared by several hosts (NFS): a use of this host
// is judged by its process, a use of another host by its lease. Two hosts must never share an id,
// so the platform's machine identity counts first and the hostname (cloned VMs share it) comes last.
import { readFileSync } from 'node:fs';
import { sha256Hex } from '../sha256.js';
import { hostName } from './builtins.js';
import { childProcess, systemCommand } from './system-command.js';

/** Where the identity comes from; tests inject every part of it. */
export interface HostIdSources {
  platform: NodeJS.Platform;
  hostname: () => string;
  /** Reads a whole file; throws when it is missing. */
  readFile: (file: string) => string;
  /** Runs a command and returns its stdout; throws when it fails. */
  run: (command: string, args: string[]) => string;
}

export const systemHostIdSources = (): HostIdSources => ({
  platform: process.platform,
  hostname: () => hostName(),
  readFile: (file) => readFileSync(file, 'utf8'),
  run: (command, args) =>
    childProcess().execFileSync(systemCommand(command), args, {
      encoding: 'utf8',
      timeout: 5000,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
});

/**
 * `hostname/<12 hex>`: the digest of the machine id (never the id itself, which systemd asks
 * applications not to expose), or the bare hostname when the platform has no usable id.
 */
export function readHostId(sources: HostIdSources = systemHostIdSources()): string {
  const id = machineId(sources);
  const name = sources.hostname();
  if (!id) return name;
  return `${name}/${sha256Hex(`toolchain-cache:${id}`).slice(0, 12)}`;
}

/** The platform's own machine identity, normalised to lower case; undefined when none is usable. */
export function machineId(sources: HostIdSources): string | undefined {
  for (const read of idReaders(sources)) {
    try {
      const id = read()?.trim().toLowerCase();
      // systemd writes "uninitialized" until first boot completes; ids are hex (with dashes for UUIDs).
      if (id && /^[0-9a-f-]{16,}$/.test(id) && /[1-9a-f]/.test(id)) return id;
    } catch {
      // this source is missing here: try the next
    }
  }
  return undefined;
}

function idReaders({ platform, readFile, run }: HostIdSources): (() => string | undefined)[] {
  if (platform === 'win32') {
    // /reg:64: a 32-bit node would otherwise read the WOW64 view, which has no MachineGuid.
    const args = ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'];
    return [() => /MachineGuid\s+REG_SZ\s+(\S+)/i.exec(run('reg', [...args, '/reg:64']))?.[1]];
  }
  if (platform === 'darwin') {
    return [
      () =>
        /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(
          run('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice']),
        )?.[1],
    ];
  }
  return [
    () => readFile('/etc/machine-id'),
    () => readFile('/var/lib/dbus/machine-id'),
    () => readFile('/etc/hostid'), // FreeBSD
  ];
}
