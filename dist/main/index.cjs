"use strict";const __entryUrl = require("url").pathToFileURL(__filename).href;
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = require("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = require("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = require("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 3774:
/***/ ((module) => {

module.exports = require("stream/web");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = require("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ }),

/***/ 9982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ CodePath),
/* harmony export */   Gl: () => (/* binding */ installChunkCodeCache),
/* harmony export */   nw: () => (/* binding */ noteCodePath)
/* harmony export */ });
/* unused harmony exports HEADER_BYTES, MAX_CODE_CACHE_BYTES, rewriteWith, readRegularFile, unseal, sealedPaths, seal, pruneCacheDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4573);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _core_platform_builtins_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3519);
/* harmony import */ var _core_compile_cache_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3091);





function crc32Function() {
    const pending = /--pending-deprecation/.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`);
    try {
        const bind = process.binding;
        const native = pending ? undefined : bind?.('zlib');
        const crc32 = native?.crc32;
        if (typeof crc32 === 'function')
            return (data) => crc32(data, 0) >>> 0;
    }
    catch {
    }
    const crc32 = (0,_core_platform_builtins_js__WEBPACK_IMPORTED_MODULE_3__/* .builtin */ .S2)('node:zlib').crc32;
    return typeof crc32 === 'function' ? crc32 : undefined;
}
const CHUNK_HEAD = /^export const id = ([\w"']+);\nexport const ids = (\[[^\]\n]*\]);\nexport const modules = \{/;
const MAGIC = 0x32434354;
const HEADER_BYTES = 20;
const CodePath = { Named: 1, Miss: 2 };
let pathsRun = 0;
function noteCodePath(path) {
    pathsRun |= path;
}
const MAX_CODE_CACHE_BYTES = 32 << 20;
const TEMP_MAX_AGE_MS = 3600_000;
const FILE_MODE = 0o600;
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const vm = () => (0,_core_platform_builtins_js__WEBPACK_IMPORTED_MODULE_3__/* .builtin */ .S2)('node:vm');
function installChunkCodeCache(runtime, bundleDir, cacheDir) {
    const fallback = runtime.f.j;
    const crc32 = crc32Function();
    if (typeof fallback !== 'function' || crc32 === undefined)
        return () => undefined;
    const loaded = new Set();
    const toWrite = [];
    runtime.f.j = (chunkId, promises) => {
        if (loaded.has(chunkId))
            return;
        const compiled = loadChunk(runtime, node_path__WEBPACK_IMPORTED_MODULE_2__.join(bundleDir, runtime.u(chunkId)), cacheDir, crc32);
        if (compiled === undefined)
            return fallback(chunkId, promises);
        loaded.add(chunkId);
        toWrite.push(compiled);
    };
    return () => {
        for (const c of toWrite.splice(0)) {
            if (c.missMade && pathsRun & CodePath.Miss)
                continue;
            const paths = rewriteWith(c.cachedPaths, pathsRun);
            if (paths !== undefined)
                writeCache(c, crc32, paths);
        }
    };
}
function rewriteWith(cached, run) {
    if (cached === undefined)
        return run;
    if (run & CodePath.Miss)
        return undefined;
    const fresh = run & ~cached;
    return fresh !== 0 ? cached | fresh : undefined;
}
function loadChunk(runtime, file, cacheDir, crc32) {
    try {
        const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
        const source = bytes.toString((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isAscii)(bytes) ? 'latin1' : 'utf8');
        if (source.includes('import.meta') || !CHUNK_HEAD.test(source))
            return undefined;
        const sourceCrc = crc32(bytes);
        const bundle = node_path__WEBPACK_IMPORTED_MODULE_2__.basename(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file));
        const cacheFile = node_path__WEBPACK_IMPORTED_MODULE_2__.join(cacheDir, `${bundle}-${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}-${bytes.length}-${sourceCrc.toString(16)}.bin`);
        const cacheBytes = readRegularFile(cacheFile, MAX_CODE_CACHE_BYTES);
        const unsealed = unseal(cacheBytes, sourceCrc, crc32);
        const missMade = unsealed !== undefined && (sealedPaths(cacheBytes) & CodePath.Miss) !== 0;
        const cachedData = missMade ? undefined : unsealed;
        const head = CHUNK_HEAD.exec(source);
        const wrapped = `(function (__chunk) {"use strict";__chunk.id = ${head[1]};\n__chunk.ids = ${head[2]};\n__chunk.modules = {` +
            source.slice(head[0].length) +
            '\n})';
        const script = new (vm().Script)(wrapped, { filename: file, cachedData });
        const chunk = {};
        script.runInThisContext()(chunk);
        for (const [id, factory] of Object.entries(chunk.modules ?? {}))
            runtime.m[id] = factory;
        const used = cachedData && cacheBytes && !script.cachedDataRejected;
        return {
            script,
            cacheFile,
            sourceCrc,
            ...(used && { cachedPaths: sealedPaths(cacheBytes) }),
            ...(missMade && { missMade }),
        };
    }
    catch {
        return undefined;
    }
}
function readRegularFile(file, cap) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    }
    catch {
        return undefined;
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile() || st.size > cap)
            return undefined;
        const buf = Buffer.allocUnsafe(st.size);
        let got = 0;
        for (let n = -1; got < st.size && n !== 0; got += n)
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, got, st.size - got, got);
        return got === st.size ? buf : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function unseal(file, sourceCrc, crc32) {
    if (!file || file.length < HEADER_BYTES || file.readUInt32LE(0) !== MAGIC)
        return undefined;
    const data = file.subarray(HEADER_BYTES);
    const ok = file.readUInt32LE(4) === sourceCrc &&
        file.readUInt32LE(12) === data.length &&
        file.readUInt32LE(8) === dataCheck(data, file.subarray(16, HEADER_BYTES), crc32);
    return ok ? data : undefined;
}
const sealedPaths = (file) => file.readUInt32LE(16);
const dataCheck = (data, paths, crc32) => (crc32(data) ^ crc32(paths)) >>> 0;
function seal(data, sourceCrc, crc32, paths = 0) {
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(sourceCrc >>> 0, 4);
    header.writeUInt32LE(data.length, 12);
    header.writeUInt32LE(paths >>> 0, 16);
    header.writeUInt32LE(dataCheck(data, header.subarray(16, HEADER_BYTES), crc32), 8);
    return Buffer.concat([header, data]);
}
function writeCache({ script, cacheFile, sourceCrc }, crc32, paths) {
    const tmp = `${cacheFile}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
        const content = seal(script.createCachedData(), sourceCrc, crc32, paths);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | NO_FOLLOW, FILE_MODE);
        try {
            if (process.platform !== 'win32')
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, FILE_MODE);
            for (let at = 0; at < content.length;)
                at += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, content, at);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        replace(tmp, cacheFile);
        pruneCacheDir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(cacheFile), node_path__WEBPACK_IMPORTED_MODULE_2__.basename(cacheFile), Date.now());
    }
    catch {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        }
        catch {
        }
    }
}
function replace(tmp, file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
    }
    catch {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { recursive: true, force: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
    }
}
function pruneCacheDir(dir, kept, now) {
    const chunkName = kept.replace(/-\d+-[0-9a-f]+\.bin$/, '-');
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)) {
        if (name === kept)
            continue;
        try {
            const age = now - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name)).mtimeMs;
            const temp = name.includes('.tmp-');
            const stale = age > (temp ? TEMP_MAX_AGE_MS : _core_compile_cache_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .CODE_CACHE_MAX_AGE_MS */ .T);
            const otherVersion = !temp && name.startsWith(chunkName);
            if (stale || otherVersion)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name), { recursive: true, force: true });
        }
        catch {
        }
    }
}


