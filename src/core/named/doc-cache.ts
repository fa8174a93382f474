// The per-host cache of the vendors' documents (indexes, checksum files): `named/docs/<key>` in
// the cache root, one file per URL actually fetched (the mirror's when there is one), holding a
// line of JSON (the URL, when it was fetched, the ETag/Last-Modified to revalidate with) and the
// document's text. Only a document its vendor module parsed is stored. Written like stats.json
// (a temp file renamed over, 0664): any runner user of the group can read and replace it.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ensureDir, readFileIfExists, writeFileReplacingSync } from '../fsx.js';
import type { CacheLayout } from '../layout.js';

/** The largest document read or stored: nodejs.org's index is ~0.3 MB, go.dev's with every release ~2 MB. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export interface CachedDocument {
  url: string;
  /** ms since the epoch. */
  fetchedAt: number;
  etag?: string;
  lastModified?: string;
  text: string;
}

export const docsDir = (layout: CacheLayout): string => layout.namedDocsDir;
/** The file of `url`: a digest of it (URLs hold `/`, `?`, and may be long). */
export const docFile = (layout: CacheLayout, url: string): string =>
  path.join(docsDir(layout), createHash('sha256').update(url).digest('hex').slice(0, 32));

/** The cached copy of `url`, or undefined (missing, unreadable, another URL's, or malformed). */
export async function readCachedDocument(
  layout: CacheLayout,
  url: string,
): Promise<CachedDocument | undefined> {
  let raw: string | undefined;
  try {
    raw = await readFileIfExists(docFile(layout, url), MAX_DOCUMENT_BYTES + 64 * 1024);
  } catch {
    return undefined; // a link or a FIFO at the name: no copy (the next fetch replaces it)
  }
  if (raw === undefined) return undefined;
  const nl = raw.indexOf('\n');
  if (nl < 0) return undefined;
  try {
    const head = JSON.parse(raw.slice(0, nl)) as Omit<CachedDocument, 'text'>;
    if (head.url !== url || typeof head.fetchedAt !== 'number') return undefined;
    return {
      url,
      fetchedAt: head.fetchedAt,
      ...(typeof head.etag === 'string' && { etag: head.etag }),
      ...(typeof head.lastModified === 'string' && { lastModified: head.lastModified }),
      text: raw.slice(nl + 1),
    };
  } catch {
    return undefined;
  }
}

export async function writeCachedDocument(layout: CacheLayout, doc: CachedDocument): Promise<void> {
  await ensureDir(docsDir(layout));
  const { text, ...head } = doc;
  writeFileReplacingSync(docFile(layout, doc.url), `${JSON.stringify(head)}\n${text}`);
}
