// HTML for the job summary (GitHub renders a step summary's HTML): escaping, and lists of ids that
// stay short whatever their length. No @actions/* here: the GC report renders through it in core.

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** At most `max` ids as code, then "… and N more" and where to find them all. */
export function codeList(ids: string[], max: number, fullListIn: string): string {
  const shown = ids.slice(0, max).map((id) => `<code>${escapeHtml(id)}</code>`);
  const more = ids.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` … and ${more} more (listed in ${fullListIn})` : '');
}

/** At most `max` items as they are, then one item saying how many more there are. */
export function capped(items: string[], max: number, what: string, fullListIn: string): string[] {
  const more = items.length - max;
  return more > 0
    ? [...items.slice(0, max), `… and ${more} more ${what} (see ${fullListIn}).`]
    : items;
}
