// Bundles as ASCII: every character outside ASCII becomes its \u escape (comments, strings, regular
// expressions, identifiers and template literals all read it as the same character). V8 keeps an
// ASCII source as one byte per character; one non-ASCII character anywhere (a "—" in a comment)
// makes the whole file two bytes per character, to decode, hash and keep in memory: a warm hit pays
// for that on every start (docs/design.md, "Start-up cost"). The one place an escape means something
// else is the raw text of a tagged template (String.raw`…`): those characters are left as they are.
import ts from 'typescript';

/** The [start, end) ranges of tagged templates' literals in `text` (JavaScript). */
function taggedTemplateRanges(text) {
  const ranges = [];
  const file = ts.createSourceFile(
    'bundle.js',
    text,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  );
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node))
      ranges.push([node.template.getStart(file), node.template.end]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

/** One code point as \u escapes of its UTF-16 units (two for an astral one). */
const escape = (char) =>
  [...Array(char.length).keys()]
    .map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`)
    .join('');

/**
 * `text` with each non-ASCII UTF-16 unit escaped, except inside tagged templates. A backslash right
 * before one (an identity escape, `"\é"`) is part of the escape it becomes. Returns the text and
 * how many characters were left as they were.
 */
export function asciiOnly(text) {
  if (!/[^\p{ASCII}]/u.test(text)) return { text, kept: 0 };
  const keep = taggedTemplateRanges(text);
  const inTagged = (i) => keep.some(([s, e]) => i >= s && i < e);
  let out = '';
  let kept = 0;
  let from = 0;
  for (const m of text.matchAll(/(\\*)([^\p{ASCII}])/gu)) {
    const at = m.index + m[1].length;
    if (inTagged(at)) {
      kept++;
      continue;
    }
    // An odd run of backslashes: the last one escapes this character; it joins the \u escape.
    const slashes = m[1].length % 2 ? m[1].slice(1) : m[1];
    out += text.slice(from, m.index) + slashes + escape(m[2]);
    from = at + m[2].length;
  }
  return { text: out + text.slice(from), kept };
}
