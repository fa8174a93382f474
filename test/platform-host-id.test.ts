// The host id from each platform's machine identity, with the platform, the files and the command
// runner injected (what each platform really prints is reproduced below), plus this machine's own.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostId } from '../src/core/leases.js';
import { hostName } from '../src/core/platform/builtins.js';
import { readHostId, type HostIdSources } from '../src/core/platform/host-id.js';
import { rootOnly } from './helpers/root-only.js';
import { REPO_ROOT } from './helpers/runner.js';

const IOREG = `+-o J316sAP  <class IOPlatformExpertDevice, id 0x100000213, registered, matched, active, busy 0 (1 ms), retain 39>
    {
      "IOPolicyVersion" = 1
      "IOPlatformSerialNumber" = "C02XXXXXXXXX"
      "IOPlatformUUID" = "6F1C2A0E-58B4-5C1E-9A3B-0D8E2F4A7B91"
      "model" = <"MacBookPro18,2">
    }
`;
const REG = `\r
HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography\r
    MachineGuid    REG_SZ    8a4c7e2b-1f3d-4b6a-9c0e-5d7f2a1b3c4e\r
\r
`;

interface Calls {
  runs: string[];
  reads: string[];
}

function sources(
  platform: NodeJS.Platform,
  files: Record<string, string>,
  commands: Record<string, string> = {},
  calls: Calls = { runs: [], reads: [] },
): HostIdSources {
  return {
    platform,
    hostname: () => 'runner-01',
    readFile: (file) => {
      calls.reads.push(file);
      if (!(file in files)) throw Object.assign(new Error(`ENOENT ${file}`), { code: 'ENOENT' });
      return files[file];
    },
    run: (command, args) => {
      calls.runs.push([command, ...args].join(' '));
      if (!(command in commands)) throw new Error(`spawn ${command} ENOENT`);
      return commands[command];
    },
  };
}

const ID = /^runner-01\/[0-9a-f]{12}$/;

describe('host id', () => {
  it('Linux: /etc/machine-id, digested (the raw id never leaves the machine)', () => {
    const id = readHostId(
      sources('linux', { '/etc/machine-id': '3d1219c7c4c5404aaa1f6d2a48adfda4\n' }),
    );
    expect(id).toMatch(ID);
    expect(id).not.toContain('3d1219c7c4c5');
  });

  it('Linux: falls back to the D-Bus machine id, skipping an uninitialised /etc/machine-id', () => {
    const dbus = { '/var/lib/dbus/machine-id': '0f0e0d0c0b0a09080706050403020100\n' };
    const calls: Calls = { runs: [], reads: [] };
    const id = readHostId(
      sources('linux', { '/etc/machine-id': 'uninitialized\n', ...dbus }, {}, calls),
    );
    expect(calls.reads.slice(0, 2)).toEqual(['/etc/machine-id', '/var/lib/dbus/machine-id']);
    expect(id).toBe(readHostId(sources('linux', dbus)));
    expect(id).toMatch(ID);
  });

  it('macOS: IOPlatformUUID from ioreg', () => {
    const calls: Calls = { runs: [], reads: [] };
    const id = readHostId(sources('darwin', {}, { ioreg: IOREG }, calls));
    expect(calls.runs).toEqual(['ioreg -rd1 -c IOPlatformExpertDevice']);
    expect(id).toMatch(ID);
    // Case does not matter: the same UUID printed in lower case is the same host.
    expect(
      readHostId(
        sources('darwin', {}, { ioreg: IOREG.replace(/[0-9A-F-]{36}/, (u) => u.toLowerCase()) }),
      ),
    ).toBe(id);
  });

  it('macOS: two cloned Macs with one hostname get two ids', () => {
    const other = IOREG.replace('6F1C2A0E', '6F1C2A0F');
    expect(readHostId(sources('darwin', {}, { ioreg: IOREG }))).not.toBe(
      readHostId(sources('darwin', {}, { ioreg: other })),
    );
  });

  it("Windows: MachineGuid from the registry's 64-bit view", () => {
    const calls: Calls = { runs: [], reads: [] };
    const id = readHostId(sources('win32', {}, { reg: REG }, calls));
    expect(calls.runs).toEqual([
      'reg query HKLM\\SOFTWARE\\Microsoft\\Cryptography /v MachineGuid /reg:64',
    ]);
    expect(id).toMatch(ID);
    expect(calls.reads).toEqual([]); // no Linux file is consulted on Windows
  });

  it('the same identity gives the same id on every platform that reports it', () => {
    const guid = '8a4c7e2b-1f3d-4b6a-9c0e-5d7f2a1b3c4e';
    const win = readHostId(sources('win32', {}, { reg: REG }));
    const mac = readHostId(
      sources('darwin', {}, { ioreg: `"IOPlatformUUID" = "${guid.toUpperCase()}"` }),
    );
    expect(mac).toBe(win);
  });

  it('the hostname alone only when the platform has no usable identity', () => {
    expect(readHostId(sources('linux', {}))).toBe('runner-01');
    expect(readHostId(sources('darwin', {}, {}))).toBe('runner-01'); // ioreg missing
    expect(readHostId(sources('darwin', {}, { ioreg: '' }))).toBe('runner-01');
    expect(readHostId(sources('win32', {}, { reg: 'ERROR: access denied' }))).toBe('runner-01');
    expect(readHostId(sources('linux', { '/etc/machine-id': '0'.repeat(32) }))).toBe('runner-01');
  });

  it('this machine: the id hostId() uses, stable within the process', () => {
    expect(hostId()).toBe(readHostId());
    let machineId = '';
    try {
      machineId = readFileSync('/etc/machine-id', 'utf8').trim();
    } catch {
      // not Linux, or a container without one
    }
    if (process.platform === 'linux' && /^[0-9a-f]{32}$/.test(machineId)) {
      expect(hostId()).toMatch(new RegExp(`^${os.hostname()}/[0-9a-f]{12}$`));
    } else {
      expect(hostId().startsWith(os.hostname())).toBe(true);
    }
  });
});

describe('hostName', () => {
  it('is os.hostname(), here and in a host namespace of another name (read without node:os on Linux)', (c) => {
    expect(hostName()).toBe(os.hostname());
    if (process.platform !== 'linux') return;
    const why = rootOnly('a UTS namespace of its own');
    if (why) return c.skip(why);
    const name = `tc-uts-${process.pid}`;
    const script = `import('${path.join(REPO_ROOT, 'src/core/platform/builtins.ts')}').then((m) => console.log(JSON.stringify([m.hostName(), require('os').hostname()])))`;
    const out = execFileSync(
      'unshare',
      [
        '--uts',
        'sh',
        '-c',
        `hostname ${name} && "$0" --import tsx -e "$1"`,
        process.execPath,
        script,
      ],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual([name, name]);
  });
});

describe('system commands', () => {
  it('are run by absolute path, so a step with its own PATH gets the same answers', async () => {
    const { systemCommand } = await import('../src/core/platform/system-command.js');
    expect(systemCommand('reg', 'win32')).toMatch(/^[A-Za-z]:\\.*\\System32\\reg\.exe$/i);
    expect(systemCommand('powershell', 'win32')).toMatch(
      /\\System32\\WindowsPowerShell\\v1\.0\\powershell\.exe$/i,
    );
    if (process.platform === 'linux') expect(systemCommand('ps')).toMatch(/^\/(usr\/)?bin\/ps$/);
    expect(systemCommand('no-such-command')).toBe('no-such-command');
  });
});