/***/ }),

/***/ 9088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ codeCacheHome),
/* harmony export */   PX: () => (/* binding */ userCacheBase),
/* harmony export */   XK: () => (/* binding */ privateDir)
/* harmony export */ });
/* unused harmony exports CODE_CACHE_HOME_NAME, PRIVATE_DIR_MODE, isPrivateDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);


const CODE_CACHE_HOME_NAME = 'toolchain-cache';
const PRIVATE_DIR_MODE = 0o700;
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0;
const STICKY = 0o1000;
const OTHERS_WRITE = 0o022;
function userCacheBase(env = process.env, platform = process.platform) {
    const paths = platform === 'win32' ? node_path__WEBPACK_IMPORTED_MODULE_1__.win32 : node_path__WEBPACK_IMPORTED_MODULE_1__.posix;
    const absolute = (p) => p && paths.isAbsolute(p) ? paths.normalize(p) : undefined;
    if (platform === 'win32')
        return absolute(env.LOCALAPPDATA);
    const xdg = absolute(env.XDG_CACHE_HOME);
    if (xdg)
        return xdg;
    const home = absolute(env.HOME);
    return home && paths.join(home, '.cache');
}
const isPrivateDir = (st, euid) => st.isDirectory() && st.uid === euid && (st.mode & OTHERS_WRITE) === 0;
const isSafeAncestor = (st, euid) => st.isDirectory() &&
    (st.uid === 0 || st.uid === euid) &&
    ((st.mode & OTHERS_WRITE) === 0 || (st.mode & STICKY) !== 0);
function codeCacheHome(env = process.env, platform = process.platform) {
    try {
        const base = userCacheBase(env, platform);
        if (!base)
            return undefined;
        if (platform === 'win32') {
            const home = node_path__WEBPACK_IMPORTED_MODULE_1__.win32.join(base, CODE_CACHE_HOME_NAME);
            return windowsDir(base) && windowsDir(home) ? home : undefined;
        }
        const real = realBase(base);
        if (!ancestorsSafe(real))
            return undefined;
        const home = node_path__WEBPACK_IMPORTED_MODULE_1__.join(real, CODE_CACHE_HOME_NAME);
        return privateDir(home, platform) ? home : undefined;
    }
    catch {
        return undefined;
    }
}
function privateDir(dir, platform = process.platform) {
    if (platform === 'win32')
        return windowsDir(dir);
    try {
        const euid = process.geteuid?.();
        if (euid === undefined)
            return false;
        const fd = openOrCreateDir(dir);
        try {
            return isPrivateDir((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd), euid);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch {
        return false;
    }
}
function realBase(base) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(base);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(openOrCreateDir(base));
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(base);
}
const openDir = (dir) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
function openOrCreateDir(dir) {
    try {
        return openDir(dir);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { mode: PRIVATE_DIR_MODE });
    const fd = openDir(dir);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, PRIVATE_DIR_MODE);
    return fd;
}
function windowsDir(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir);
    }
    catch (e) {
        if (e.code !== 'EEXIST')
            return false;
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir).isDirectory();
}
function ancestorsSafe(dir) {
    const euid = process.geteuid?.();
    if (euid === undefined)
        return false;
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        if (!isSafeAncestor((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(d), euid))
            return false;
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d) === d)
            return true;
    }
}


/***/ }),

