// One way to show a URL: its userinfo (`user:pass@`) and its query string (signed URLs, tokens)
// become `***`. Every log line, error, warning, summary and statistic shows URLs through this,
// and the root stores only this form (registry.json, manifest.json): every local user can read
// them (docs/design.md, "Security model"). The download itself uses the real URL.

/** `https://user:pass@host/x.tar.gz?token=s#f` → `https://***@host/x.tar.gz?***#***`. */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return redactText(url);
  const u = new URL(url);
  if (!u.username && !u.password && !u.search && !u.hash) return url;
  const auth = u.username || u.password ? '***@' : '';
  const query = u.search ? '?***' : '';
  const fragment = u.hash ? '#***' : '';
  const authority = u.host ? `//${auth}${u.host}` : '';
  return `${u.protocol}${authority}${u.pathname}${query}${fragment}`;
}

/** The same, for text that is not a URL a parser takes (an invalid input, shown in its error). */
function redactText(text: string): string {
  return text
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@')
    .replace(/\?[^#]*/, '?***')
    .replace(/#.*$/s, '#***');
}
