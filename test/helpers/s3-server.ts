// A real S3-compatible server for tests: s3rver in a separate process on 127.0.0.1, with the
// objects in a directory the test can inspect and tamper with, and the AWS environment a job
// (or the SDK in the test process) needs to reach it.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROCESS = path.join(path.dirname(fileURLToPath(import.meta.url)), 's3rver-process.mjs');

export interface S3TestServer {
  endpoint: string;
  /** AWS_* variables for a client of this server. */
  env: Record<string, string>;
  /** The file s3rver keeps an object's bytes in. */
  objectFile(bucket: string, key: string): string;
  listKeys(bucket: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function startS3Server(buckets: string[]): Promise<S3TestServer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tc-s3rver-'));
  const child: ChildProcess = spawn(process.execPath, [PROCESS, dir, ...buckets], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`s3rver exited (${code}) before listening`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const listKeys = async (bucket: string): Promise<string[]> => {
    const keys: string[] = [];
    const walk = async (d: string, rel: string): Promise<void> => {
      for (const e of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) await walk(path.join(d, e.name), r);
        else if (e.name.endsWith('._S3rver_object')) keys.push(r.replace(/\._S3rver_object$/, ''));
      }
    };
    await walk(path.join(dir, bucket), '');
    return keys.sort();
  };
  return {
    endpoint,
    env: {
      AWS_ENDPOINT_URL_S3: endpoint,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1',
    },
    objectFile: (bucket, key) => path.join(dir, bucket, `${key}._S3rver_object`),
    listKeys,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
