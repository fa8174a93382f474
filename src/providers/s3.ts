// `s3://BUCKET[/PREFIX]`: any S3-compatible store (AWS S3, MinIO, Ceph RGW, R2), through the AWS
// SDK, loaded only when a miss or a save needs it. Endpoint, region and credentials come from the
// standard AWS environment and credential chain; archives live at PREFIX/sha256/<hex>.
import type * as S3 from '@aws-sdk/client-s3';
import { promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openForWriting, openRegularFile, readRange, writeTo } from '../core/regular-file.js';
import { TooLongError, progressCounter } from './progress.js';
import { s3Syntax, type S3TierConfig } from './syntax.js';
import type { ArchiveRef, ProviderDefinition, StorageTier, TierCall } from './types.js';

export type { S3TierConfig };

export const s3Provider: ProviderDefinition<S3TierConfig> = {
  ...s3Syntax,
  create: (config) => s3Tier(config),
};

export const s3ObjectKey = (prefix: string, sha256: string): string =>
  `${prefix ? `${prefix}/` : ''}sha256/${sha256}`;

const customEndpoint = (): string | undefined =>
  process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL || undefined;

// Loaded on first use: a job whose toolchains are all on the host never loads the SDK.
let sdk: Promise<typeof S3> | undefined;
const loadSdk = (): Promise<typeof S3> => (sdk ??= import('@aws-sdk/client-s3'));

async function makeClient(timeoutMs: number): Promise<{ s3: typeof S3; client: S3.S3Client }> {
  const s3 = await loadSdk();
  const endpoint = customEndpoint();
  const client = new s3.S3Client({
    // S3-compatible servers usually live at one host name: address buckets by path there.
    forcePathStyle: endpoint !== undefined,
    ...(endpoint && { endpoint }),
    // The SDK needs a region even for stores that ignore it; AWS itself redirects to the right one.
    ...(!process.env.AWS_REGION && !process.env.AWS_DEFAULT_REGION && { region: 'us-east-1' }),
    followRegionRedirects: true,
    // Many S3-compatible servers reject the SDK's default flexible checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 2,
    requestHandler: { connectionTimeout: timeoutMs, socketTimeout: timeoutMs },
  });
  return { s3, client };
}

const isNotFound = (e: unknown): boolean => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata?.httpStatusCode === 404
  );
};

/** One tier's bucket and prefix, and its client (made on the first call, with that call's timeout). */
interface S3Target {
  bucket: string;
  key(ref: ArchiveRef): string;
  client(call: TierCall): ReturnType<typeof makeClient>;
}

export function s3Tier({ bucket, prefix, name }: S3TierConfig): StorageTier {
  let clientPromise: ReturnType<typeof makeClient> | undefined;
  const target: S3Target = {
    bucket,
    key: (ref) => s3ObjectKey(prefix, ref.sha256),
    client: (call) => (clientPromise ??= makeClient(call.timeoutMs)),
  };
  return {
    name,
    capabilities: s3Provider.capabilities,
    get: (ref, destFile, call) => getObject(target, ref, destFile, call),
    has: (ref, call) => hasObject(target, ref, call),
    put: (ref, file, call) => putObject(target, ref, file, call),
  };
}

/** Streams the object to `destFile`; false when the bucket does not have it. */
async function getObject(
  t: S3Target,
  ref: ArchiveRef,
  destFile: string,
  call: TierCall,
): Promise<boolean> {
  const { s3, client } = await t.client(call);
  let response: S3.GetObjectCommandOutput;
  try {
    response = await client.send(new s3.GetObjectCommand({ Bucket: t.bucket, Key: t.key(ref) }), {
      abortSignal: call.signal,
    });
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
  const body = response.Body as Readable;
  const what = `s3://${t.bucket}/${t.key(ref)}`;
  try {
    const declared = declaredLength(response.ContentLength, call.maxBytes, what);
    call.progress();
    const dest = await openForWriting(destFile);
    try {
      // Never past the declared length: a body that keeps coming is an error, not progress.
      const counter = progressCounter(call, declared, `the body of ${what}`);
      await pipeline(body, counter, writeTo(dest), { signal: call.signal });
      const { size } = await dest.stat();
      if (size !== declared)
        throw new Error(`${what}: the body ended after ${size} of ${declared} declared bytes`);
    } finally {
      await dest.close();
    }
  } catch (e) {
    body.destroy();
    await fs.rm(destFile, { force: true });
    throw e;
  }
  return true;
}

/** The object's declared length, refused when missing or larger than the host's archive bound. */
function declaredLength(length: number | undefined, maxBytes: number, what: string): number {
  if (length === undefined || !Number.isSafeInteger(length) || length < 0)
    throw new Error(`${what}: the response declares no length; refused`);
  if (length > maxBytes) throw new TooLongError(`${what} (declared ${length} bytes)`, maxBytes);
  return length;
}

async function hasObject(t: S3Target, ref: ArchiveRef, call: TierCall): Promise<boolean> {
  const { s3, client } = await t.client(call);
  try {
    await client.send(new s3.HeadObjectCommand({ Bucket: t.bucket, Key: t.key(ref) }), {
      abortSignal: call.signal,
    });
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

/** Multipart for large archives, a few parts in memory at a time: never the whole archive. */
async function putObject(t: S3Target, ref: ArchiveRef, file: string, call: TierCall) {
  const { client } = await t.client(call);
  const { Upload } = await import('@aws-sdk/lib-storage');
  // The staged archive as a regular file, no further than its size at open.
  const source = await openRegularFile(file);
  const upload = new Upload({
    client,
    params: { Bucket: t.bucket, Key: t.key(ref), Body: readRange(source.handle, 0, source.size) },
    queueSize: 4,
    partSize: 8 * 1024 * 1024,
  });
  upload.on('httpUploadProgress', () => call.progress());
  const abort = (): void => void upload.abort().catch(() => undefined);
  call.signal.addEventListener('abort', abort, { once: true });
  try {
    await upload.done();
  } finally {
    call.signal.removeEventListener('abort', abort);
    await source.handle.close();
  }
}