/***/ 3091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ CODE_CACHE_MAX_AGE_MS),
/* harmony export */   k: () => (/* binding */ COMPILE_CACHE_DIR)
/* harmony export */ });
const COMPILE_CACHE_DIR = 'compile-cache';
const CODE_CACHE_MAX_AGE_MS = 30 * 24 * 3600_000;


/***/ }),

/***/ 3519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ streamPromises),
/* harmony export */   Et: () => (/* binding */ crypto),
/* harmony export */   S2: () => (/* binding */ builtin),
/* harmony export */   Sm: () => (/* binding */ hostName),
/* harmony export */   Td: () => (/* binding */ stream),
/* harmony export */   os: () => (/* binding */ os)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);


let requireBuiltin;
function builtin(id) {
    if (!requireBuiltin) {
        const get = process.getBuiltinModule;
        requireBuiltin =
            typeof get === 'function'
                ? get.bind(process)
                : (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(`${process.cwd()}/`);
    }
    return requireBuiltin(id);
}
const crypto = () => builtin('node:crypto');
const os = () => builtin('node:os');
const stream = () => builtin('node:stream');
let cachedHostName;
function hostName() {
    if (cachedHostName === undefined) {
        let name = '';
        if (process.platform === 'linux') {
            try {
                name = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/sys/kernel/hostname', 'utf8').replace(/\n$/, '');
            }
            catch {
            }
        }
        cachedHostName = name || os().hostname();
    }
    return cachedHostName;
}
const streamPromises = () => builtin('node:stream/promises');


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', __entryUrl).pathname).slice(__entryUrl.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./lib/action/chunk-code-cache.js
var chunk_code_cache = __nccwpck_require__(9982);
// EXTERNAL MODULE: ./lib/action/code-cache-home.js
var code_cache_home = __nccwpck_require__(9088);
;// CONCATENATED MODULE: ./lib/action/compile-cache.js




function enableCompileCache(env = process.env) {
    try {
        const home = (0,code_cache_home/* codeCacheHome */.J)(env);
        return home ? enableChunkCodeCache(home) : undefined;
    }
    catch {
        return undefined;
    }
}
function enableChunkCodeCache(home) {
    if (false)
        {}
    const cacheDir = external_node_path_.join(home, `chunks-${process.version}-${process.arch}`);
    if (!(0,code_cache_home/* privateDir */.XK)(cacheDir))
        return undefined;
    const bundleDir = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(__entryUrl));
    const flush = (0,chunk_code_cache/* installChunkCodeCache */.Gl)(__nccwpck_require__, bundleDir, cacheDir);
    process.once('exit', flush);
    return cacheDir;
}

;// CONCATENATED MODULE: ./lib/main.js

enableCompileCache();
void __nccwpck_require__.e(/* import() */ 387).then(__nccwpck_require__.bind(__nccwpck_require__, 5387)).then(({ runMain }) => runMain());

