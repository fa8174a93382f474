// A step's bundle entry as a CommonJS script (docs/design.md, "Start-up cost"). ncc makes an ES
// module of it (the sources and the ESM-only @actions/* packages are ESM), but Node 20 starts a
// CommonJS entry ~10 ms sooner: no module loader, resolver or URL work before the first line. The
// entry holds only the bundle's runtime, the loader of its chunks and Node builtins; the chunks
// stay ES modules (the bundle's package.json says so), loaded by the code cache's loader or by the
// runtime's `import()`, which a CommonJS script has too. So the only module syntax to turn is the
// one import of `createRequire` and `import.meta.url`; anything else (an `export`, a top-level
// `await`) fails the build, as does a result that does not compile as a script.
import { Script } from 'node:vm';
import Module from 'node:module';

const IMPORT_LINE = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";\n';
const EXTERNAL_REQUIRE = '__WEBPACK_EXTERNAL_createRequire(import.meta.url)';
/** Replaces the import, on its line: stack traces keep the module's line numbers. */
const PRELUDE = '"use strict";const __entryUrl = require("url").pathToFileURL(__filename).href;\n';

/** The CommonJS form of ncc's ES-module entry `source`; throws when it has other module syntax. */
export function commonJsEntry(source) {
  if (!source.startsWith(IMPORT_LINE))
    throw new Error(`a step's entry does not start with ncc's import of createRequire`);
  // Builtins are required directly (one require function, not one made per builtin).
  const text =
    PRELUDE +
    source
      .slice(IMPORT_LINE.length)
      .replaceAll(EXTERNAL_REQUIRE, 'require')
      .replaceAll('import.meta.url', '__entryUrl');
  // Compiled as Node will (in the CommonJS wrapper): an import, an export, `import.meta` or a
  // top-level await left in it is a syntax error here, not on a runner.
  try {
    new Script(Module.wrap(text), { filename: 'index.cjs' });
  } catch (e) {
    throw new Error(`a step's entry is not a CommonJS script once turned: ${e.message}`);
  }
  return text;
}
