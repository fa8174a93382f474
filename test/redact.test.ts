// redactUrl: the one form every URL is shown and stored in (no userinfo, no query string).
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../src/core/redact.js';
import { parseToolchains } from '../src/core/spec.js';
import { redactStoredUrls, emptyRegistry } from '../src/core/registry/schema.js';

describe('redactUrl', () => {
  it.each([
    [
      'https://user:pass@127.0.0.1:8080/x.tar.gz?token=secret',
      'https://***@127.0.0.1:8080/x.tar.gz?***',
    ],
    ['https://token@host/x.tar.gz', 'https://***@host/x.tar.gz'],
    ['https://host/x.tar.gz?X-Amz-Signature=abc&X-Amz-Credential=k', 'https://host/x.tar.gz?***'],
    ['https://host/x.tar.gz#frag', 'https://host/x.tar.gz#***'],
    ['https://host/dl/x.tar.gz', 'https://host/dl/x.tar.gz'],
    ['http://[::1]:8080/x?q=1', 'http://[::1]:8080/x?***'],
    // Not a URL a parser takes (shown in an input error): redacted by its shape.
    ['https://us er:p@ss@host/x?token=s', 'https://***@host/x?***'],
  ])('%s → %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
    expect(redactUrl(shown)).toBe(shown); // a stored, redacted URL stays as it is
  });

  it('keeps credentials out of input errors', async () => {
    const bad = 'ftp://user:pass@host/x.tar.gz?token=secret';
    const error = await parseToolchains(
      `- id: t-1\n  url: ${bad}\n  sha256: ${'a'.repeat(64)}\n`,
    ).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('ftp://***@host/x.tar.gz?***');
    expect(error?.message).not.toMatch(/pass|secret/);
  });

  it('strips credentials from registry entries written before URLs were stored redacted', () => {
    const doc = emptyRegistry();
    const entry = {
      sha256: 'a'.repeat(64),
      sizeBytes: 1,
      fileCount: 1,
      installedAt: '',
      lastUsedAt: '',
    };
    doc.entries.a = { ...entry, id: 'a', url: 'https://u:p@h/a.tgz?sig=s' };
    doc.entries.b = { ...entry, id: 'b', url: 'https://h/b.tgz' };
    redactStoredUrls(doc);
    expect(doc.entries.a.url).toBe('https://***@h/a.tgz?***');
    expect(doc.entries.b.url).toBe('https://h/b.tgz');
  });
});
