#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 4248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(3313);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(3502);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(4248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263a\u263b` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000\u263a\u263b\u2665\u2666\u2663\u2660\u2022\u25d8\u25cb\u25d9\u2642\u2640\u266a\u266b\u263c\u25ba\u25c4\u2195\u203c\u00b6\u00a7\u25ac\u21a8\u2191\u2193\u2192\u2190\u221f\u2194\u25b2\u25bc !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3774:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/web");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 518:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6146);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __nccwpck_require__(5888);
// EXTERNAL MODULE: ./lib/core/layout.js + 1 modules
var core_layout = __nccwpck_require__(2761);
// EXTERNAL MODULE: ./lib/core/lock/stale.js
var stale = __nccwpck_require__(4254);
;// CONCATENATED MODULE: ./lib/core/doctor/checks.js



const NFS_MIN_LOCK_STALE_MS = 120_000;
const octal = (mode) => mode.toString(8).padStart(4, '0');
const word = (s) => /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
function diagnose(f) {
    const problems = [
        ...rootProblems(f),
        ...modeProblems(f),
        ...groupProblems(f),
        ...layoutProblems(f),
        ...settingsProblems(f),
        ...spaceProblems(f),
        ...mountProblems(f),
        ...lockProblems(f),
        ...leftoverProblems(f),
        ...unreadableProblems(f),
        ...treeProblems(f),
    ];
    return {
        healthy: problems.length === 0,
        root: f.root,
        rootFrom: f.rootFrom,
        checked: checked(f),
        problems,
    };
}
function rootProblems(f) {
    const p = f.rootPath;
    const where = `(it came from ${f.rootFrom})`;
    switch (p.kind) {
        case 'directory':
            return [];
        case 'symlink':
            return [
                {
                    subject: f.root,
                    problem: `the cache root is a symlink to ${p.target ?? '?'}, which every job refuses ${where}`,
                    fix: `name the real directory instead: set ${f.rootFrom === '--root' ? 'TOOLCHAIN_CACHE_ROOT (or cacheRoot in the host configuration file)' : f.rootFrom} to ${p.target ?? 'its target'}`,
                },
            ];
        case 'missing':
            return [
                {
                    subject: f.root,
                    problem: `the cache root does not exist ${where}`,
                    fix: "create it as root: install -d -m 2775 -g <the runners' group> " + word(f.root),
                },
            ];
        case 'unreachable':
            return [
                {
                    subject: f.root,
                    problem: 'the cache root cannot be reached by this user (a directory above it is not searchable)',
                    fix: "make every directory above it searchable by the runners' group (chmod g+x or o+x), or run doctor as root",
                },
            ];
        default:
            return [
                {
                    subject: f.root,
                    problem: `the cache root is not a directory ${where}`,
                    fix: "move it aside and create the directory: install -d -m 2775 -g <the runners' group> " +
                        word(f.root),
                },
            ];
    }
}
function modeProblems(f) {
    const out = [];
    for (const d of f.dirs) {
        if (d.kind === 'symlink' || (d.kind !== 'directory' && d.kind !== 'missing')) {
            out.push({
                subject: d.path,
                problem: `is ${d.kind === 'symlink' ? `a symlink (to ${d.target ?? '?'})` : 'not a directory'}; every job refuses a root with one`,
                fix: `remove it (toolchain-cache makes it again) and check who can write ${word(f.dirs[0]?.path ?? f.root)}`,
            });
            continue;
        }
        if (d.kind !== 'directory' || d.mode === undefined)
            continue;
        const missing = [];
        if ((d.mode & 0o070) !== 0o070)
            missing.push('group rwx');
        if ((d.mode & 0o2000) === 0)
            missing.push('set-gid');
        const worldWritable = (d.mode & 0o002) !== 0;
        if (!missing.length && !worldWritable)
            continue;
        const fix = [
            ...(missing.includes('group rwx') ? [`chmod g+rwx ${word(d.path)}`] : []),
            ...(missing.includes('set-gid') ? [`chmod g+s ${word(d.path)}`] : []),
            ...(worldWritable ? [`chmod o-w ${word(d.path)}`] : []),
        ];
        out.push({
            subject: d.path,
            problem: `mode ${octal(d.mode)}, group ${d.group ?? d.gid}: ` +
                [
                    ...(missing.length
                        ? [`lacks ${missing.join(' and ')}, which other runner users need (documented: 2775)`]
                        : []),
                    ...(worldWritable ? ['writable by every user of the host'] : []),
                ].join('; '),
            fix: `as root: ${fix.join(' && ')} (or for the whole root: chgrp -R <the runners' group> ${word(f.dirs[0].path)} && find ${word(f.dirs[0].path)} -type d -exec chmod g+rwxs,o-w {} +)`,
        });
    }
    return out;
}
function groupProblems(f) {
    const root = f.dirs[0];
    if (!root || root.gid === undefined)
        return [];
    return (f.runnerUsers
        .filter((u) => u.inGroup === false && u.uid !== 0 && u.uid !== root.uid)
        .map((u) => ({
        subject: u.dir,
        problem: `the runner's user ${u.user} (the owner of its directory) is not in the group ${root.group ?? root.gid} of the cache root: its jobs fail with EACCES on what other runners made`,
        fix: `as root: usermod -aG ${word(root.group ?? String(root.gid))} ${word(u.user)}, then restart that runner (its service), which only then gets the group`,
    })));
}
function layoutProblems(f) {
    if (f.rootPath.kind !== 'directory' && f.rootPath.kind !== 'symlink')
        return [];
    const file = `${f.dirs[0]?.path ?? f.root}/layout.json`;
    if (f.layoutVersion === core_layout/* LAYOUT_VERSION */.w9)
        return [];
    if (f.layoutVersion === 'missing')
        return f.toolchains > 0
            ? [
                {
                    subject: file,
                    problem: 'missing while toolchains are installed: every job takes this for a root of the first layout and refuses it',
                    fix: `give this release an empty cache root of its own, or restore layout.json ({"layoutVersion": ${core_layout/* LAYOUT_VERSION */.w9}})`,
                },
            ]
            : [];
    return [
        {
            subject: file,
            problem: f.layoutVersion === 'unreadable'
                ? 'unreadable: every job refuses the root'
                : `layout version ${f.layoutVersion}, but this toolchain-cache uses ${core_layout/* LAYOUT_VERSION */.w9}: every job refuses the root`,
            fix: 'use the same release of toolchain-cache in every workflow of this host, or give this release its own cache root',
        },
    ];
}
function settingsProblems(f) {
    const out = [];
    if (f.host.error)
        out.push({
            subject: f.host.file,
            problem: f.host.error,
            fix: 'fix the file (every job on this host fails on it)',
        });
    for (const s of f.settings)
        for (const e of s.errors)
            out.push({
                subject: s.source,
                problem: e,
                fix: 'fix the value there and restart the runner',
            });
    if (f.settings.length > 1) {
        const keys = [...new Set(f.settings.flatMap((s) => Object.keys(s.variables)))].sort();
        for (const key of keys) {
            const values = new Set(f.settings.map((s) => s.variables[key]));
            if (values.size < 2)
                continue;
            out.push({
                subject: key,
                problem: `the runners differ: ${f.settings.map((s) => `${s.source}: ${s.variables[key] ?? '(unset)'}`).join('; ')}`,
                fix: `give every runner the same ${key} (or set it in the host configuration file ${f.host.file}), then restart them`,
            });
        }
    }
    if (!f.host.config.cacheRoot) {
        for (const s of f.settings) {
            if (f.settingsFromEnvironment && !s.root)
                continue;
            if (s.root === f.dirs[0]?.path || s.root === f.root)
                continue;
            out.push({
                subject: s.source,
                problem: s.root
                    ? `its jobs use the cache root ${s.root} (${s.rootFrom}), not ${f.root}`
                    : `names no cache root: its jobs use their own $RUNNER_TOOL_CACHE/toolchain-cache, not ${f.root}`,
                fix: `set TOOLCHAIN_CACHE_ROOT=${f.root} there (or cacheRoot in ${f.host.file}), then restart the runner`,
            });
        }
    }
    return out;
}
const maxSizeOf = (f, s) => f.host.config.maxSizeBytes ?? s?.maxSizeBytes;
function spaceProblems(f) {
    if (f.freeBytes === null)
        return [];
    const bounds = new Set(f.settings.length ? f.settings.map((s) => maxSizeOf(f, s)) : [maxSizeOf(f)]);
    const out = [];
    for (const bound of bounds) {
        if (bound === undefined)
            continue;
        const room = f.registeredBytes + f.freeBytes;
        if (room >= bound)
            continue;
        out.push({
            subject: f.dirs[0]?.path ?? f.root,
            problem: `its file system has ${(0,format/* formatBytes */.z3)(f.freeBytes)} free for ${(0,format/* formatBytes */.z3)(f.registeredBytes)} cached: the size bound ${(0,format/* formatBytes */.z3)(bound)} ` +
                `(${f.host.config.maxSizeBytes !== undefined ? f.host.file : 'TOOLCHAIN_CACHE_MAX_SIZE'}) cannot be reached before the disk is full`,
            fix: `lower the bound to at most ${(0,format/* formatBytes */.z3)(room)} (maxSize in ${f.host.file}, or TOOLCHAIN_CACHE_MAX_SIZE in each runner's .env), or free space on that file system`,
        });
    }
    return out;
}
const staleOf = (f, s) => f.host.config.lockStaleMs ?? s?.lockStaleMs ?? stale/* DEFAULT_LOCK_STALE_MS */.xL;
const isNfs = (fsType) => /^nfs/i.test(fsType ?? '');
function mountProblems(f) {
    if (!isNfs(f.fsType))
        return [];
    const sources = f.settings.length ? f.settings : [undefined];
    return sources
        .filter((s) => staleOf(f, s) < NFS_MIN_LOCK_STALE_MS)
        .map((s) => ({
        subject: s?.source ?? f.root,
        problem: `the cache root is on ${f.fsType}, but the lock stale time is ${staleOf(f, s) / 1000} s: a lock holder's heartbeat can look stopped to another host`,
        fix: `set ${stale/* LOCK_STALE_ENV */._q}=${NFS_MIN_LOCK_STALE_MS / 1000} in every runner's .env (or "lockStale": ${NFS_MIN_LOCK_STALE_MS / 1000} in ${f.host.file}), then restart the runners`,
    }));
}
function lockProblems(f) {
    return f.locks
        .filter((l) => l.holderAlive === false || l.silentMs > l.staleMs)
        .map((l) => {
        const who = l.pid !== undefined
            ? `pid ${l.pid} on ${l.host ?? '?'}${l.holder ? ` (${l.holder})` : ''}`
            : 'a holder that never wrote its record';
        const why = l.holderAlive === false
            ? 'which is no longer running'
            : `silent for ${Math.round(l.silentMs / 1000)} s (stale after ${l.staleMs / 1000} s)`;
        return {
            subject: `locks/${l.name}`,
            problem: `held by ${who}${l.since ? ` since ${l.since}` : ''}, ${why}`,
            fix: l.holderAlive === false
                ? 'nothing blocks on it for long: the next job or `toolchain-cache gc` takes it over once it is stale; if it keeps coming back, a job is being killed mid-install (see the runner logs)'
                : `if ${l.pid !== undefined ? `pid ${l.pid}` : 'its holder'} hangs, stop it; the next job then takes the lock over`,
        };
    });
}
function leftoverProblems(f) {
    const root = f.dirs[0]?.path ?? f.root;
    return [
        ...f.trash.map((name) => ({
            subject: `${root}/trash/${name}`,
            problem: 'left in the trash by a GC or an install that did not finish',
            fix: '`toolchain-cache gc` deletes it',
        })),
        ...f.staleStaging.map((name) => ({
            subject: `${root}/staging/${name}`,
            problem: 'a staging directory more than a day old: its install died',
            fix: '`toolchain-cache gc` deletes it',
        })),
    ];
}
function unreadableProblems(f) {
    return f.unreadableUses.map((u) => ({
        subject: u.id,
        problem: `${u.records} use record(s) this user cannot read${u.owners.length ? ` (owned by ${u.owners.join(', ')})` : ''}: ${u.files.slice(0, 3).join(', ')}${u.files.length > 3 ? ', \u2026' : ''}; ` +
            'each counts as a live use, so GC never removes this toolchain',
        fix: `run \`toolchain-cache gc\` as root (it can read them, and reclaims those of finished jobs), or have ${u.owners.length ? u.owners.join(', ') : 'their owner'} make them group-readable (chmod g+r)`,
    }));
}
function treeProblems(f) {
    const out = [];
    const deep = new Map((f.deep ?? []).map((d) => [d.id, d.problems]));
    for (const t of f.trees) {
        const byContent = deep.get(t.id) ?? [];
        if (t.problem === undefined && byContent.length === 0)
            continue;
        const what = [
            ...(t.problem !== undefined ? [`not as it was installed (${t.problem})`] : []),
            ...(byContent.length
                ? [
                    `differs from its manifest: ${byContent.slice(0, 3).join('; ')}${byContent.length > 3 ? '; \u2026' : ''}`,
                ]
                : []),
        ].join('; ');
        out.push({
            subject: t.id,
            problem: what,
            fix: `find out who changed it (\`toolchain-cache verify\` names every file), then \`toolchain-cache remove ${t.id}\` (the next job installs it again)`,
        });
    }
    const root = f.dirs[0]?.path ?? f.root;
    for (const id of f.unregistered)
        out.push({
            subject: `${root}/toolchains/${id}`,
            problem: 'a tree the registry does not name',
            fix: '`toolchain-cache repair` registers it when its install receipt vouches for it; otherwise remove it',
        });
    return out;
}
function checked(f) {
    const settings = f.settingsFromEnvironment
        ? "host settings from this shell's environment (no --runner-dir given)"
        : `host settings of ${f.settings.length} runner(s) (${f.settings.map((s) => s.source).join(', ')})`;
    const bound = maxSizeOf(f, f.settings[0]);
    return [
        `the cache root ${f.dirs[0]?.path ?? f.root} (from ${f.rootFrom}): a real directory`,
        `modes of ${f.dirs.length} director${f.dirs.length === 1 ? 'y' : 'ies'} (group rwx, set-gid, not world-writable)`,
        `layout version ${core_layout/* LAYOUT_VERSION */.w9}`,
        `free space: ${f.freeBytes === null ? 'unknown' : (0,format/* formatBytes */.z3)(f.freeBytes)}${bound !== undefined ? ` for a size bound of ${(0,format/* formatBytes */.z3)(bound)}` : ' (no size bound set)'}`,
        `file system: ${f.fsType ?? 'unknown'} (${f.fsTypeVia}); lock stale time ${staleOf(f, f.settings[0]) / 1000} s`,
        settings,
        `${f.locks.length} held lock(s)`,
        'trash and staging leftovers',
        'use records',
        `${f.trees.length} toolchain(s) against their hit-check record${f.deep ? ' and, by content, their manifest' : ''}`,
    ];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/dir-handle.js
var dir_handle = __nccwpck_require__(7455);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./lib/core/gc-plan.js

const DAY_MS = 24 * 3600_000;
const lastUsedMs = (e) => {
    const t = Date.parse(e.lastUsedAt);
    return Number.isNaN(t) ? 0 : t;
};
function lruOrder(entries) {
    return [...entries].sort((a, b) => lastUsedMs(a) - lastUsedMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function planCollection(entries, options, inUse) {
    const ordered = lruOrder(entries);
    const totalBytesBefore = ordered.reduce((n, e) => n + e.sizeBytes, 0);
    const tooOld = (e) => options.maxUnusedDays === 0 || options.now - lastUsedMs(e) > options.maxUnusedDays * DAY_MS;
    const remove = new Set();
    const skipped = new Set();
    for (const e of ordered) {
        if (!tooOld(e))
            continue;
        if (inUse(e))
            skipped.add(e.id);
        else
            remove.add(e);
    }
    let total = totalBytesBefore - [...remove].reduce((n, e) => n + e.sizeBytes, 0);
    let boundsUnmet;
    const max = options.maxSizeBytes;
    if (max !== undefined && total > max) {
        for (const e of ordered) {
            if (total <= max)
                break;
            if (remove.has(e) || inUse(e))
                continue;
            remove.add(e);
            total -= e.sizeBytes;
        }
        if (total > max) {
            const bound = { bytes: max, from: options.maxSizeFrom };
            boundsUnmet = describeUnmetBound(ordered, remove, skipped, total, bound, inUse);
        }
    }
    return {
        remove: ordered.filter((e) => remove.has(e)),
        skippedInUse: ordered.filter((e) => skipped.has(e.id)).map((e) => e.id),
        boundsUnmet,
        totalBytesBefore,
        totalBytesAfter: total,
    };
}
function describeUnmetBound(ordered, remove, skipped, total, bound, inUse) {
    const max = bound.bytes;
    let hypothetical = total;
    const blocking = ordered.filter((e) => !remove.has(e) && inUse(e));
    for (const e of blocking) {
        if (hypothetical <= max)
            break;
        skipped.add(e.id);
        hypothetical -= e.sizeBytes;
    }
    const inUseBytes = blocking.reduce((n, e) => n + e.sizeBytes, 0);
    return (`The cache holds ${(0,format/* formatBytes */.z3)(total)}, above the size bound ${(0,format/* formatBytesExact */.Up)(max)}` +
        `${bound.from ? ` set by ${bound.from}` : ''}: ` +
        `the ${blocking.length} toolchain(s) left are in use (${(0,format/* formatBytes */.z3)(inUseBytes)}) and are never removed.`);
}
function withLastUse(doc, usage) {
    return Object.values(doc.entries).map((e) => {
        const used = usage.get(e.id)?.lastUsedMs;
        return used !== undefined && used > lastUsedMs(e) ? { ...e, lastUsedAt: (0,format/* isoTime */.Ly)(used) } : e;
    });
}

// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __nccwpck_require__(9558);
// EXTERNAL MODULE: ./lib/core/leases.js + 4 modules
var leases = __nccwpck_require__(2624);
;// CONCATENATED MODULE: ./lib/core/gc-state.js




const isGcState = (raw) => {
    const r = raw;
    return (typeof r === 'object' &&
        r !== null &&
        r.schemaVersion === 1 &&
        typeof r.hosts === 'object' &&
        r.hosts !== null &&
        Object.values(r.hosts).every((h) => typeof h === 'object' && h !== null && typeof h.lastFullGcAt === 'string'));
};
const gcStateFile = (layout) => layout.gcStateFile;
async function readGcState(layout) {
    let text;
    try {
        text = (0,regular_file/* readRegularTextIfExistsSync */.cL)(gcStateFile(layout), fsx/* STATE_FILE_MAX_BYTES */.e);
    }
    catch {
    }
    if (text !== undefined) {
        try {
            const parsed = JSON.parse(text);
            if (isGcState(parsed))
                return parsed;
        }
        catch {
        }
    }
    return { schemaVersion: 1, hosts: {} };
}
async function lastFullGc(layout, host = (0,leases/* hostId */.My)()) {
    const state = await readGcState(layout);
    const at = Object.hasOwn(state.hosts, host) ? Date.parse(state.hosts[host].lastFullGcAt) : NaN;
    return Number.isNaN(at) ? undefined : at;
}
async function recordFullGc(layout, now) {
    const state = await readGcState(layout);
    state.hosts = { ...state.hosts, [(0,leases/* hostId */.My)()]: { lastFullGcAt: (0,format/* isoTime */.Ly)(now) } };
    await (0,fsx/* atomicWriteFile */.Re)(gcStateFile(layout), JSON.stringify(state));
}

;// CONCATENATED MODULE: ./lib/core/gc-throttle.js


const DEFAULT_GC_INTERVAL_MS = 10 * 60_000;
const emptyReport = (dryRun) => ({
    dryRun,
    removed: [],
    freedBytes: 0,
    skippedInUse: [],
    reclaimedUses: 0,
    trashCleaned: 0,
    totalBytesBefore: 0,
    totalBytesAfter: 0,
    errors: [],
    notes: [],
});
async function isThrottled(layout, registry, options, now, report) {
    const throttleMs = options.throttleMs ?? DEFAULT_GC_INTERVAL_MS;
    if (options.force || throttleMs <= 0)
        return false;
    const last = await lastFullGc(layout);
    if (last === undefined || now - last >= throttleMs || now < last)
        return false;
    if (options.maxSizeBytes !== undefined && options.sizeBoundSkipsThrottle) {
        const doc = await registry.read();
        const total = Object.values(doc.entries).reduce((n, e) => n + e.sizeBytes, 0);
        if (total > options.maxSizeBytes)
            return false;
    }
    report.skipped = 'throttled';
    report.skippedDetail = `this host last cleaned up at ${(0,format/* isoTime */.Ly)(last)}; it does so at most every ${Math.round(throttleMs / 60_000)} min, so the next one may run after ${(0,format/* isoTime */.Ly)(last + throttleMs)}`;
    return true;
}
async function throttledGc(layout, registry, options) {
    if (options.dryRun)
        return undefined;
    const report = emptyReport(false);
    const now = options.now ?? Date.now();
    return (await isThrottled(layout, registry, options, now, report)) ? report : undefined;
}

// EXTERNAL MODULE: ./lib/core/ids.js
var core_ids = __nccwpck_require__(2885);
// EXTERNAL MODULE: ./lib/core/platform/names.js
var names = __nccwpck_require__(6787);
// EXTERNAL MODULE: ./lib/core/lock.js + 2 modules
var core_lock = __nccwpck_require__(1422);
// EXTERNAL MODULE: ./lib/core/uses.js
var core_uses = __nccwpck_require__(2599);
;// CONCATENATED MODULE: ./lib/core/removal.js







async function removeIfUnused(layout, id, lock, alive, options = {}) {
    assertRemovableId(layout, id);
    const marked = await placeMark(layout, id, options.holder);
    const usage = await (0,core_uses/* usageOf */.Fs)(layout, id, alive);
    if (!options.force && (usage.live.length > 0 || usage.unreadable.length > 0)) {
        if (marked)
            await removeMark(layout, id);
        return { refused: 'in-use', liveUses: usage.live, unreadable: usage.unreadable };
    }
    const trashPath = marked ? await moveToTrash(layout, id, lock) : undefined;
    await moveReceipt(layout, id, trashPath);
    await (0,core_uses/* unlinkUseFiles */.Az)(layout, id, usage.dead.map(({ file }) => external_node_path_.basename(file)));
    return { trashPath, liveUses: usage.live };
}
async function openEntry(layout, id) {
    try {
        return await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.entryDir(id));
    }
    catch (e) {
        if (e instanceof core_errors/* ToolchainCacheError */.mg && e.code === 'UNSAFE_PATH')
            return undefined;
        throw e;
    }
}
async function removeMark(layout, id) {
    const entry = await openEntry(layout, id);
    if (!entry)
        return;
    await (0,dir_handle/* withDir */.uM)(entry, (d) => d.unlink(external_node_path_.basename(layout.removalMark(id))).catch((e) => {
        if (!((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
    }));
}
const isRefusal = (r) => 'refused' in r;
async function placeMark(layout, id, holder = `pid ${process.pid}`) {
    const st = await external_node_fs_.promises.lstat(layout.entryDir(id)).catch((e) => {
        if ((0,core_errors/* isErrnoException */.s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    });
    if (!st)
        return false;
    const entry = await openEntry(layout, id);
    if (!entry)
        return true;
    try {
        await (0,dir_handle/* withDir */.uM)(entry, (d) => d.writeFile(external_node_path_.basename(layout.removalMark(id)), holder, fsx/* SHARED_FILE_MODE */.bG));
        return true;
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return false;
        throw e;
    }
}
async function moveToTrash(layout, id, lock) {
    const name = `${id}.${(0,fsx/* randomToken */.zs)()}`;
    try {
        await renameBetween(layout, [layout.toolchainsDir, id], [layout.trashDir, name], () => lock.assertHeldSync());
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    return external_node_path_.join(layout.trashDir, name);
}
async function renameBetween(layout, [fromDir, fromName], [toDir, toName], check) {
    const src = await (0,dir_handle/* openDirInside */.SS)(layout.root, fromDir);
    await (0,dir_handle/* withDir */.uM)(src, async (s) => {
        const dst = await (0,dir_handle/* openDirInside */.SS)(layout.root, toDir);
        await (0,dir_handle/* withDir */.uM)(dst, (d) => (0,fsx/* renameBlockRetrying */.ko)(() => {
            check?.();
            (0,external_node_fs_.renameSync)(s.nameForSyncCall(fromName), d.nameForSyncCall(toName));
        }, `moving ${external_node_path_.join(fromDir, fromName)} to ${external_node_path_.join(toDir, toName)}`));
    });
}
function assertRemovableId(layout, id) {
    if (!core_ids/* ID_PATTERN */.p.test(id) || external_node_path_.dirname(layout.entryDir(id)) !== layout.toolchainsDir) {
        throw new core_errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `Refusing to remove "${id}": not a valid toolchain id.`);
    }
}
async function restoreFromTrash(layout, id, trashPath) {
    const back = async (from, to) => renameBetween(layout, from, to).catch(() => undefined);
    await back([layout.trashDir, external_node_path_.basename(trashPath)], [layout.toolchainsDir, id]);
    await removeMark(layout, id).catch(() => undefined);
    await back([layout.entryDir(id), TRASHED_RECEIPT], [layout.receiptsDir, external_node_path_.basename(layout.receiptFile(id))]);
}
const TRASHED_RECEIPT = 'receipt.json';
async function moveReceipt(layout, id, trashPath) {
    const receipt = external_node_path_.basename(layout.receiptFile(id));
    try {
        if (trashPath && (await isRealDirectory(layout, trashPath)))
            await renameBetween(layout, [layout.receiptsDir, receipt], [trashPath, TRASHED_RECEIPT]);
        else {
            const receipts = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.receiptsDir);
            if (receipts)
                await (0,dir_handle/* withDir */.uM)(receipts, (d) => d.unlink(receipt));
        }
    }
    catch (e) {
        if (!((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
    }
}
async function isRealDirectory(layout, dir) {
    const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir).catch((e) => {
        if (e instanceof core_errors/* ToolchainCacheError */.mg && e.code === 'UNSAFE_PATH')
            return undefined;
        throw e;
    });
    await handle?.close();
    return handle !== undefined;
}
async function checkSafeDirs(layout) {
    await (0,fsx/* ensureDir */.A0)(layout.trashDir);
    for (const dir of [layout.toolchainsDir, layout.trashDir]) {
        const real = await external_node_fs_.promises.realpath(dir);
        if (real !== dir || !(0,fsx/* isInside */.FK)(layout.root, real)) {
            throw new core_errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${dir} resolves to ${real}, not a directory of the cache root ${layout.root}; refusing to move anything. Replace the symlink with a directory.`);
        }
    }
}

// EXTERNAL MODULE: ./lib/core/compile-cache-dir.js
var compile_cache_dir = __nccwpck_require__(3091);
// EXTERNAL MODULE: ./lib/core/lock/epochs.js
var epochs = __nccwpck_require__(3989);
;// CONCATENATED MODULE: ./lib/core/gc-leftovers.js









const LEFTOVER_LOCK_AGE_MS = DAY_MS;
const CORRUPT_COPY_AGE_MS = 30 * DAY_MS;
const CORRUPT_COPY = /^registry\.json\.corrupt-/;
const INSTALL_LOCK = /^install-(.+)\.lock$/;
const lastUsedName = (layout) => external_node_path_.basename(layout.lastUsedStamp('id'));
async function namesIn(layout, dir) {
    const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir);
    return handle ? (0,dir_handle/* withDir */.uM)(handle, (d) => d.list()) : [];
}
async function removeOldCorruptCopies(layout, now) {
    return (0,dir_handle/* withDir */.uM)(await dir_handle/* DirHandle */._p.open(layout.root), async (root) => {
        let removed = 0;
        for (const name of (await root.list()).filter((n) => CORRUPT_COPY.test(n))) {
            const st = await root.lstat(name);
            if (!st?.isFile() || now - st.mtimeMs < CORRUPT_COPY_AGE_MS)
                continue;
            await root.unlink(name, st);
            removed += 1;
        }
        return removed;
    });
}
async function removeOrphans(layout, registry, now, errors) {
    const registered = (await registry.read()).entries;
    const lockIds = (await namesIn(layout, layout.locksDir)).flatMap((n) => INSTALL_LOCK.exec(n)?.[1] ?? []);
    const ids = new Set([...(await namesIn(layout, layout.usesDir)), ...lockIds].filter((id) => core_ids/* ID_PATTERN */.p.test(id) && !Object.hasOwn(registered, id)));
    let removed = 0;
    for (const id of ids) {
        try {
            removed += await removeOrphan(layout, registry, id, now);
        }
        catch (e) {
            errors.push(`could not clean up after removed toolchain ${id}: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
        }
    }
    return removed;
}
async function removeOrphan(layout, registry, id, now) {
    const lockPath = layout.lockPath(`install-${id}`);
    const before = (0,epochs/* newestEpoch */.Kw)(lockPath);
    const lockIsOld = before.kind === 'none' || now - (before.heartbeatMs ?? now) >= LEFTOVER_LOCK_AGE_MS;
    if (before.kind !== 'none' && before.kind !== 'released' && !lockIsOld)
        return 0;
    if (await installed(layout, id))
        return 0;
    if (!lockIsOld && !(await hasUsesDir(layout, id)))
        return 0;
    const lock = await (0,core_lock/* tryLock */.bh)(lockPath, `install ${id}`, { staleMs: core_lock/* DEFAULT_LOCK_STALE_MS */.xL });
    if (!lock)
        return 0;
    try {
        if (Object.hasOwn((await registry.read()).entries, id) || (await installed(layout, id)))
            return 0;
        let removed = await removeUseStamp(layout, id, now);
        if (lockIsOld)
            removed += await moveLockToTrash(layout, id);
        return removed;
    }
    finally {
        await lock.release();
    }
}
async function installed(layout, id) {
    const dir = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.toolchainsDir);
    return dir ? (await (0,dir_handle/* withDir */.uM)(dir, (d) => d.lstat(id))) !== undefined : false;
}
async function hasUsesDir(layout, id) {
    const uses = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.usesDir);
    return uses ? (await (0,dir_handle/* withDir */.uM)(uses, (d) => d.lstat(id))) !== undefined : false;
}
async function removeUseStamp(layout, id, now) {
    const uses = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.usesDir);
    if (!uses)
        return 0;
    return (0,dir_handle/* withDir */.uM)(uses, async (usesDir) => {
        const st = await usesDir.lstat(id);
        if (!st?.isDirectory())
            return 0;
        const stamp = lastUsedName(layout);
        let removed = 0;
        const emptied = await (0,dir_handle/* withDir */.uM)(await usesDir.openDir(id), async (d) => {
            const names = await d.list();
            const temps = names.filter((n) => n.includes('.tmp-'));
            if (names.some((n) => n !== stamp && !temps.includes(n)))
                return false;
            const stampSt = names.includes(stamp) ? await d.lstat(stamp) : undefined;
            if (stampSt && !stampSt.isDirectory()) {
                await d.unlink(stamp, stampSt);
                removed += 1;
            }
            return (await (0,core_uses/* removeStaleTemps */.jH)(d, temps, now)) === temps.length;
        });
        if (emptied) {
            await usesDir.rmdir(id).catch(() => undefined);
            removed += 1;
        }
        return removed;
    });
}
async function moveLockToTrash(layout, id) {
    const locks = await (0,dir_handle/* openDirInside */.SS)(layout.root, layout.locksDir);
    const trash = await (0,dir_handle/* openDirInside */.SS)(layout.root, layout.trashDir).catch(async (e) => {
        await locks.close();
        throw e;
    });
    const name = external_node_path_.basename((0,epochs/* epochsDirOf */.vK)(layout.lockPath(`install-${id}`)));
    const trashName = `${name}.${(0,fsx/* randomToken */.zs)()}`;
    try {
        await locks.rename(name, trash, trashName);
    }
    finally {
        await locks.close();
        await trash.close();
    }
    await (0,fsx/* removeTreeInside */.tk)(layout.root, external_node_path_.join(layout.trashDir, trashName));
    return 1;
}

// EXTERNAL MODULE: ./lib/core/stats.js
var stats = __nccwpck_require__(1320);
;// CONCATENATED MODULE: ./lib/core/gc.js


















const DEFAULT_GC_LOCK_STALE_MS = 60_000;

function unreadableUsesOf(ids, usage) {
    const out = [];
    for (const id of ids) {
        const files = usage.get(id)?.unreadable ?? [];
        if (files.length === 0)
            continue;
        const owners = new Set();
        for (const f of files) {
            const uid = lstatOrUndefined(f)?.uid;
            if (uid !== undefined)
                owners.add((0,names/* userName */.nT)(uid));
        }
        out.push({ id, records: files.length, owners: [...owners].sort() });
    }
    return out;
}
function lstatOrUndefined(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file);
    }
    catch {
        return undefined;
    }
}
const removedOf = (e) => ({
    id: e.id,
    sizeBytes: e.sizeBytes,
    lastUsedAt: e.lastUsedAt,
});
async function collectGarbage(layout, registry, options) {
    const now = options.now ?? Date.now();
    if (options.dryRun)
        return dryRunGc(layout, registry, options, now);
    const report = emptyReport(false);
    if (await isThrottled(layout, registry, options, now, report))
        return report;
    const lockPath = layout.lockPath('gc');
    await (0,fsx/* ensureDir */.A0)(layout.locksDir);
    const lock = await (0,core_lock/* tryLock */.bh)(lockPath, 'gc', {
        staleMs: options.lockStaleMs ?? DEFAULT_GC_LOCK_STALE_MS,
        holder: options.holder,
    });
    if (!lock) {
        report.skipped = 'another-gc-running';
        report.skippedDetail = `the GC lock is held by ${(0,core_lock/* describeOwner */.$S)(await (0,core_lock/* readLockOwner */.Dh)(lockPath))}`;
        return report;
    }
    let ran = false;
    try {
        if (await isThrottled(layout, registry, options, now, report))
            return report;
        await fullGc(layout, registry, options, now, report);
        ran = true;
    }
    finally {
        await lock.release();
    }
    if (ran)
        await countRun(layout, report, options, now);
    return report;
}
async function fullGc(layout, registry, options, now, report) {
    report.trashCleaned = await cleanLeftovers(layout, registry, now, report);
    const { reclaimed, tempsRemoved } = await (0,core_uses/* reclaimDeadUses */.U0)(layout, now);
    report.reclaimedUses = reclaimed.length;
    report.trashCleaned += tempsRemoved;
    const { plan, usage } = await planFromSnapshot(layout, registry, options, now);
    const moved = plan.remove.length
        ? await commitRemovals(layout, registry, plan, options, now)
        : [];
    applyPlan(report, plan, moved);
    noteUnreadable(report, usage);
    await options.afterTrash?.(moved.map((m) => m.to));
    for (const m of moved) {
        await (0,fsx/* removeTreeInside */.tk)(layout.root, m.to).catch((e) => report.errors.push(`could not delete ${m.to} (the next GC retries): ${(0,core_errors/* errorMessage */.gJ)(e)}`));
    }
    await recordFullGc(layout, now);
}
async function countRun(layout, report, options, now) {
    try {
        await (0,stats/* recordGcRun */.jM)(layout, (0,leases/* hostId */.My)(), report, { now, holder: options.holder });
    }
    catch (e) {
        report.errors.push(`the GC ran but could not be counted in the statistics (stats.json): ${(0,core_errors/* errorMessage */.gJ)(e)}`);
    }
}
async function cleanLeftovers(layout, registry, now, report) {
    const { errors } = report;
    let cleaned = await emptyTrash(layout, errors);
    cleaned += await removeStaleStaging(layout, now, errors);
    cleaned += await removeOrphans(layout, registry, now, errors);
    cleaned += await removeOldCorruptCopies(layout, now).catch((e) => {
        errors.push(`could not delete an old copy of a corrupt registry: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
        return 0;
    });
    for (const dir of [layout.root, layout.locksDir, layout.namedDir, layout.namedDocsDir]) {
        const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir);
        if (!handle)
            continue;
        cleaned += await (0,dir_handle/* withDir */.uM)(handle, async (d) => {
            const temps = (await d.list()).filter((n) => n.includes('.tmp-'));
            return (0,core_uses/* removeStaleTemps */.jH)(d, temps, now);
        });
    }
    if (await removeLegacyCodeCache(layout, errors))
        report.notes.push(`removed ${compile_cache_dir/* COMPILE_CACHE_DIR */.k}/, the code cache earlier releases kept in the cache root`);
    return cleaned;
}
async function removeLegacyCodeCache(layout, errors) {
    const root = await dir_handle/* DirHandle */._p.open(layout.root);
    const st = await (0,dir_handle/* withDir */.uM)(root, (d) => d.lstat(compile_cache_dir/* COMPILE_CACHE_DIR */.k));
    if (!st)
        return false;
    return deleteLeftover(layout, layout.root, compile_cache_dir/* COMPILE_CACHE_DIR */.k, 'legacy code cache', errors);
}
async function gc_namesIn(layout, dir) {
    const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir);
    return handle ? (0,dir_handle/* withDir */.uM)(handle, (d) => d.list()) : [];
}
async function commitRemovals(layout, registry, plan, options, now) {
    const moved = [];
    const alive = (0,leases/* livenessChecker */.J3)(now);
    try {
        await registry.update(async (doc, tx) => {
            await checkSafeDirs(layout);
            for (const planned of plan.remove) {
                if (!Object.hasOwn(doc.entries, planned.id))
                    continue;
                const outcome = await removeIfUnused(layout, planned.id, tx.lock, alive, {
                    holder: options.holder,
                });
                if (isRefusal(outcome)) {
                    plan.skippedInUse.push(planned.id);
                    continue;
                }
                if (outcome.trashPath)
                    moved.push({ id: planned.id, from: layout.entryDir(planned.id), to: outcome.trashPath });
                delete doc.entries[planned.id];
            }
            if (moved.length === 0 && plan.remove.every((e) => Object.hasOwn(doc.entries, e.id)))
                tx.skipWrite();
        });
    }
    catch (e) {
        for (const m of moved)
            await restoreFromTrash(layout, m.id, m.to);
        throw e;
    }
    return moved;
}
function applyPlan(report, plan, moved) {
    const gone = moved ? new Set(moved.map((m) => m.id)) : undefined;
    const removed = gone ? plan.remove.filter((e) => gone.has(e.id)) : plan.remove;
    report.removed = removed.map(removedOf);
    report.freedBytes = removed.reduce((n, e) => n + e.sizeBytes, 0);
    report.skippedInUse = [...new Set(plan.skippedInUse)];
    report.boundsUnmet = plan.boundsUnmet;
    report.totalBytesBefore = plan.totalBytesBefore;
    report.totalBytesAfter = plan.totalBytesBefore - report.freedBytes;
}
function noteUnreadable(report, usage) {
    const pinned = unreadableUsesOf(report.skippedInUse, usage);
    if (pinned.length)
        report.unreadableUses = pinned;
}
async function planFromSnapshot(layout, registry, options, now) {
    const doc = await registry.read();
    const usage = await (0,core_uses/* usageOfAll */.Gy)(layout, Object.keys(doc.entries), now);
    const plan = planCollection(withLastUse(doc, usage), { ...options, now }, (e) => (0,core_uses/* isInUse */.ly)(usage.get(e.id)));
    return { plan, usage };
}
async function dryRunGc(layout, registry, options, now) {
    const report = emptyReport(true);
    const { plan, usage } = await planFromSnapshot(layout, registry, options, now);
    for (const u of usage.values())
        report.reclaimedUses += u.dead.length;
    applyPlan(report, plan);
    noteUnreadable(report, usage);
    report.totalBytesAfter = plan.totalBytesAfter;
    report.trashCleaned = (await gc_namesIn(layout, layout.trashDir).catch(() => [])).length;
    return report;
}
async function removeEntry(layout, registry, id, options = {}) {
    if (!core_ids/* ID_PATTERN */.p.test(id)) {
        throw new core_errors/* ToolchainCacheError */.mg('NOT_FOUND', `"${id}" is not a valid toolchain id.`);
    }
    const alive = (0,leases/* livenessChecker */.J3)(options.now ?? Date.now());
    let moved;
    let result;
    try {
        result = await registry.update(async (doc, tx) => {
            const entry = Object.hasOwn(doc.entries, id) ? doc.entries[id] : undefined;
            if (!entry) {
                throw new core_errors/* ToolchainCacheError */.mg('NOT_FOUND', `No toolchain "${id}" is registered in ${layout.root} (\`toolchain-cache list\` shows what is).`);
            }
            await checkSafeDirs(layout);
            const outcome = await removeIfUnused(layout, id, tx.lock, alive, {
                force: options.force,
                holder: options.holder,
            });
            if (isRefusal(outcome))
                throw inUseError(id, outcome.liveUses.map((u) => (0,leases/* describeJob */.hx)(u.job)), outcome.unreadable);
            if (outcome.trashPath)
                moved = { id, from: layout.entryDir(id), to: outcome.trashPath };
            delete doc.entries[id];
            return {
                ...removedOf(entry),
                liveUses: outcome.liveUses.length,
                freedBytes: entry.sizeBytes,
            };
        });
    }
    catch (e) {
        if (moved)
            await restoreFromTrash(layout, moved.id, moved.to);
        throw e;
    }
    if (moved)
        await (0,fsx/* removeTreeInside */.tk)(layout.root, moved.to);
    return result;
}
function inUseError(id, jobs, unreadable) {
    const what = [
        ...(jobs.length ? [`in use by ${jobs.length} job(s): ${jobs.join('; ')}`] : []),
        ...(unreadable.length
            ? [`has use records that cannot be read (${unreadable.join(', ')})`]
            : []),
    ].join(' and ');
    return new core_errors/* ToolchainCacheError */.mg('IN_USE', `Toolchain "${id}" is ${what}. Pass --force to remove it anyway (those jobs will break).`);
}
async function emptyTrash(layout, errors) {
    let cleaned = 0;
    for (const name of await gc_namesIn(layout, layout.trashDir)) {
        if (await deleteLeftover(layout, layout.trashDir, name, 'trash', errors))
            cleaned += 1;
    }
    return cleaned;
}
async function deleteLeftover(layout, dir, name, what, errors) {
    try {
        await (0,fsx/* removeTreeInside */.tk)(layout.root, external_node_path_.join(dir, name));
        return true;
    }
    catch (e) {
        errors.push(`could not delete ${what} ${name}: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
        return false;
    }
}
const STALE_STAGING_MS = DAY_MS;
async function removeStaleStaging(layout, now, errors) {
    const staging = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.stagingDir);
    if (!staging)
        return 0;
    const listed = await (0,dir_handle/* withDir */.uM)(staging, async (d) => {
        const names = await d.list();
        return Promise.all(names.map(async (name) => ({ name, st: await d.lstat(name) })));
    });
    let cleaned = 0;
    for (const { name, st } of listed) {
        const id = (0,core_layout/* stagingId */.R5)(name);
        if (id === undefined || !st || now - st.mtimeMs < STALE_STAGING_MS)
            continue;
        const lock = await (0,core_lock/* tryLock */.bh)(layout.lockPath(`install-${id}`), `install ${id}`, {
            staleMs: core_lock/* DEFAULT_LOCK_STALE_MS */.xL,
        }).catch(() => undefined);
        if (!lock)
            continue;
        try {
            if (await deleteLeftover(layout, layout.stagingDir, name, 'staging', errors))
                cleaned += 1;
        }
        finally {
            await lock.release();
        }
    }
    return cleaned;
}

// EXTERNAL MODULE: ./lib/core/receipt.js
var receipt = __nccwpck_require__(7411);
;// CONCATENATED MODULE: ./lib/core/doctor/gather.js
















function pathFacts(p) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(p);
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && (e.code === 'EACCES' || e.code === 'EPERM'))
            return { path: p, kind: 'unreachable' };
        return { path: p, kind: 'missing' };
    }
    const base = {
        path: p,
        mode: st.mode & 0o7777,
        uid: st.uid,
        gid: st.gid,
        group: (0,names/* groupName */.hv)(st.gid),
    };
    if (st.isSymbolicLink()) {
        let target;
        try {
            target = external_node_path_.resolve(external_node_path_.dirname(p), (0,external_node_fs_.readlinkSync)(p));
        }
        catch {
            target = undefined;
        }
        return { ...base, kind: 'symlink', target };
    }
    return { ...base, kind: st.isDirectory() ? 'directory' : st.isFile() ? 'file' : 'other' };
}
async function gatherFacts(o) {
    const now = o.now ?? Date.now();
    const rootPath = pathFacts(o.root);
    const facts = {
        root: o.root,
        rootFrom: o.rootFrom,
        rootPath,
        dirs: [],
        layoutVersion: 'missing',
        toolchains: 0,
        registeredBytes: 0,
        freeBytes: null,
        fsTypeVia: 'unknown',
        host: o.host,
        settings: o.settings,
        settingsFromEnvironment: o.settingsFromEnvironment,
        runnerUsers: [],
        locks: [],
        trash: [],
        staleStaging: [],
        unreadableUses: [],
        trees: [],
        unregistered: [],
    };
    const real = rootPath.kind === 'directory' || (rootPath.kind === 'symlink' && rootPath.target)
        ? await external_node_fs_.promises.realpath(o.root).catch(() => undefined)
        : undefined;
    if (!real || pathFacts(real).kind !== 'directory')
        return facts;
    const layout = new core_layout/* CacheLayout */.lB(real);
    facts.dirs = await directoryFacts(layout);
    facts.runnerUsers = runnerUsers(o.settings, facts.dirs[0]);
    facts.layoutVersion = layoutVersionOf(layout);
    facts.freeBytes = await (0,stats.freeDiskBytes)(real);
    Object.assign(facts, await fileSystemType(real));
    if (facts.layoutVersion === 'missing') {
        facts.toolchains = (await gather_namesIn(layout, layout.toolchainsDir)).length;
        return facts;
    }
    if (facts.layoutVersion !== core_layout/* LAYOUT_VERSION */.w9)
        return facts;
    const doc = await o.readRegistry(layout);
    const ids = Object.keys(doc.entries).sort();
    facts.toolchains = ids.length;
    facts.registeredBytes = ids.reduce((n, id) => n + doc.entries[id].sizeBytes, 0);
    facts.locks = lockFacts(layout, lockStale(o.host.config, o.settings), now);
    facts.trash = await gather_namesIn(layout, layout.trashDir);
    facts.staleStaging = await staleStaging(layout, now);
    facts.unreadableUses = await unreadableUses(layout, ids, now);
    facts.trees = ids.map((id) => ({ id, problem: (0,receipt/* treeChange */.Th)(layout, doc.entries[id]) }));
    const onDisk = await gather_namesIn(layout, layout.toolchainsDir);
    facts.unregistered = onDisk.filter((n) => !Object.hasOwn(doc.entries, n)).sort();
    return facts;
}
async function directoryFacts(layout) {
    const dirs = [layout.root, ...layout.ownDirs];
    for (const id of await gather_namesIn(layout, layout.usesDir))
        dirs.push(layout.usesOf(id));
    for (const name of await gather_namesIn(layout, layout.locksDir))
        dirs.push(layout.lockPath(name));
    return dirs.map(pathFacts).filter((d) => d.kind !== 'missing');
}
function runnerUsers(settings, root) {
    const out = [];
    for (const s of settings) {
        if (s.dir === undefined || root.gid === undefined)
            continue;
        let uid;
        try {
            uid = (0,external_node_fs_.statSync)(s.dir).uid;
        }
        catch {
            continue;
        }
        out.push({ dir: s.dir, user: (0,names/* userName */.nT)(uid), uid, inGroup: (0,names/* inGroup */.HB)(uid, root.gid) });
    }
    return out;
}
function layoutVersionOf(layout) {
    try {
        const text = (0,regular_file/* readRegularTextIfExistsSync */.cL)(layout.layoutFile, fsx/* STATE_FILE_MAX_BYTES */.e);
        if (text === undefined)
            return 'missing';
        const v = JSON.parse(text)?.layoutVersion;
        return typeof v === 'number' ? v : 'unreadable';
    }
    catch {
        return 'unreadable';
    }
}
async function gather_namesIn(layout, dir) {
    const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir).catch(() => undefined);
    return handle ? (0,dir_handle/* withDir */.uM)(handle, (d) => d.list()).catch(() => []) : [];
}
function lockStale(host, settings) {
    if (host.lockStaleMs !== undefined)
        return host.lockStaleMs;
    return Math.max(stale/* DEFAULT_LOCK_STALE_MS */.xL, ...settings.map((s) => s.lockStaleMs ?? 0));
}
function lockFacts(layout, staleMs, now) {
    const out = [];
    let names;
    try {
        names = (0,external_node_fs_.lstatSync)(layout.locksDir).isDirectory() ? (0,external_node_fs_.readdirSync)(layout.locksDir) : [];
    }
    catch {
        names = [];
    }
    for (const name of names.filter((n) => n.endsWith('.lock')).sort()) {
        const lockPath = layout.lockPath(name.slice(0, -'.lock'.length));
        let state;
        try {
            if ((0,epochs/* listEpochs */.LY)(lockPath).length === 0)
                continue;
            state = (0,epochs/* newestEpoch */.Kw)(lockPath);
        }
        catch {
            continue;
        }
        if (state.kind !== 'held' && state.kind !== 'starting')
            continue;
        const owner = state.owner;
        const thisHost = owner?.host === external_node_os_namespaceObject.hostname();
        out.push({
            name: name.slice(0, -'.lock'.length),
            pid: owner?.pid || undefined,
            host: owner?.host || undefined,
            holder: owner?.holder,
            since: owner?.acquiredAt || undefined,
            silentMs: Math.max(0, now - (state.heartbeatMs ?? 0)),
            holderAlive: thisHost && owner?.pid ? (0,leases/* isProcessAlive */.jW)(owner.pid) : undefined,
            staleMs: name === 'gc.lock' ? Math.max(staleMs, DEFAULT_GC_LOCK_STALE_MS) : staleMs,
        });
    }
    return out;
}
async function staleStaging(layout, now) {
    const staging = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.stagingDir).catch(() => undefined);
    if (!staging)
        return [];
    return (0,dir_handle/* withDir */.uM)(staging, async (d) => {
        const old = [];
        for (const name of (await d.list()).sort()) {
            const st = await d.lstat(name).catch(() => undefined);
            if ((0,core_layout/* stagingId */.R5)(name) !== undefined && st && now - st.mtimeMs >= STALE_STAGING_MS)
                old.push(name);
        }
        return old;
    });
}
async function unreadableUses(layout, ids, now) {
    const all = [...new Set([...ids, ...(await gather_namesIn(layout, layout.usesDir))])].sort();
    const usage = await (0,core_uses/* usageOfAll */.Gy)(layout, all, now);
    return unreadableUsesOf(all, usage).map((u) => ({ ...u, files: usage.get(u.id).unreadable }));
}
async function fileSystemType(dir) {
    if (process.platform === 'linux') {
        const text = readProcFile('/proc/self/mountinfo', MOUNTINFO_MAX_BYTES);
        const type = text === undefined ? undefined : mountTypeOf(text, dir);
        if (type)
            return { fsType: type, fsTypeVia: 'mountinfo' };
    }
    try {
        const s = await external_node_fs_.promises.statfs(dir);
        return { fsType: STATFS_TYPES[s.type] ?? `0x${s.type.toString(16)}`, fsTypeVia: 'statfs' };
    }
    catch {
        return { fsTypeVia: 'unknown' };
    }
}
const MOUNTINFO_MAX_BYTES = 16 * 1024 * 1024;
function readProcFile(file, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
        const chunks = [];
        let total = 0;
        for (;;) {
            const buf = Buffer.alloc(64 * 1024);
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, null);
            if (n === 0)
                break;
            total += n;
            if (total > maxBytes)
                return undefined;
            chunks.push(buf.subarray(0, n));
        }
        return Buffer.concat(chunks).toString('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
const STATFS_TYPES = {
    0x6969: 'nfs',
    0xff534d42: 'cifs',
    0x01021994: 'tmpfs',
};
function mountTypeOf(mountinfo, dir) {
    let best;
    for (const line of mountinfo.split('\n')) {
        const sep = line.indexOf(' - ');
        if (sep < 0)
            continue;
        const fields = line.slice(0, sep).split(' ');
        const point = unescapeMount(fields[4] ?? '');
        const type = line.slice(sep + 3).split(' ')[0];
        const inside = point === '/' || dir === point || dir.startsWith(point + '/');
        if (inside && type && (!best || point.length >= best.point.length))
            best = { point, type };
    }
    return best?.type;
}
const unescapeMount = (s) => s.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));

// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __nccwpck_require__(8038);
;// CONCATENATED MODULE: ./lib/core/toolchains-yaml.js
function parseSimpleToolchainList(text) {
    const items = [];
    let current;
    for (const raw of text.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (/^\s*(#.*)?$/.test(line))
            continue;
        if (line.includes('\t'))
            return undefined;
        const m = /^(- | {2})([A-Za-z0-9_-]+):(?: (.*))?$/.exec(line);
        if (!m) {
            const item = line.startsWith('- ') ? parseScalar(line.slice(2).trim()) : undefined;
            if (typeof item !== 'string')
                return undefined;
            items.push(item);
            current = undefined;
            continue;
        }
        if (m[1] === '- ') {
            current = {};
            items.push(current);
        }
        else if (!current) {
            return undefined;
        }
        const value = parseValue((m[3] ?? '').trim());
        if (value === undefined || Object.hasOwn(current, m[2]))
            return undefined;
        current[m[2]] = value;
    }
    return items.length ? items : undefined;
}
function parseValue(v) {
    if (v.startsWith('[')) {
        if (!v.endsWith(']'))
            return undefined;
        const inner = v.slice(1, -1).trim();
        if (!inner)
            return [];
        const parts = inner.split(',').map((p) => parseScalar(p.trim()));
        if (parts.some((p) => p === undefined || typeof p !== 'string'))
            return undefined;
        return parts;
    }
    return parseScalar(v);
}
const NOT_A_PLAIN_STRING = /^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
function parseScalar(v) {
    if (!v)
        return undefined;
    if (v.startsWith('"')) {
        const body = v.slice(1, -1);
        return v.length >= 2 && v.endsWith('"') && !/["\\]/.test(body) ? body : undefined;
    }
    if (v.startsWith("'")) {
        const body = v.slice(1, -1);
        return v.length >= 2 && v.endsWith("'") && !body.includes("'") ? body : undefined;
    }
    if (/^[0-9]+$/.test(v)) {
        const n = Number(v);
        return Number.isSafeInteger(n) && !/^0[0-9]/.test(v) ? n : undefined;
    }
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(v) || / #|: |:$|[,[\]{}]/.test(v))
        return undefined;
    if (NOT_A_PLAIN_STRING.test(v))
        return undefined;
    return v;
}

// EXTERNAL MODULE: ./lib/vendors/registry.js
var registry = __nccwpck_require__(1748);
;// CONCATENATED MODULE: ./lib/core/spec.js






const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const KNOWN_KEYS = new Set(['id', 'url', 'sha256', 'bin', 'strip-components']);
class FieldError {
    field;
    message;
    constructor(field, message) {
        this.field = field;
        this.message = message;
    }
}
function requiredString(item, field, missing) {
    const v = item[field];
    if (typeof v !== 'string')
        throw new FieldError(field, missing);
    return v;
}
function checkId(item) {
    const id = requiredString(item, 'id', 'is required (a string)');
    if (!core_ids/* ID_PATTERN */.p.test(id)) {
        throw new FieldError('id', 'must match [A-Za-z0-9][A-Za-z0-9._+-]{0,127} (ASCII letters, digits, . _ + -; no path separators; at most 128 characters)');
    }
    if (WINDOWS_RESERVED.test(id) || id.endsWith('.'))
        throw new FieldError('id', 'is a name Windows cannot use as a directory');
    return id;
}
function checkUrl(item) {
    const url = requiredString(item, 'url', 'is required (a string)');
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
        throw new FieldError('url', 'must be an http:// or https:// URL');
    return url;
}
function checkSha256(item) {
    const sha = requiredString(item, 'sha256', 'is required (a string of 64 hex characters)')
        .trim()
        .toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(sha))
        throw new FieldError('sha256', 'must be 64 hexadecimal characters');
    return sha;
}
function checkRelativeDir(p) {
    if (typeof p !== 'string')
        throw new FieldError('bin', 'must be a directory or a list of directories (strings)');
    if (p.length === 0)
        throw new FieldError('bin', 'must not be empty');
    if (/^([/\\]|[A-Za-z]:)/.test(p))
        throw new FieldError('bin', 'must be relative to the toolchain root');
    if (p.split(/[/\\]/).includes('..'))
        throw new FieldError('bin', "must not contain '..'");
    return p;
}
function checkBin(item) {
    const bin = item.bin;
    if (bin === undefined)
        return undefined;
    if (!Array.isArray(bin))
        return [checkRelativeDir(bin)];
    if (bin.length === 0)
        throw new FieldError('bin', 'must list at least one directory');
    return bin.map(checkRelativeDir);
}
function checkStripComponents(item) {
    const n = item['strip-components'];
    if (n === undefined)
        return undefined;
    if (typeof n !== 'number' || !Number.isInteger(n))
        throw new FieldError('strip-components', 'must be a whole number');
    if (n < 0)
        throw new FieldError('strip-components', 'must be 0 or more');
    if (n > 64)
        throw new FieldError('strip-components', 'must be at most 64');
    return n;
}
function checkItem(item, label) {
    try {
        return {
            id: checkId(item),
            url: checkUrl(item),
            sha256: checkSha256(item),
            bin: checkBin(item),
            stripComponents: checkStripComponents(item),
        };
    }
    catch (e) {
        if (!(e instanceof FieldError))
            throw e;
        throw new core_errors/* InputError */.dz(`${label}: field "${e.field}" ${e.message}${describeValue(shownValue(item, e.field))}.`, e.field);
    }
}
const isNamedItem = (item) => 'spec' in item;
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
const VERSION_PATTERN = /^[0-9A-Za-z^~<>=*][0-9A-Za-z.^~<>=|*+/ -]{0,63}$/;
function checkNamed(text, index) {
    const label = `toolchains[${index}] (${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}\u2026` : text)})`;
    const at = text.indexOf('@');
    const name = at > 0 ? text.slice(0, at) : '';
    const version = at > 0 ? text.slice(at + 1) : '';
    if (!NAME_PATTERN.test(name) || !version) {
        throw new core_errors/* InputError */.dz(`${label}: a named toolchain is NAME@VERSION, e.g. node@24, go@1.23, python@3.12 (a lower-case name, "@", a version); ` +
            'or give a mapping with id, url and sha256.', 'toolchains');
    }
    (0,registry.checkVendorName)(label, name);
    if (!VERSION_PATTERN.test(version) || version.trim() !== version) {
        throw new core_errors/* InputError */.dz(`${label}: "${version}" is not a version request: use an exact version (24.11.1), a prefix (24, 24.11), ` +
            'latest, lts, lts/<codename>, or a semver range (^1.23, ~3.12.1, ">=22 <24").', 'toolchains');
    }
    return { spec: text, name, version, index };
}
async function parseToolchains(text) {
    if (!text.trim())
        throw new core_errors/* InputError */.dz('Input "toolchains" is required: a YAML list of NAME@VERSION (e.g. - node@24) or {id, url, sha256} items.', 'toolchains');
    let doc = parseSimpleToolchainList(text);
    if (doc === undefined) {
        const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
        try {
            doc = parse(text);
        }
        catch (e) {
            throw new core_errors/* InputError */.dz(`Input "toolchains" is not valid YAML: ${e.message}`, 'toolchains');
        }
    }
    return checkToolchains(doc);
}
function checkToolchains(doc) {
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new core_errors/* InputError */.dz('Input "toolchains" must be a non-empty YAML list, e.g.\n- node@24\n- id: cmake-3.30.5\n  url: https://\u2026\n  sha256: <64 hex>', 'toolchains');
    }
    const warnings = [];
    const seen = new Map();
    const toolchains = doc.map((raw, index) => {
        if (typeof raw === 'string') {
            const named = checkNamed(raw, index);
            const earlier = seen.get(`@${named.spec}`);
            if (earlier !== undefined)
                throw new core_errors/* InputError */.dz(`toolchains[${index}] ("${named.spec}"): duplicates toolchains[${earlier}]; each item may appear once.`, 'toolchains');
            seen.set(`@${named.spec}`, index);
            return named;
        }
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            throw new core_errors/* InputError */.dz(`toolchains[${index}]: must be NAME@VERSION (e.g. node@24) or a mapping with id, url and sha256.`, 'toolchains');
        }
        const label = itemLabel(index, raw.id);
        for (const key of Object.keys(raw)) {
            if (!KNOWN_KEYS.has(key))
                warnings.push(`${label}: unknown key "${key}" ignored (known: ${[...KNOWN_KEYS].join(', ')}).`);
        }
        const item = checkItem(raw, label);
        const earlier = seen.get(item.id.toLowerCase());
        if (earlier !== undefined) {
            throw new core_errors/* InputError */.dz(`${label}: field "id" duplicates toolchains[${earlier}] (ids are compared ignoring letter case); each id may appear once.`, 'id');
        }
        seen.set(item.id.toLowerCase(), index);
        return item;
    });
    return { toolchains, warnings };
}
function itemLabel(index, id) {
    return typeof id === 'string' && id.length <= 128
        ? `toolchains[${index}] (id "${id}")`
        : `toolchains[${index}]`;
}
const shownValue = (item, field) => field === 'url' && typeof item.url === 'string' ? (0,redact/* redactUrl */.B)(item.url) : item[field];
function describeValue(v) {
    if (v === undefined)
        return '';
    const s = typeof v === 'string'
        ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}\u2026` : v)
        : JSON.stringify(v);
    return typeof v === 'string' && /^[0-9a-fA-F]*$/.test(v) && v.length !== 64
        ? ` (got ${v.length} characters)`
        : ` (got ${s})`;
}
const SIZE_UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1e3,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1e6,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1e9,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1e12,
    tib: 1024 ** 4,
};
function parseSize(value, name) {
    const v = value.trim();
    if (!v)
        return undefined;
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(v);
    const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined) {
        throw new core_errors/* InputError */.dz(`Input "${name}" must be a size such as 20GB, 512MiB or 1073741824 (got "${value}").`, name);
    }
    return Math.floor(Number(m[1]) * unit);
}
const ZERO_SIZE_BOUND = '0 would remove every unused toolchain; unset it for no bound, or give the most the cache may hold';
function parseSizeBound(value, name) {
    const bytes = parseSize(value, name);
    if (bytes === 0)
        throw new InputError(`Input "${name}" is "${value.trim()}": ${ZERO_SIZE_BOUND}.`, name);
    return bytes;
}
function parseWholeNumber(value, name, fallback, min = 0) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
        throw new core_errors/* InputError */.dz(`Input "${name}" must be a whole number \u2265 ${min} (got "${value}").`, name);
    }
    return Number(v);
}
function parseBoolean(value, name, fallback) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    throw new InputError(`Input "${name}" must be true or false (got "${value}").`, name);
}

;// CONCATENATED MODULE: ./lib/core/host-config.js





const HOST_CONFIG_FILE = process.platform === 'win32'
    ? 'C:\\ProgramData\\toolchain-cache\\config.json'
    : '/etc/toolchain-cache/config.json';
const MAX_HOST_CONFIG_BYTES = 64 * 1024;
const KEYS = [
    'cacheRoot',
    'maxSize',
    'maxUnusedDays',
    'lockStale',
    'tierLeaseStale',
    'indexTtl',
    'mirrors',
    'maxMembers',
    'maxUnpackedSize',
    'stallTimeout',
    'downloadRetries',
];
function readHostConfig(options = {}) {
    const file = options.file ?? HOST_CONFIG_FILE;
    const platform = options.platform ?? process.platform;
    const owner = options.ownerUid ?? 0;
    const result = { file, config: {}, warnings: [] };
    const untrusted = (why) => {
        result.warnings.push(`The host configuration file ${file} is ignored: ${why}. ${fixText(file, platform)}`);
        return result;
    };
    const dirProblem = checkDirectory(external_node_path_.dirname(file), owner, platform);
    if (dirProblem === 'missing')
        return result;
    if (dirProblem)
        return untrusted(dirProblem);
    const opened = openConfig(file, owner, platform);
    if (opened === 'missing')
        return result;
    if (typeof opened === 'string')
        return untrusted(opened);
    result.config = parseHostConfig(file, opened, result.warnings, platform);
    return result;
}
let cached;
function hostConfig() {
    if (!cached) {
        try {
            cached = { read: readHostConfig() };
        }
        catch (e) {
            cached = { error: e };
        }
    }
    if (cached.error !== undefined)
        throw cached.error;
    return cached.read;
}
function fixText(file, platform) {
    const dir = external_node_path_.dirname(file);
    if (platform === 'win32') {
        return `Let only Administrators write ${dir} and ${file} (see README, "Pointing several runners at one cache").`;
    }
    return `It and its directory must be owned by root and writable by nobody else: chown root ${dir} ${file} && chmod 755 ${dir} && chmod 644 ${file}.`;
}
const writableByOthers = (mode) => (mode & 0o022) !== 0;
function checkDirectory(dir, owner, platform) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(dir, { throwIfNoEntry: false });
    }
    catch (e) {
        return `its directory ${dir} cannot be examined (${(0,core_errors/* isErrnoException */.s$)(e) ? e.code : String(e)})`;
    }
    if (!st)
        return 'missing';
    if (!st.isDirectory())
        return `its directory ${dir} is not a directory (a link?)`;
    if (platform === 'win32')
        return undefined;
    if (st.uid !== owner || writableByOthers(st.mode))
        return `its directory ${dir} is owned by uid ${st.uid} with mode ${host_config_octal(st.mode)}`;
    try {
        const parent = (0,external_node_fs_.realpathSync)(external_node_path_.dirname(dir));
        const pst = (0,external_node_fs_.lstatSync)(parent);
        const sticky = (pst.mode & 0o1000) !== 0;
        if ((pst.uid !== 0 && pst.uid !== owner) || (writableByOthers(pst.mode) && !sticky))
            return `${parent}, above it, is writable by others`;
    }
    catch (e) {
        return `the directory above ${dir} cannot be examined (${(0,core_errors/* isErrnoException */.s$)(e) ? e.code : String(e)})`;
    }
    return undefined;
}
function openConfig(file, owner, platform) {
    let fd;
    try {
        const flags = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
        if (platform === 'win32' && (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false })?.isSymbolicLink())
            return 'it is a link';
        fd = (0,external_node_fs_.openSync)(file, flags);
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return 'missing';
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ELOOP')
            return 'it is a link';
        return `it cannot be opened (${(0,core_errors/* isErrnoException */.s$)(e) ? e.code : String(e)})`;
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return 'it is not a regular file';
        if (platform !== 'win32' && (st.uid !== owner || writableByOthers(st.mode)))
            return `it is owned by uid ${st.uid} with mode ${host_config_octal(st.mode)}`;
        if (st.size > MAX_HOST_CONFIG_BYTES) {
            throw new core_errors/* InputError */.dz(`The host configuration file ${file} is ${st.size} bytes, more than the ${MAX_HOST_CONFIG_BYTES} read: fix the file.`, file);
        }
        const buf = Buffer.alloc(Math.min(st.size, MAX_HOST_CONFIG_BYTES));
        let n = 0;
        for (let got; n < buf.length && (got = (0,external_node_fs_.readSync)(fd, buf, n, buf.length - n, null)) > 0;)
            n += got;
        return buf.subarray(0, n);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const host_config_octal = (mode) => (mode & 0o7777).toString(8).padStart(4, '0');
function parseHostConfig(file, bytes, warnings, platform = process.platform) {
    const bad = (key, problem) => new core_errors/* InputError */.dz(`The host configuration file ${file}: "${key}" ${problem}. Fix the file (see README, "Pointing several runners at one cache").`, key);
    let raw;
    try {
        raw = JSON.parse(bytes.toString());
    }
    catch (e) {
        throw new core_errors/* InputError */.dz(`The host configuration file ${file} is not valid JSON (${e instanceof Error ? e.message : String(e)}): fix the file.`, file);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new core_errors/* InputError */.dz(`The host configuration file ${file} must hold a JSON object: fix the file.`, file);
    const doc = raw;
    for (const key of Object.keys(doc)) {
        if (!KEYS.includes(key))
            warnings.push(`The host configuration file ${file}: unknown key "${key}" ignored (known: ${KEYS.join(', ')}).`);
    }
    const config = {};
    const has = (key) => Object.hasOwn(doc, key) && doc[key] !== null;
    const numberText = (key) => {
        const v = doc[key];
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
            return String(v);
        if (typeof v === 'string' && v.trim())
            return v.trim();
        throw bad(key, `must be a number (got ${JSON.stringify(v)})`);
    };
    const whole = (key, min = 0) => {
        const t = numberText(key);
        if (!/^\d+$/.test(t) || !Number.isSafeInteger(Number(t)) || Number(t) < min)
            throw bad(key, `must be a whole number \u2265 ${min} (got ${JSON.stringify(doc[key])})`);
        return Number(t);
    };
    const size = (key, min = 0) => {
        const t = numberText(key);
        let bytes;
        try {
            bytes = parseSize(t, key);
        }
        catch {
            bytes = undefined;
        }
        if (bytes === undefined || bytes < min)
            throw bad(key, `must be a size such as "200GB", "512MiB" or a number of bytes${min ? ` (at least ${min})` : ''} (got ${JSON.stringify(doc[key])})`);
        return bytes;
    };
    if (has('cacheRoot')) {
        const v = doc.cacheRoot;
        const paths = platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix;
        if (typeof v !== 'string' || !v.trim() || !paths.isAbsolute(v.trim()))
            throw bad('cacheRoot', `must be an absolute path (got ${JSON.stringify(v)})`);
        config.cacheRoot = v.trim();
    }
    if (has('maxSize')) {
        config.maxSizeBytes = size('maxSize');
        if (config.maxSizeBytes === 0)
            throw bad('maxSize', `is 0: ${ZERO_SIZE_BOUND}`);
    }
    if (has('maxUnusedDays'))
        config.maxUnusedDays = whole('maxUnusedDays');
    const staleTime = (key) => {
        try {
            return (0,stale/* parseLockStale */.st)(numberText(key), key);
        }
        catch (e) {
            throw bad(key, e instanceof Error ? `is wrong: ${e.message}` : 'is wrong');
        }
    };
    if (has('lockStale'))
        config.lockStaleMs = staleTime('lockStale');
    if (has('tierLeaseStale'))
        config.tierLeaseStaleMs = staleTime('tierLeaseStale');
    if (has('indexTtl'))
        config.indexTtlSeconds = whole('indexTtl');
    if (has('mirrors'))
        config.mirrors = parseMirrors(doc.mirrors, bad);
    if (has('maxMembers'))
        config.maxMembers = whole('maxMembers', 1);
    if (has('maxUnpackedSize'))
        config.maxUnpackedBytes = size('maxUnpackedSize', 1);
    if (has('stallTimeout'))
        config.stallTimeoutSeconds = whole('stallTimeout', 1);
    if (has('downloadRetries'))
        config.downloadRetries = whole('downloadRetries');
    return config;
}
function parseMirrors(v, bad) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw bad('mirrors', 'must be an object such as {"node": "https://mirror.example/node"}');
    const out = {};
    for (const [name, url] of Object.entries(v)) {
        if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
            throw bad(`mirrors.${name}`, 'is not a vendor name (lower-case letters, digits, -)');
        let parsed;
        try {
            parsed = typeof url === 'string' ? new URL(url) : undefined;
        }
        catch {
            parsed = undefined;
        }
        if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:'))
            throw bad(`mirrors.${name}`, `must be an http(s) URL (got ${JSON.stringify(url)})`);
        out[name] = url.replace(/\/+$/, '');
    }
    return out;
}
const hostLockStaleMs = (config = hostConfig().config, env = process.env) => config.lockStaleMs ?? (0,stale/* lockStaleMs */.zU)(env);

;// CONCATENATED MODULE: ./lib/core/runner-env.js







const RUNNER_ENV_MAX_BYTES = 64 * 1024;
function parseRunnerEnv(text) {
    const vars = {};
    for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
        const at = line.indexOf('=');
        if (at <= 0)
            continue;
        const key = line.slice(0, at);
        const value = line.slice(at + 1);
        if (value === '')
            delete vars[key];
        else
            vars[key] = value;
    }
    return vars;
}
function readRunnerEnv(dir) {
    const file = external_node_path_.join(dir, '.env');
    try {
        const text = (0,regular_file/* readRegularFileSync */.cG)(file, RUNNER_ENV_MAX_BYTES).toString('utf8');
        return { dir, file, vars: parseRunnerEnv(text), exists: true };
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT') {
            if (!isDirectory(dir))
                throw new core_errors/* InputError */.dz(`--runner-dir ${dir}: no such directory; give the directory a runner was configured in (the one holding its config.sh and .env).`, 'runner-dir');
            return { dir, file, vars: {}, exists: false };
        }
        const why = e instanceof regular_file/* NotRegularFileError */.iZ
            ? e.kind
            : (0,core_errors/* isErrnoException */.s$)(e)
                ? `unreadable by this user (${e.code})`
                : String(e);
        throw new core_errors/* InputError */.dz(`The runner's ${file} is ${why}; it was not read. The runner reads it as a plain file of ` +
            `KEY=VALUE lines: make it one (owned by the runner's user), or run as a user who can read it.`, 'runner-dir');
    }
}
function isDirectory(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
    }
    catch {
        return false;
    }
}
const sourceOf = (env) => ({
    name: env.exists ? env.file : `${env.dir} (no .env)`,
    vars: env.vars,
    dir: env.dir,
});
const HOST_VARIABLE_PREFIX = 'TOOLCHAIN_CACHE_';
function runnerSettings(source) {
    const { vars } = source;
    const errors = [];
    const named = (name, parse) => {
        const v = vars[name]?.trim();
        if (!v)
            return undefined;
        try {
            return parse(v);
        }
        catch (e) {
            errors.push(`${name}="${vars[name]}" in ${source.name}: ${(0,core_errors/* errorMessage */.gJ)(e).replace(`Input "${name}" `, '')} Fix it there.`);
            return undefined;
        }
    };
    const settings = {
        source: source.name,
        ...(source.dir !== undefined && { dir: source.dir }),
        maxSizeBytes: named('TOOLCHAIN_CACHE_MAX_SIZE', (v) => parseSize(v, 'TOOLCHAIN_CACHE_MAX_SIZE')),
        maxUnusedDays: named('TOOLCHAIN_CACHE_MAX_UNUSED_DAYS', (v) => parseWholeNumber(v, 'TOOLCHAIN_CACHE_MAX_UNUSED_DAYS', 0)),
        lockStaleMs: named(stale/* LOCK_STALE_ENV */._q, (v) => (0,stale/* parseLockStale */.st)(v, stale/* LOCK_STALE_ENV */._q)),
        variables: Object.fromEntries(Object.entries(vars)
            .filter(([k, v]) => k.startsWith(HOST_VARIABLE_PREFIX) && v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))),
        errors,
    };
    const rootVars = {
        TOOLCHAIN_CACHE_ROOT: vars.TOOLCHAIN_CACHE_ROOT,
        RUNNER_TOOL_CACHE: vars.RUNNER_TOOL_CACHE,
    };
    if (rootVars.TOOLCHAIN_CACHE_ROOT?.trim() || rootVars.RUNNER_TOOL_CACHE) {
        try {
            const chosen = (0,core_layout/* chooseCacheRoot */.YC)('', rootVars);
            settings.root = chosen.root;
            settings.rootFrom = chosen.from;
        }
        catch (e) {
            errors.push(`${source.name}: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
        }
    }
    return settings;
}
function assertSettingsValid(settings) {
    if (settings.errors.length)
        throw new core_errors/* InputError */.dz(settings.errors.join(' '), settings.source);
}

;// CONCATENATED MODULE: ./lib/cli/context.js
const processIo = {
    stdout: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    stderr: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
};
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
class UsageError extends Error {
}
const print = (ctx, data, human) => ctx.io.stdout(ctx.json ? JSON.stringify(data, null, 2) : human());

// EXTERNAL MODULE: ./lib/core/registry/schema.js
var schema = __nccwpck_require__(9032);
;// CONCATENATED MODULE: ./lib/core/registry/store.js






const REGISTRY_MAX_BYTES = 256 * 1024 * 1024;
const identityOf = (st) => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
class Registry {
    layout;
    options;
    lockTimeoutMs;
    staleMs;
    cached;
    constructor(layout, options = {}) {
        this.layout = layout;
        this.options = options;
        this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
        this.staleMs = options.staleMs ?? stale/* DEFAULT_LOCK_STALE_MS */.xL;
    }
    get file() {
        return this.layout.registryFile;
    }
    async read() {
        const text = await this.readText();
        if (text?.content === undefined && text && this.cached)
            return this.cached.doc;
        if (text?.content !== undefined) {
            const parsed = this.parse(text.content);
            if (parsed.doc) {
                this.cached = { identity: text.identity, doc: parsed.doc };
                return parsed.doc;
            }
        }
        else if ((await external_node_fs_.promises.readdir(this.layout.toolchainsDir).catch(() => [])).length === 0) {
            return (0,schema/* emptyRegistry */.Vu)();
        }
        return this.update((doc, tx) => {
            tx.skipWrite();
            return doc;
        });
    }
    async update(fn) {
        const { acquireLock } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1422));
        const lock = await acquireLock(this.layout.lockPath('registry'), 'registry', {
            staleMs: this.staleMs,
            timeoutMs: this.lockTimeoutMs,
            pollMs: 25,
            holder: this.options.holder,
        });
        try {
            const snap = await this.snapshot(lock);
            let write = true;
            const tx = {
                skipWrite: () => (write = snap.rebuilt),
                lock,
                rebuilt: snap.rebuilt,
                movedAside: snap.movedAside,
            };
            const result = await fn(snap.doc, tx);
            if (write)
                this.commit(snap, lock);
            return result;
        }
        finally {
            await lock.release();
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    commit(snap, lock) {
        const generation = (snap.generation ?? 0) + 1;
        const text = JSON.stringify({
            schemaVersion: schema/* REGISTRY_SCHEMA_VERSION */.zu,
            generation,
            entries: snap.doc.entries,
        });
        (0,fsx/* atomicWriteFileSync */._b)(this.file, text, () => {
            lock.assertHeldSync();
            this.assertGenerationSync(snap.generation);
        });
        snap.doc.generation = generation;
        this.cached = undefined;
    }
    async snapshot(lock) {
        const text = this.readTextSync();
        let movedAside;
        let problem;
        if (text !== undefined) {
            const parsed = this.parse(text);
            if (parsed.doc)
                return { doc: parsed.doc, generation: parsed.doc.generation, rebuilt: false };
            problem = parsed.problem ?? 'unreadable';
            movedAside = this.moveAside(text, lock, problem);
        }
        const doc = (0,schema/* emptyRegistry */.Vu)();
        const { scanInstalled } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 756));
        const scan = await scanInstalled(this.layout);
        for (const entry of scan.entries)
            doc.entries[entry.id] = entry;
        const count = Object.keys(doc.entries).length;
        if (movedAside || count > 0) {
            this.options.onWarning?.(movedAside
                ? `The registry ${this.file} was unreadable (${problem}; moved aside to ${movedAside}); rebuilt it from the ${count} installed toolchain(s). Uses are kept in their own records and were not affected.`
                : `The registry ${this.file} was missing; rebuilt it from the ${count} installed toolchain(s).`);
        }
        for (const { id, why } of scan.rejected) {
            this.options.onWarning?.(`The registry rebuild left out ${this.layout.entryDir(id)}: ${why}. A job that needs it installs it again.`);
        }
        return { doc, rebuilt: movedAside !== undefined || count > 0, movedAside };
    }
    assertGenerationSync(expected) {
        const current = readGenerationSync(this.file);
        if (current === expected)
            return;
        throw new core_errors/* ToolchainCacheError */.mg('LOCK_LOST', `The registry ${this.file} changed under our lock (generation ${expected ?? '(no file)'} \u2192 ${current ?? '(no file)'}); nothing was committed.`);
    }
    readTextSync() {
        return (0,regular_file/* readRegularTextIfExistsSync */.cL)(this.file, REGISTRY_MAX_BYTES);
    }
    async readText() {
        try {
            return (0,regular_file/* withRegularFileSync */.QI)(this.file, REGISTRY_MAX_BYTES, (fd, size) => {
                const identity = identityOf((0,external_node_fs_.fstatSync)(fd));
                if (this.cached?.identity === identity)
                    return { identity };
                return { content: (0,regular_file/* readUpToSync */.Eg)(fd, size).toString('utf8'), identity };
            });
        }
        catch (e) {
            if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
                return undefined;
            throw e;
        }
    }
    parse(text) {
        let raw;
        try {
            raw = JSON.parse(text);
        }
        catch (e) {
            return { problem: `not valid JSON (${e.message})` };
        }
        const version = raw?.schemaVersion;
        if (typeof version === 'number' && version > schema/* REGISTRY_SCHEMA_VERSION */.zu) {
            throw new core_errors/* ToolchainCacheError */.mg('REGISTRY_CORRUPT', `The registry ${this.file} has schema version ${version}, newer than this toolchain-cache understands (${schema/* REGISTRY_SCHEMA_VERSION */.zu}). ` +
                'A newer release of the action wrote it: upgrade every workflow on this host, or use another cache-root.');
        }
        const problem = (0,schema/* registryProblem */.T7)(raw);
        return problem
            ? { problem: `invalid at ${problem}` }
            : { doc: (0,schema/* redactStoredUrls */.nn)(raw) };
    }
    moveAside(text, lock, problem) {
        const movedTo = (0,fsx/* corruptAsideName */.VY)(this.file);
        try {
            lock.assertHeldSync();
            if ((0,regular_file/* readRegularFileSync */.cG)(this.file, REGISTRY_MAX_BYTES).toString('utf8') !== text)
                throw new Error('the file changed meanwhile');
            (0,external_node_fs_.renameSync)(this.file, movedTo);
        }
        catch (e) {
            throw new core_errors/* ToolchainCacheError */.mg('REGISTRY_CORRUPT', `The registry ${this.file} is unreadable (${problem}) and could not be moved aside: ${e.message}.`);
        }
        return movedTo;
    }
}
const GENERATION_HEAD = /^\{"schemaVersion":\d+,"generation":(\d+)[,}]/;
function readGenerationSync(file) {
    try {
        return (0,regular_file/* withRegularFileSync */.QI)(file, REGISTRY_MAX_BYTES, (fd, size) => {
            const head = Buffer.alloc(Math.min(128, size));
            const n = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
            const m = GENERATION_HEAD.exec(head.toString('utf8', 0, n));
            return m ? Number(m[1]) : generationIn((0,regular_file/* readUpToSync */.Eg)(fd, size).toString('utf8'));
        });
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
function generationIn(text) {
    try {
        const generation = JSON.parse(text)?.generation;
        return typeof generation === 'number' ? generation : NaN;
    }
    catch {
        return NaN;
    }
}

;// CONCATENATED MODULE: ./lib/cli/root.js








function cliHostConfig(ctx) {
    const read = hostConfig();
    if (!warned)
        for (const w of read.warnings)
            ctx.io.stderr(`toolchain-cache: warning: ${w}`);
    warned = true;
    return read.config;
}
let warned = false;
function findRoot(flag, env, host = {}, runnerDirs = [], hostFile = HOST_CONFIG_FILE) {
    if (flag !== undefined && !flag.trim())
        throw new UsageError('--root needs a directory');
    if (runnerDirs.some((d) => !d.trim()))
        throw new UsageError('--runner-dir needs a directory');
    const runners = runnerDirs.map((d) => runnerSettings(sourceOf(readRunnerEnv(d))));
    const fromFile = flag === undefined && host.cacheRoot ? host.cacheRoot : undefined;
    const named = fromFile ?? flag ?? env.TOOLCHAIN_CACHE_ROOT?.trim();
    if (!named && runners.length)
        return { ...rootOfRunners(runners), runners };
    try {
        const chosen = (0,core_layout/* chooseCacheRoot */.YC)(fromFile ?? flag ?? '', env, {
            inputName: fromFile ? `the host configuration file ${hostFile}` : '--root',
        });
        return { root: chosen.root, from: chosen.from, runners };
    }
    catch (e) {
        if (e instanceof core_errors/* InputError */.dz) {
            throw new UsageError('no cache root: pass --root DIR or --runner-dir DIR (a runner whose .env sets TOOLCHAIN_CACHE_ROOT), set cacheRoot in the host configuration file, or set TOOLCHAIN_CACHE_ROOT');
        }
        throw e;
    }
}
function rootOfRunners(runners) {
    for (const r of runners)
        if (!r.root && r.errors.length)
            throw new UsageError(r.errors.join(' '));
    const roots = new Set(runners.map((r) => r.root));
    const first = runners[0];
    if (roots.size === 1 && first.root !== undefined)
        return { root: first.root, from: `${first.rootFrom} in ${first.source}` };
    const each = runners
        .map((r) => `${r.source}: ${r.root ? `${r.root} (${r.rootFrom})` : "none (its jobs use their own $RUNNER_TOOL_CACHE/toolchain-cache, under the runner's work folder)"}`)
        .join('; ');
    throw new UsageError(`the runners do not name one cache root (${each}); pass --root DIR for the one to act on, and give every runner the same TOOLCHAIN_CACHE_ROOT (or cacheRoot in the host configuration file)`);
}
const rootNote = (found) => found.from === '--root'
    ? undefined
    : `toolchain-cache: cache root ${found.root} (from ${found.from})`;
async function openForReading(root) {
    const st = await external_node_fs_.promises.stat(root).catch((e) => {
        if ((0,core_errors/* isErrnoException */.s$)(e) && (e.code === 'EACCES' || e.code === 'EPERM'))
            throw (0,core_layout/* unreachableRoot */.dm)(root, e.code);
        return undefined;
    });
    if (!st)
        throw new core_errors/* InputError */.dz(`Cache root ${root} does not exist.`, 'root');
    if (!st.isDirectory())
        throw new core_errors/* InputError */.dz(`Cache root ${root} is not a directory.`, 'root');
    const layout = new core_layout/* CacheLayout */.lB(await external_node_fs_.promises.realpath(root));
    await (0,core_layout/* checkLayoutVersion */.Nz)(layout, false);
    return layout;
}
async function openForWriting(root) {
    const layout = await (0,core_layout/* openCacheRoot */.BC)(root, { create: false });
    for (const dir of [layout.locksDir, layout.toolchainsDir, layout.trashDir])
        await (0,fsx/* ensureDir */.A0)(dir);
    return layout;
}
function openRegistry(ctx, layout, command) {
    return new Registry(layout, {
        holder: command ? `toolchain-cache ${command} (pid ${process.pid})` : undefined,
        onWarning: (m) => ctx.io.stderr(`toolchain-cache: warning: ${m}`),
        staleMs: hostLockStaleMs(cliHostConfig(ctx), ctx.io.env),
    });
}

// EXTERNAL MODULE: ./lib/core/manifest.js
var core_manifest = __nccwpck_require__(9718);
;// CONCATENATED MODULE: ./lib/cli/verify.js





async function verifyCache(layout, doc) {
    const entries = [];
    for (const entry of Object.values(doc.entries).sort((a, b) => (a.id < b.id ? -1 : 1))) {
        entries.push({ id: entry.id, ...(await verifyEntry(layout, entry.id, entry.sha256)) });
    }
    const toolchains = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.toolchainsDir);
    const onDisk = toolchains ? await (0,dir_handle/* withDir */.uM)(toolchains, (d) => d.list()) : [];
    const unregistered = onDisk.filter((n) => !Object.hasOwn(doc.entries, n)).sort();
    const report = { ok: entries.every((e) => e.ok), entries, unregistered };
    const ignoredPaths = recordedPaths(layout, doc);
    if (ignoredPaths.length)
        report.ignoredPaths = ignoredPaths;
    return report;
}
function recordedPaths(layout, doc) {
    const found = [];
    for (const [id, entry] of Object.entries(doc.entries)) {
        const recorded = entry.path;
        const used = layout.toolchainRoot(id);
        if (recorded === undefined || recorded === used)
            continue;
        found.push({
            id,
            recorded: typeof recorded === 'string' ? recorded : JSON.stringify(recorded),
            used,
        });
    }
    return found.sort((a, b) => (a.id < b.id ? -1 : 1));
}
const ignoredPathNote = (p) => `${p.id}: the registry records the path ${p.recorded}, which is not the layout's ${p.used}; ` +
    "it is ignored (jobs always use the layout's directory). Someone who can write the registry changed it, or an older release wrote it: check who can write the cache root.";
async function verifyEntry(layout, id, sha256) {
    let entry;
    try {
        entry = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.entryDir(id));
    }
    catch (e) {
        return { ok: false, problems: [(0,core_errors/* errorMessage */.gJ)(e)] };
    }
    if (!entry)
        return { ok: false, problems: [`missing: ${external_node_path_.relative(layout.root, layout.entryDir(id))}`] };
    return (0,dir_handle/* withDir */.uM)(entry, (d) => verifyEntryIn(layout, d, id, sha256));
}
async function verifyEntryIn(layout, entry, id, sha256) {
    const manifest = await (0,core_manifest/* readManifestIn */.pd)(entry, external_node_path_.basename(layout.manifestFile(id)));
    if (!manifest)
        return { ok: false, problems: [`manifest missing or unreadable: ${layout.manifestFile(id)}`] };
    const problems = [];
    if (manifest.id !== id)
        problems.push(`manifest names "${manifest.id}"`);
    if (manifest.sha256 !== sha256)
        problems.push(`manifest sha256 ${manifest.sha256} \u2260 registry ${sha256}`);
    const unvouched = await (0,receipt/* evidenceProblem */.jG)(layout, id, sha256);
    if (unvouched)
        problems.push(`not vouched for: ${unvouched}`);
    const root = layout.toolchainRoot(id);
    const files = await entry.openDir(external_node_path_.basename(root)).catch(() => undefined);
    if (!files) {
        problems.push(`missing: ${external_node_path_.relative(layout.root, root)}`);
    }
    else {
        problems.push(...(await (0,dir_handle/* withDir */.uM)(files, (d) => (0,core_manifest/* verifyTree */.aY)(d, manifest))));
    }
    return { ok: problems.length === 0, problems };
}

;// CONCATENATED MODULE: ./lib/cli/commands/doctor.js









const doctor = {
    summary: "Check the host's cache set-up and every toolchain; name each problem and its fix",
    usage: 'toolchain-cache doctor [--deep] [--root DIR] [--runner-dir DIR]\u2026 [--json]',
    details: `Checks the root (a real directory, its group, set-gid, the modes other runner users need),
the layout version, free space against the size bound, the lock stale time on NFS, the host settings
of each runner (its .env, given by --runner-dir; else this shell's environment) and whether they
differ, stale locks, trash and staging leftovers, use records this user cannot read, and every
toolchain against its hit-check record. Exits 0 when healthy, 1 with one line per problem.
  --deep   also check every toolchain's files against its manifest, by content (as \`verify\`)`,
    options: { deep: { type: 'boolean' } },
    positionals: 0,
    run: runDoctor,
};
async function runDoctor(ctx) {
    const fromEnvironment = ctx.runners.length === 0;
    const facts = await gatherFacts({
        root: ctx.root,
        rootFrom: ctx.rootFrom,
        host: hostFacts(),
        settings: fromEnvironment
            ? [runnerSettings({ name: 'the environment', vars: ctx.io.env })]
            : ctx.runners,
        settingsFromEnvironment: fromEnvironment,
        readRegistry: (layout) => openRegistry(ctx, layout, 'doctor').read(),
    });
    if (ctx.values.deep === true)
        await addDeepCheck(ctx, facts);
    const report = diagnose(facts);
    print(ctx, report, () => formatDoctorReport(report));
    return report.healthy ? EXIT_OK : EXIT_FAILURE;
}
function hostFacts() {
    try {
        const read = hostConfig();
        return { file: read.file, config: read.config };
    }
    catch (e) {
        return { file: HOST_CONFIG_FILE, config: {}, error: (0,core_errors/* errorMessage */.gJ)(e) };
    }
}
async function addDeepCheck(ctx, facts) {
    if (facts.dirs.length === 0 || facts.trees.length === 0) {
        facts.deep = [];
        return;
    }
    const layout = new core_layout/* CacheLayout */.lB(facts.dirs[0].path);
    const verified = await verifyCache(layout, await openRegistry(ctx, layout, 'doctor').read());
    facts.deep = verified.entries.map((e) => ({ id: e.id, problems: e.problems }));
}
function formatDoctorReport(r) {
    if (r.healthy)
        return [`healthy: ${r.root}`, ...r.checked.map((c) => `  checked: ${c}`)].join('\n');
    return [
        ...r.problems.map((p) => `${p.subject}: ${p.problem}. Fix: ${p.fix}.`),
        `${r.problems.length} problem(s) in ${r.root} (from ${r.rootFrom}).`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./lib/core/gc-report.js


function gcReportModel(r) {
    const common = { removed: [], rows: [], notes: r.notes, problems: r.errors };
    if (r.skipped === 'throttled') {
        const headline = 'this host cleaned up recently';
        return { ...common, title: 'GC not due', headline, detail: r.skippedDetail };
    }
    if (r.skipped) {
        const headline = 'another GC is running';
        return { ...common, title: 'GC skipped', headline, detail: r.skippedDetail };
    }
    const would = r.dryRun;
    const headline = r.removed.length
        ? `${would ? 'would remove' : 'removed'} ${r.removed.length} toolchain(s), ` +
            `${would ? 'freeing' : 'freed'} ${(0,format/* formatBytes */.z3)(r.freedBytes)}`
        : `nothing ${would ? 'would be removed' : 'removed'}`;
    const rows = [];
    const unreadable = r.unreadableUses ?? [];
    const pinned = new Set(unreadable.map((u) => u.id));
    const inUse = r.skippedInUse.filter((id) => !pinned.has(id));
    if (inUse.length) {
        const label = 'Skipped (in use)';
        rows.push({ label, summaryLabel: 'Skipped because in use', ids: inUse });
    }
    const notes = [...r.notes];
    if (unreadable.length) {
        rows.push({
            label: 'Skipped (unreadable use records)',
            summaryLabel: 'Kept because of use records this user cannot read',
            text: unreadable.map(describeUnreadable).join(', '),
        });
        notes.push(unreadableHint(unreadable));
    }
    if (r.boundsUnmet)
        rows.push({ label: 'Size bound not met', text: r.boundsUnmet });
    rows.push({ label: 'Cache', text: cacheRow(r) });
    return { ...common, notes, title: 'GC', headline, removed: r.removed, rows };
}
const describeUnreadable = (u) => `${u.id} (${u.records} record(s)${u.owners.length ? ` of ${u.owners.join(', ')}` : ''})`;
function unreadableHint(unreadable) {
    const owners = [...new Set(unreadable.flatMap((u) => u.owners))];
    return ('A use record this user cannot read counts as a live use (never removed on doubt), so it keeps its toolchain for good: ' +
        `run \`toolchain-cache gc\` as root (it reads them and reclaims those of finished jobs), or have ${owners.length ? owners.join(', ') : 'their owners'} ` +
        'make them group-readable (chmod g+r); `toolchain-cache doctor` lists them.');
}
function cacheRow(r) {
    const would = r.dryRun;
    const parts = [`${(0,format/* formatBytes */.z3)(r.totalBytesBefore)} \u2192 ${(0,format/* formatBytes */.z3)(r.totalBytesAfter)}`];
    if (r.reclaimedUses)
        parts.push(`${would ? 'would release' : 'released'} ${r.reclaimedUses} use(s) left by jobs that ended without their post step`);
    if (r.trashCleaned)
        parts.push(`${would ? 'would delete' : 'deleted'} ${r.trashCleaned} leftover(s) of interrupted installs and removals`);
    return parts.join('; ');
}
function gcReportText(m, removedList) {
    const lead = `${m.title}: ${m.headline}`;
    const lines = m.detail !== undefined
        ? [`${lead} (${m.detail}).`]
        : m.removed.length
            ? [`${lead}:`, ...removedList(m.removed)]
            : [`${lead}.`];
    for (const row of m.rows)
        lines.push(`${row.label}: ${row.ids ? row.ids.join(', ') : row.text}`);
    lines.push(...m.notes);
    return { lines, errors: m.problems };
}
const MAX_LISTED_IDS = 100;
const MAX_MESSAGES = 20;
const sentence = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function gcReportHtml(m, log = "the post step's log") {
    const ids = (list) => codeList(list, MAX_LISTED_IDS, log);
    const items = [
        ...m.rows.map((row) => `${escapeHtml(row.summaryLabel ?? row.label)}: ` +
            (row.ids ? ids(row.ids) : escapeHtml(row.text ?? ''))),
        ...capped(m.notes.map(escapeHtml), MAX_MESSAGES, 'note(s)', log),
        ...capped(m.problems.map((e) => `Problem: ${escapeHtml(e)}`), MAX_MESSAGES, 'problem(s)', log),
    ];
    let lead;
    if (m.title === 'GC not due') {
        const detail = m.detail !== undefined ? ` (${escapeHtml(m.detail)})` : '';
        lead = `<p>${escapeHtml(`${m.title}: ${m.headline}`)}${detail}.</p>`;
    }
    else if (m.title === 'GC skipped') {
        const detail = m.detail !== undefined ? ` (${escapeHtml(m.detail)})` : '';
        lead = `<p><strong>${escapeHtml(`${m.title}: ${m.headline}`)}</strong>${detail}.</p>`;
    }
    else {
        lead = `<p><strong>${escapeHtml(m.title)}:</strong></p>`;
        const removed = m.removed.map((e) => e.id);
        items.unshift(escapeHtml(sentence(m.headline)) + (removed.length ? `: ${ids(removed)}` : '.'));
    }
    return items.length ? `${lead}<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : lead;
}

;// CONCATENATED MODULE: ./lib/cli/format.js


const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const printable = (text) => text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
function formatTable(headers, cells, align = []) {
    const rows = cells.map((r) => r.map(printable));
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function formatFields(fields) {
    const width = Math.max(0, ...fields.map(([k]) => k.length));
    return fields.map(([k, v]) => `${`${k}:`.padEnd(width + 1)} ${printable(v)}`).join('\n');
}
const formatDuration = (ms) => {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 120_000)
        return `${(ms / 1000).toFixed(1)} s`;
    if (ms < 7_200_000)
        return `${(ms / 60_000).toFixed(1)} min`;
    return `${(ms / 3_600_000).toFixed(1)} h`;
};
const formatTime = (iso) => {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? iso : `${(0,format/* isoTime */.Ly)(t).slice(0, 16).replace('T', ' ')}Z`;
};

;// CONCATENATED MODULE: ./lib/cli/commands/gc.js









const gc = {
    summary: 'Remove unused toolchains (never one in use)',
    usage: 'toolchain-cache gc [--dry-run] [--max-unused-days N] [--max-size SIZE] [--root DIR] [--runner-dir DIR]\u2026 [--json]',
    details: `  --dry-run            report what would be removed; change nothing
  --max-unused-days N  remove toolchains unused for more than N days; 0 = every unused one (default:
                       the host configuration file's maxUnusedDays, else TOOLCHAIN_CACHE_MAX_UNUSED_DAYS
                       of this shell, else of the runners' .env (--runner-dir), else 30)
  --max-size SIZE      then remove unused toolchains, least recently used first, while the cache
                       is larger than SIZE (e.g. 20GB, 512MiB, 1073741824; default: the host
                       configuration file's maxSize, else TOOLCHAIN_CACHE_MAX_SIZE of this shell,
                       else of the runners' .env (--runner-dir), else no bound)`,
    options: {
        'dry-run': { type: 'boolean' },
        'max-unused-days': { type: 'string' },
        'max-size': { type: 'string' },
    },
    positionals: 0,
    run: runGc,
};
function wholeNumber(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value.trim()))
        throw new UsageError(`${flag} must be a whole number \u2265 0 (got "${value}")`);
    return Number(value.trim());
}
function maxSizeFrom(sizeFlag) {
    if (sizeFlag === undefined)
        return undefined;
    let maxSizeBytes;
    try {
        maxSizeBytes = parseSize(sizeFlag, 'max-size');
    }
    catch (e) {
        throw new UsageError(`--max-size: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
    }
    if (maxSizeBytes === undefined)
        throw new UsageError('--max-size needs a size such as 20GB');
    return maxSizeBytes;
}
function gcBounds(ctx) {
    const host = cliHostConfig(ctx);
    const file = `the host configuration file ${hostConfig().file}`;
    const shell = runnerSettings({ name: 'the environment', vars: ctx.io.env });
    for (const r of [shell, ...ctx.runners])
        assertSettingsValid(r);
    const fromRunners = (pick, flag) => {
        const set = ctx.runners.filter((r) => pick(r) !== undefined);
        if (set.length === 0)
            return undefined;
        const values = new Set(ctx.runners.map(pick));
        if (values.size > 1)
            throw new UsageError(`the runners' .env files set different GC bounds (${ctx.runners.map((r) => `${r.source}: ${pick(r) ?? 'unset'}`).join('; ')}); pass ${flag}, and give every runner the same value (or set it in the host configuration file)`);
        return { value: pick(set[0]), from: set[0].source };
    };
    const daysFlag = ctx.values['max-unused-days'];
    const sizeFlag = ctx.values['max-size'];
    const maxUnusedDays = daysFlag !== undefined
        ? { value: wholeNumber(daysFlag, '--max-unused-days', 30), from: '--max-unused-days' }
        : host.maxUnusedDays !== undefined
            ? { value: host.maxUnusedDays, from: file }
            : shell.maxUnusedDays !== undefined
                ? { value: shell.maxUnusedDays, from: 'TOOLCHAIN_CACHE_MAX_UNUSED_DAYS' }
                : (fromRunners((r) => r.maxUnusedDays, '--max-unused-days') ?? {
                    value: 30,
                    from: 'the default',
                });
    const maxSize = sizeFlag !== undefined
        ? { value: maxSizeFrom(sizeFlag), from: '--max-size' }
        : host.maxSizeBytes !== undefined
            ? { value: host.maxSizeBytes, from: file }
            : shell.maxSizeBytes !== undefined
                ? { value: shell.maxSizeBytes, from: 'TOOLCHAIN_CACHE_MAX_SIZE' }
                : (fromRunners((r) => r.maxSizeBytes, '--max-size') ?? {
                    value: undefined,
                    from: 'the default',
                });
    return { maxUnusedDays, maxSize };
}
async function runGc(ctx) {
    const { maxUnusedDays: days, maxSize } = gcBounds(ctx);
    ctx.io.stderr(`toolchain-cache gc: max-unused-days ${days.value} (${days.from}), max-size ${maxSize.value === undefined ? 'none' : (0,format/* formatBytes */.z3)(maxSize.value)} (${maxSize.from})`);
    const maxUnusedDays = days.value;
    const maxSizeBytes = maxSize.value;
    const dryRun = ctx.values['dry-run'] === true;
    const layout = dryRun ? await openForReading(ctx.root) : await openForWriting(ctx.root);
    const registry = openRegistry(ctx, layout, 'gc');
    const report = await collectGarbage(layout, registry, {
        maxUnusedDays,
        maxSizeBytes,
        dryRun,
        force: true,
        holder: `toolchain-cache gc (pid ${process.pid})`,
    });
    print(ctx, report, () => formatGcReport(report));
    return report.errors.length ? EXIT_FAILURE : EXIT_OK;
}
function formatGcReport(r) {
    const { lines, errors } = gcReportText(gcReportModel(r), (removed) => [
        formatTable(['ID', 'SIZE', 'LAST USED'], removed.map((e) => [e.id, (0,format/* formatBytes */.z3)(e.sizeBytes), formatTime(e.lastUsedAt)]), ['left', 'right']),
    ]);
    return [...lines, ...errors.map((e) => `error: ${e}`)].join('\n');
}

;// CONCATENATED MODULE: ./lib/cli/commands/list.js





const list = {
    summary: 'List the installed toolchains',
    usage: 'toolchain-cache list [--root DIR] [--json]',
    details: 'Columns: id, size, live uses, use records this user cannot read (kept as live: see `doctor`), last use, install time, sha256, path.',
    options: {},
    positionals: 0,
    run: runList,
};
async function runList(ctx) {
    const layout = await openForReading(ctx.root);
    const doc = await openRegistry(ctx, layout).read();
    const usage = await (0,core_uses/* usageOfAll */.Gy)(layout, Object.keys(doc.entries));
    const entries = withLastUse(doc, usage)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((e) => ({
        id: e.id,
        path: layout.toolchainRoot(e.id),
        sha256: e.sha256,
        sizeBytes: e.sizeBytes,
        installedAt: e.installedAt,
        lastUsedAt: e.lastUsedAt,
        uses: usage.get(e.id)?.live.length ?? 0,
        unreadableUses: usage.get(e.id)?.unreadable.length ?? 0,
    }));
    print(ctx, entries, () => entries.length === 0
        ? `No toolchains in ${layout.root}.`
        : formatTable(['ID', 'SIZE', 'USES', 'UNREADABLE', 'LAST USED', 'INSTALLED', 'SHA256', 'PATH'], entries.map((e) => [
            e.id,
            (0,format/* formatBytes */.z3)(e.sizeBytes),
            String(e.uses),
            String(e.unreadableUses),
            formatTime(e.lastUsedAt),
            formatTime(e.installedAt),
            e.sha256.slice(0, 12),
            e.path,
        ]), ['left', 'right', 'right', 'right']));
    return EXIT_OK;
}

// EXTERNAL MODULE: ./lib/vendors/types.js
var types = __nccwpck_require__(5386);
;// CONCATENATED MODULE: ./lib/core/named/lockfile.js





const LOCKFILE_VERSION = 1;
const DEFAULT_LOCKFILE = 'toolchains.lock.json';
const MAX_LOCKFILE_BYTES = 4 * 1024 * 1024;
const emptyLockfile = () => ({ lockfileVersion: 1, toolchains: {} });
function lockfilePath(input, workspace = process.env.GITHUB_WORKSPACE || process.cwd()) {
    return external_node_path_.resolve(workspace, input.trim());
}
function readLockfile(file, missingOk = false) {
    let text;
    try {
        text = (0,regular_file/* readRegularFileSync */.cG)(file, MAX_LOCKFILE_BYTES).toString('utf8');
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT') {
            if (missingOk)
                return undefined;
            throw new core_errors/* InputError */.dz(`The lockfile ${file} does not exist: create it with \`toolchain-cache lock SPEC\u2026 --out ${file}\`, or fix the "lockfile" input.`, 'lockfile');
        }
        throw e;
    }
    return parseLockfile(text, file);
}
function parseLockfile(text, file) {
    const bad = (why) => new core_errors/* InputError */.dz(`The lockfile ${file} ${why}. Regenerate it with \`toolchain-cache lock\`.`, 'lockfile');
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw bad(`is not valid JSON (${e.message})`);
    }
    const obj = doc;
    if (!isRecord(obj))
        throw bad('must hold a JSON object');
    if (obj.lockfileVersion !== LOCKFILE_VERSION)
        throw bad(`has lockfileVersion ${JSON.stringify(obj.lockfileVersion)}; this release reads 1`);
    if (!isRecord(obj.toolchains))
        throw bad('has no "toolchains" object');
    const toolchains = {};
    for (const [spec, platforms] of Object.entries(obj.toolchains)) {
        if (!isRecord(platforms))
            throw bad(`: "${spec}" must map platforms to entries`);
        const entries = {};
        for (const [platform, entry] of Object.entries(platforms)) {
            if (!types/* PLATFORMS */.P.includes(platform))
                throw bad(`: "${spec}" names an unknown platform "${platform}" (known: ${types/* PLATFORMS */.P.join(', ')})`);
            const why = entryProblem(entry);
            if (why)
                throw bad(`: "${spec}" "${platform}" ${why}`);
            entries[platform] = pick(entry);
        }
        Object.defineProperty(toolchains, spec, { value: entries, enumerable: true, writable: true });
    }
    return { lockfileVersion: 1, toolchains };
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function entryProblem(entry) {
    if (!isRecord(entry))
        return 'must be an object with id, version, url, sha256';
    if (typeof entry.id !== 'string' || !core_ids/* ID_PATTERN */.p.test(entry.id))
        return 'has no valid "id"';
    if (typeof entry.version !== 'string' || !entry.version)
        return 'has no "version"';
    if (typeof entry.url !== 'string' ||
        !URL.canParse(entry.url) ||
        !/^https?:$/.test(new URL(entry.url).protocol))
        return 'has no http(s) "url"';
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256))
        return 'has no "sha256" of 64 lower-case hex characters';
    if (entry.size !== undefined &&
        !(Number.isSafeInteger(entry.size) && entry.size >= 0))
        return 'has a "size" that is not a whole number';
    return undefined;
}
const pick = (r) => ({
    id: r.id,
    version: r.version,
    url: r.url,
    sha256: r.sha256,
    ...(r.size !== undefined && { size: r.size }),
});
function lockEntry(lock, spec, platform) {
    if (!lock || !Object.hasOwn(lock.toolchains, spec))
        return undefined;
    const platforms = lock.toolchains[spec];
    return Object.hasOwn(platforms, platform) ? platforms[platform] : undefined;
}
function formatLockfile(lock) {
    const toolchains = Object.fromEntries(Object.keys(lock.toolchains)
        .sort()
        .map((spec) => {
        const platforms = lock.toolchains[spec];
        const sorted = Object.keys(platforms)
            .sort()
            .map((p) => [p, pick(platforms[p])]);
        return [spec, Object.fromEntries(sorted)];
    }));
    return `${JSON.stringify({ lockfileVersion: LOCKFILE_VERSION, toolchains }, null, 2)}\n`;
}
const lockEntryText = (spec, platform, r) => `${JSON.stringify(spec)}: { ${JSON.stringify(platform)}: ${JSON.stringify(pick(r))} }`;

// EXTERNAL MODULE: ./lib/core/named/settings.js
var settings = __nccwpck_require__(2264);
// EXTERNAL MODULE: ./lib/core/named/vendor-step.js + 2 modules
var vendor_step = __nccwpck_require__(6978);
// EXTERNAL MODULE: ./lib/vendors/platform.js
var platform = __nccwpck_require__(7088);
;// CONCATENATED MODULE: ./lib/cli/commands/lock.js













const EXIT_NEWER = 1;
const EXIT_CHECKSUM_CHANGED = 2;
const lock = {
    summary: 'Resolve named toolchains into a lockfile, or check one',
    usage: 'toolchain-cache lock SPEC\u2026 [--platform P]\u2026 [--out FILE] [--check] [--root DIR] [--json]',
    details: [
        `  SPEC            NAME@VERSION, as in the toolchains input (node@24, go@1.23)`,
        `  --platform P    resolve for P (repeatable; default this host's): ${types/* PLATFORMS */.P.join(', ')}`,
        `  --out FILE      the lockfile (default ${DEFAULT_LOCKFILE}); written atomically, keys sorted`,
        '  --check         change nothing; exit 1 when a newer version matches a locked spec,',
        "                  2 when the vendor's sha256 of a locked file changed (with no SPEC: every locked spec)",
    ].join('\n'),
    options: {
        platform: { type: 'string', multiple: true },
        out: { type: 'string' },
        check: { type: 'boolean' },
    },
    positionals: 'any',
    rootOptional: true,
    run: runLock,
};
async function runLock(ctx) {
    const check = ctx.values.check === true;
    if (ctx.positionals.length === 0 && !check)
        throw new UsageError('needs one or more SPEC');
    const file = external_node_path_.resolve(String(ctx.values.out ?? DEFAULT_LOCKFILE));
    const host = cliHostConfig(ctx);
    const log = {
        info: () => undefined,
        debug: () => undefined,
        warning: (m) => ctx.io.stderr(`toolchain-cache lock: warning: ${m}`),
    };
    const run = {
        ctx,
        file,
        lock: readLockfile(file, true) ?? emptyLockfile(),
        options: {
            layout: await rootIfAny(ctx),
            settings: (0,settings/* namedSettings */.Zz)(host, ctx.io.env),
            log,
            holder: `toolchain-cache lock (pid ${process.pid})`,
            session: {},
        },
    };
    const specs = specsOf(ctx.positionals.length ? ctx.positionals : Object.keys(run.lock.toolchains));
    return check ? checkLock(run, specs) : writeLock(run, specs);
}
async function rootIfAny(ctx) {
    if (!ctx.root)
        return undefined;
    return (0,core_layout/* openCacheRoot */.BC)(ctx.root, { create: false }).catch((e) => {
        ctx.io.stderr(`toolchain-cache lock: warning: not using the cache root's index cache: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
        return undefined;
    });
}
function specsOf(texts) {
    return checkToolchains(texts).toolchains;
}
function platformsOf(ctx) {
    const given = ctx.values.platform ?? [];
    for (const p of given)
        if (!types/* PLATFORMS */.P.includes(p))
            throw new UsageError(`--platform ${p} is not a platform (${types/* PLATFORMS */.P.join(', ')})`);
    return given.length ? [...new Set(given)] : [(0,platform/* hostPlatform */.ol)()];
}
async function writeLock(run, specs) {
    const written = [];
    for (const item of specs) {
        for (const platform of platformsOf(run.ctx)) {
            const r = await (0,vendor_step.resolveWithVendor)(item, { ...run.options, platform });
            const entries = Object.hasOwn(run.lock.toolchains, item.spec)
                ? run.lock.toolchains[item.spec]
                : {};
            entries[platform] = r;
            Object.defineProperty(run.lock.toolchains, item.spec, {
                value: entries,
                enumerable: true,
                writable: true,
                configurable: true,
            });
            written.push({ spec: item.spec, platform, id: r.id });
        }
    }
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(run.file), { recursive: true });
    await (0,fsx/* atomicWriteFile */.Re)(run.file, formatLockfile(run.lock));
    print(run.ctx, { file: run.file, written }, () => [...written.map((w) => `${w.spec} ${w.platform}: ${w.id}`), `Wrote ${run.file}.`].join('\n'));
    return EXIT_OK;
}
async function checkLock(run, specs) {
    const findings = [];
    const wanted = run.ctx.values.platform ? platformsOf(run.ctx) : undefined;
    for (const item of specs) {
        const locked = Object.hasOwn(run.lock.toolchains, item.spec)
            ? run.lock.toolchains[item.spec]
            : {};
        const platforms = wanted ?? Object.keys(locked);
        if (platforms.length === 0)
            run.ctx.io.stderr(`toolchain-cache lock: warning: ${item.spec} is not in ${run.file}`);
        for (const platform of platforms) {
            const entry = lockEntry(run.lock, item.spec, platform);
            if (!entry) {
                run.ctx.io.stderr(`toolchain-cache lock: warning: ${item.spec} ${platform} is not in ${run.file}`);
                continue;
            }
            const options = { ...run.options, platform };
            const exact = { ...item, spec: `${item.name}@${entry.version}`, version: entry.version };
            const same = await (0,vendor_step.resolveWithVendor)(exact, options);
            if (same.url === entry.url && same.sha256 !== entry.sha256)
                findings.push({
                    spec: item.spec,
                    platform,
                    locked: entry.id,
                    problem: 'checksum-changed',
                    detail: `the vendor's sha256 of ${entry.url} is now ${same.sha256}; the lockfile has ${entry.sha256}`,
                });
            const now = await (0,vendor_step.resolveWithVendor)(item, options);
            if (now.version !== entry.version)
                findings.push({
                    spec: item.spec,
                    platform,
                    locked: entry.id,
                    problem: 'newer',
                    detail: `${now.version} matches it now (${now.id}); the lockfile has ${entry.version}`,
                });
        }
    }
    print(run.ctx, { file: run.file, findings }, () => findings.length
        ? findings
            .map((f) => `${f.spec} ${f.platform}: ${f.problem === 'checksum-changed' ? 'ALARM: ' : ''}${f.detail}`)
            .join('\n')
        : `${run.file} is up to date.`);
    if (findings.some((f) => f.problem === 'checksum-changed'))
        return EXIT_CHECKSUM_CHANGED;
    return findings.length ? EXIT_NEWER : EXIT_OK;
}

;// CONCATENATED MODULE: ./lib/core/metrics.js
const METRIC_PREFIX = 'toolchain_cache_';
const REPOSITORY_COUNTERS = [
    ['jobs_total', 'Jobs whose post step recorded results.', (c) => c.jobs],
    ['local_hits_total', 'Toolchains found installed, without waiting.', (c) => c.localHits],
    [
        'peer_waits_total',
        'Toolchains a job waited for while a concurrent job installed them.',
        (c) => c.peerWaits,
    ],
    ['remote_restores_total', 'Toolchains restored from a remote tier.', (c) => c.remoteRestores],
    ['downloads_total', 'Toolchains downloaded from their origin.', (c) => c.downloads],
    ['downloaded_bytes_total', 'Bytes downloaded from origins.', (c) => c.bytesDownloaded],
    [
        'served_bytes_total',
        'Sizes of the toolchains served from the host cache (local hits and peer waits).',
        (c) => c.bytesServed,
    ],
    [
        'wait_seconds_total',
        "Time jobs spent waiting for other jobs' installs.",
        (c) => c.waitMs / 1000,
    ],
];
const gauge = (name, help, value) => ({
    name,
    help,
    type: 'gauge',
    samples: value === null ? [] : [{ value }],
});
const counter = (name, help, value) => ({
    name,
    help,
    type: 'counter',
    samples: [{ value }],
});
function families(input) {
    const repositories = Object.entries(input.namespaces);
    const hosts = Object.entries(input.gc.hosts);
    return [
        gauge('toolchains_installed', 'Toolchains installed in the cache root.', input.entries),
        gauge('toolchains_in_use', 'Installed toolchains with at least one live use.', input.inUse),
        gauge('installed_bytes', 'Bytes of the installed toolchains.', input.totalBytes),
        gauge('free_disk_bytes', "Free space for this user on the cache root's file system.", input.freeBytes),
        ...REPOSITORY_COUNTERS.map(([name, help, figure]) => ({
            name,
            help: `${help} By repository.`,
            type: 'counter',
            samples: repositories.map(([repository, c]) => ({
                labels: { repository },
                value: figure(c),
            })),
        })),
        counter('gc_runs_total', 'Full GCs run (post steps and `toolchain-cache gc`).', input.gc.runs),
        counter('gc_toolchains_removed_total', 'Toolchains removed by GC.', input.gc.toolchainsRemoved),
        counter('gc_freed_bytes_total', 'Bytes freed by GC.', input.gc.bytesFreed),
        {
            name: 'gc_last_run_timestamp_seconds',
            help: "When each host's last full GC ran (Unix time).",
            type: 'gauge',
            samples: hosts.flatMap(([host, run]) => {
                const at = Date.parse(run.lastRunAt);
                return Number.isNaN(at) ? [] : [{ labels: { host }, value: at / 1000 }];
            }),
        },
    ];
}
function escapeLabelValue(value) {
    return wellFormed(value).replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}
const escapeHelp = (text) => text.replace(/[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\\\'));
const wellFormed = (s) => s.replace(/[\ud800-\udfff]/gu, '\ufffd');
function formatValue(v) {
    if (Number.isNaN(v))
        return 'NaN';
    if (!Number.isFinite(v))
        return v > 0 ? '+Inf' : '-Inf';
    return String(v);
}
const labelText = (labels) => labels && Object.keys(labels).length
    ? `{${Object.entries(labels)
        .map(([k, v]) => `${k}="${escapeLabelValue(v)}"`)
        .join(',')}}`
    : '';
function seriesLines(f, name) {
    const series = new Map();
    for (const s of f.samples) {
        const key = labelText(s.labels);
        const seen = series.get(key);
        const merged = seen === undefined
            ? s.value
            : f.type === 'counter'
                ? seen + s.value
                : Math.max(seen, s.value);
        series.set(key, merged);
    }
    return [...series].map(([labels, value]) => `${name}${labels} ${formatValue(value)}`);
}
function renderMetrics(input) {
    const lines = [];
    for (const f of families(input)) {
        if (f.samples.length === 0)
            continue;
        const name = METRIC_PREFIX + f.name;
        lines.push(`# HELP ${name} ${escapeHelp(f.help)}`, `# TYPE ${name} ${f.type}`);
        lines.push(...seriesLines(f, name));
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./lib/cli/commands/stats.js




const stats_stats = {
    summary: 'Cache-wide figures and hit/miss counters per repository',
    usage: 'toolchain-cache stats [--root DIR] [--json]',
    options: {},
    positionals: 0,
    run: runStats,
};
async function gatherStats(ctx, command) {
    const layout = await openForReading(ctx.root);
    const doc = await openRegistry(ctx, layout).read();
    const figures = await (0,stats/* cacheFigures */.Gh)(layout, doc);
    const { doc: statsDoc, warning } = await (0,stats/* readStats */.uq)(layout);
    if (warning)
        ctx.io.stderr(`toolchain-cache ${command}: warning: ${warning}`);
    const summary = (0,stats/* summarizeStats */.PZ)(statsDoc);
    return {
        root: layout.root,
        ...figures,
        namespaces: summary.namespaces,
        total: summary.total,
        gc: summary.gc,
    };
}
async function runStats(ctx) {
    const data = await gatherStats(ctx, 'stats');
    print(ctx, data, () => formatStats(data));
    return EXIT_OK;
}
function formatStats(data) {
    const header = formatFields([
        ['root', data.root],
        ['entries', String(data.entries)],
        ['total', (0,format/* formatBytes */.z3)(data.totalBytes)],
        ['in use', String(data.inUse)],
        ['unused', String(data.unused)],
        ['free disk', (0,format/* formatFree */.I5)(data.freeBytes)],
    ]);
    const rows = [...Object.entries(data.namespaces), ['(total)', data.total]].map(([ns, s]) => [
        ns,
        String(s.jobs),
        String(s.localHits),
        String(s.peerWaits),
        String(s.remoteRestores),
        String(s.downloads),
        (0,format/* formatBytes */.z3)(s.bytesDownloaded),
        (0,format/* formatBytes */.z3)(s.bytesServed),
        formatDuration(s.waitMs),
        (0,format/* formatPercent */.l9)(s.hitRate),
    ]);
    const headers = [
        ...['REPOSITORY', 'JOBS', 'LOCAL', 'PEER', 'REMOTE', 'DOWNLOAD'],
        ...['DOWNLOADED', 'SERVED', 'WAITED', 'HIT RATE'],
    ];
    const align = headers.map((_, i) => (i === 0 ? 'left' : 'right'));
    return `${header}\n\n${formatTable(headers, rows, align)}\n\n${formatGc(data.gc)}`;
}
function formatGc(gc) {
    const fields = formatFields([
        ['gc runs', String(gc.runs)],
        ['gc removed', String(gc.toolchainsRemoved)],
        ['gc freed', (0,format/* formatBytes */.z3)(gc.bytesFreed)],
    ]);
    const hosts = Object.entries(gc.hosts);
    if (hosts.length === 0)
        return fields;
    const rows = hosts.map(([host, h]) => [
        host,
        formatTime(h.lastRunAt),
        String(h.lastRunRemoved),
        (0,format/* formatBytes */.z3)(h.lastRunBytesFreed),
    ]);
    const table = formatTable(['HOST', 'LAST GC', 'REMOVED', 'FREED'], rows, [
        'left',
        'left',
        'right',
        'right',
    ]);
    return `${fields}\n\n${table}`;
}

;// CONCATENATED MODULE: ./lib/cli/commands/metrics.js








const METRICS_FILE_MODE = 0o644;
const metrics = {
    summary: 'Figures and counters in the Prometheus text format (for node_exporter)',
    usage: 'toolchain-cache metrics [--out FILE] [--root DIR]',
    details: `  --out FILE  write them to FILE instead of stdout, atomically (a temp file in the same
              directory, then renamed over FILE; mode 0644), for node_exporter's textfile
              collector: name it *.prom in its --collector.textfile.directory. A symlink
              at FILE is refused.`,
    options: { out: { type: 'string' } },
    positionals: 0,
    run: runMetrics,
};
async function runMetrics(ctx) {
    if (ctx.json)
        throw new UsageError('prints the Prometheus text format; `stats --json` gives the same as JSON');
    const out = ctx.values.out;
    if (out !== undefined && !out.trim())
        throw new UsageError('--out needs a file');
    const text = renderMetrics(await gatherStats(ctx, 'metrics'));
    if (out === undefined)
        ctx.io.stdout(text);
    else
        await writeMetricsFile(external_node_path_.resolve(out), text);
    return EXIT_OK;
}
async function writeMetricsFile(file, text) {
    const refuseOther = async () => {
        const st = await external_node_fs_.promises.lstat(file).catch(() => undefined);
        if (st && !st.isFile())
            throw new core_errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${file} is ${(0,regular_file/* fileKind */.h_)(st)}, not a regular file: nothing was written. Remove it, or ` +
                'pass --out the real path of the file to write.');
    };
    await refuseOther();
    await (0,fsx/* atomicWriteFile */.Re)(file, text, refuseOther, METRICS_FILE_MODE);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./lib/core/installer.js
var installer = __nccwpck_require__(3607);
// EXTERNAL MODULE: ./lib/core/named/job-setup.js
var job_setup = __nccwpck_require__(6362);
;// CONCATENATED MODULE: ./lib/core/named/table.js




const TABLE_FILE = 'resolutions.json';
const MAX_TABLE_BYTES = 1024 * 1024;
const MAX_ENTRIES = 1000;
const namedDir = (layout) => layout.namedDir;
const tableFile = (layout) => external_node_path_.join(namedDir(layout), TABLE_FILE);
const resolutionKey = (spec, platform, mirror) => `${spec} ${platform} ${mirror ?? '-'}`;
const emptyTable = () => ({ version: 1, resolutions: {}, uses: {} });
function readTable(layout) {
    const text = (0,regular_file/* readRegularTextIfExistsSync */.cL)(tableFile(layout), MAX_TABLE_BYTES);
    if (text === undefined)
        return emptyTable();
    try {
        const doc = JSON.parse(text);
        if (doc?.version !== 1 || !table_isRecord(doc.resolutions) || !table_isRecord(doc.uses))
            return emptyTable();
        return { version: 1, resolutions: doc.resolutions, uses: doc.uses };
    }
    catch {
        return emptyTable();
    }
}
const table_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function freshResolution(table, key, ttlMs, now = Date.now()) {
    const r = Object.hasOwn(table.resolutions, key) ? table.resolutions[key] : undefined;
    if (!r || typeof r.id !== 'string' || typeof r.sha256 !== 'string' || typeof r.url !== 'string')
        return undefined;
    const age = now - Date.parse(r.resolvedAt);
    return age >= 0 && age < ttlMs ? r : undefined;
}
function tableUse(table, id) {
    const u = Object.hasOwn(table.uses, id) ? table.uses[id] : undefined;
    if (!u || !Array.isArray(u.bin) || !table_isRecord(u.env) || !Array.isArray(u.bases))
        return undefined;
    return u;
}
async function updateTable(layout, update, options = {}) {
    await (0,fsx/* ensureDir */.A0)(namedDir(layout));
    const { withLock } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1422));
    await withLock(layout.lockPath('named-table'), 'named-table', {
        staleMs: options.staleMs ?? stale/* DEFAULT_LOCK_STALE_MS */.xL,
        timeoutMs: 30_000,
        pollMs: 25,
        holder: options.holder,
    }, async (lock) => {
        const table = readTable(layout);
        Object.assign(table.resolutions, update.resolutions);
        Object.assign(table.uses, update.uses);
        table.resolutions = newest(table.resolutions, (r) => r.resolvedAt);
        table.uses = newest(table.uses, (u) => u.recordedAt);
        (0,fsx/* writeFileReplacingSync */.WF)(tableFile(layout), JSON.stringify(table), () => lock.assertHeldSync());
    });
}
function newest(records, at) {
    const entries = Object.entries(records);
    if (entries.length <= MAX_ENTRIES)
        return records;
    entries.sort(([, a], [, b]) => Date.parse(at(b)) - Date.parse(at(a)));
    return Object.fromEntries(entries.slice(0, MAX_ENTRIES));
}

;// CONCATENATED MODULE: ./lib/core/named/resolve.js







async function resolveToolchainItems(items, options) {
    const named = items.filter(isNamedItem);
    const result = {
        toolchains: [],
        versions: {},
        env: {},
        jobSetups: [],
        missingFromLock: [],
        from: {},
    };
    if (named.length === 0) {
        result.toolchains = items;
        return result;
    }
    const now = options.now?.() ?? Date.now();
    const table = options.layout ? readTable(options.layout) : undefined;
    const update = { resolutions: {}, uses: {} };
    const resolved = new Map();
    for (const item of named)
        resolved.set(item, await resolveOne(item, table, update, now, options));
    if (options.layout && (Object.keys(update.resolutions).length || Object.keys(update.uses).length))
        await updateTable(options.layout, update, options).catch((e) => options.log.debug(`The table of resolutions was not updated: ${String(e)}`));
    return assemble(items, resolved, result, options);
}
async function resolveOne(item, table, update, now, options) {
    const { platform, settings } = options;
    const mirror = settings.mirrorOf(item.name);
    const locked = lockEntry(options.lockfile?.lock, item.spec, platform);
    const key = resolutionKey(item.spec, platform, mirror);
    let resolution = locked;
    let from = 'lockfile';
    if (!resolution && table) {
        resolution = freshResolution(table, key, settings.indexTtlSeconds * 1000, now);
        from = 'table';
    }
    const vendorStep = () => Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6978));
    if (!resolution) {
        resolution = await (await vendorStep()).resolveWithVendor(item, options);
        from = 'vendor';
        update.resolutions[key] = { ...resolution, resolvedAt: (0,format/* isoTime */.Ly)(now) };
    }
    let use = table && tableUse(table, resolution.id);
    if (!use || use.vendor !== item.name) {
        use = await (await vendorStep()).useOf(item.name, resolution, options);
        update.uses[resolution.id] = use;
    }
    let setup;
    if (options.job && use.job)
        setup =
            (0,job_setup/* fillTemplate */.ou)(use.job, options.job) ??
                (await (await vendorStep()).jobSetupOf(item.name, resolution, options, options.job));
    return { item, resolution, use, from, setup };
}
function assemble(items, resolved, result, options) {
    const byId = new Map();
    items.forEach((item, index) => {
        if (!isNamedItem(item))
            byId.set(item.id.toLowerCase(), { index });
    });
    for (const [index, item] of items.entries()) {
        if (!isNamedItem(item)) {
            result.toolchains.push(item);
            continue;
        }
        const r = resolved.get(item);
        const { resolution, use } = r;
        result.versions[item.spec] = resolution.version;
        result.from[item.spec] = r.from;
        if (options.lockfile && r.from !== 'lockfile') {
            result.missingFromLock.push({
                spec: item.spec,
                platform: options.platform,
                entry: resolution,
                text: lockEntryText(item.spec, options.platform, resolution),
            });
        }
        const earlier = byId.get(resolution.id.toLowerCase());
        if (earlier && !earlier.named)
            throw new core_errors/* InputError */.dz(`toolchains[${index}] ("${item.spec}") resolves to the id ${resolution.id}, which toolchains[${earlier.index}] gives too: ` +
                'an id names one archive; rename that item, or drop one of the two.', 'toolchains');
        if (earlier) {
            if (earlier.named?.resolution.sha256 !== resolution.sha256)
                throw new core_errors/* InputError */.dz(`toolchains[${index}] ("${item.spec}") resolves to ${resolution.id} with another sha256 than toolchains[${earlier.index}] ("${earlier.named?.item.spec}") did.`, 'toolchains');
            continue;
        }
        byId.set(resolution.id.toLowerCase(), { index, named: r });
        Object.assign(result.env, use.env, r.setup?.env);
        if (r.setup)
            result.jobSetups.push(r.setup);
        result.toolchains.push({
            id: resolution.id,
            url: (0,settings/* mirrored */.VV)(resolution.url, use.bases, options.settings.mirrorOf(item.name)),
            sha256: resolution.sha256,
            bin: use.bin,
            stripComponents: use.stripComponents,
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/cli/toolchain-list.js








const MAX_LIST_BYTES = 1024 * 1024;
async function readToolchainList(file) {
    let text;
    try {
        text = (await (0,regular_file/* readRegularFile */.XF)(await external_node_fs_.promises.realpath(file), MAX_LIST_BYTES)).toString('utf8');
    }
    catch (e) {
        throw new core_errors/* InputError */.dz(`--file ${file}: cannot read it (${(0,core_errors/* errorMessage */.gJ)(e)}).`, 'file');
    }
    try {
        return await parseToolchainList(text);
    }
    catch (e) {
        if (e instanceof core_errors/* InputError */.dz)
            e.message = `--file ${file}: ${e.message}`;
        throw e;
    }
}
async function parseToolchainList(text) {
    const { toolchains, warnings } = await parseToolchains(text);
    return { items: toolchains, warnings };
}
async function toSpecs(items, options) {
    const file = options.lockfile ? lockfilePath(options.lockfile, process.cwd()) : undefined;
    const result = await resolveToolchainItems(items, {
        layout: options.layout,
        platform: (0,platform/* hostPlatform */.ol)(),
        settings: (0,settings/* namedSettings */.Zz)(options.host),
        lockfile: file ? { file, lock: readLockfile(file) } : undefined,
        log: options.log,
    });
    for (const m of result.missingFromLock)
        options.log.warning(`${m.spec} on ${m.platform} is not in the lockfile ${options.lockfile}: resolved to ${m.entry.id}; add ${m.text} under "toolchains".`);
    return result.toolchains;
}

;// CONCATENATED MODULE: ./lib/cli/commands/prefetch.js











const prefetch = {
    summary: 'Install the toolchains of a list as a job would (bake an image, warm a host)',
    usage: 'toolchain-cache prefetch --file FILE [--lockfile FILE] [--wait-timeout SECONDS] [--root DIR] [--json]',
    details: `  --file FILE             the toolchains, as the action's \`toolchains\` input takes them (a YAML list)
  --lockfile FILE         the lockfile pinning the list's named items (NAME@VERSION)
  --wait-timeout SECONDS  how long to wait for a job installing the same toolchain (default 600)

Safe while jobs run: a toolchain being installed is waited for, never downloaded twice. Progress
goes to stderr, a table of the toolchains to stdout. Exits 1 naming each toolchain that failed; the
others are installed all the same. Each toolchain counts as used now (GC keeps it for
max-unused-days); no use record outlives the command.`,
    options: {
        file: { type: 'string' },
        lockfile: { type: 'string' },
        'wait-timeout': { type: 'string' },
    },
    positionals: 0,
    run: runPrefetch,
};
const CANCEL_GRACE_MS = 5000;
const DEFAULT_WAIT_TIMEOUT_S = 600;
async function runPrefetch(ctx) {
    const file = ctx.values.file;
    if (!file?.trim())
        throw new UsageError('--file FILE is required (the toolchains, a YAML list)');
    const waitTimeoutMs = waitTimeoutFrom(ctx.values['wait-timeout']) * 1000;
    const { items, warnings } = await readToolchainList(file);
    for (const w of warnings)
        ctx.io.stderr(`toolchain-cache prefetch: warning: ${w}`);
    const layout = await openForWriting(ctx.root);
    const specs = await toSpecs(items, {
        lockfile: ctx.values.lockfile,
        layout,
        host: cliHostConfig(ctx),
        log: stderrLogger(ctx.io),
    });
    ctx.io.stderr(`Prefetching ${specs.length} toolchain(s) into ${layout.root}`);
    const cancel = cancelOnSignals(ctx.io);
    let outcomes;
    try {
        outcomes = await installAll(ctx, layout, specs, { waitTimeoutMs, signal: cancel.signal });
    }
    finally {
        cancel.dispose();
    }
    print(ctx, { root: layout.root, toolchains: outcomes }, () => formatOutcomes(outcomes));
    const failed = outcomes.filter((o) => !o.ok);
    if (failed.length === 0)
        return EXIT_OK;
    ctx.io.stderr(`toolchain-cache prefetch: ${failed.length} of ${outcomes.length} toolchain(s) failed: ` +
        failed.map((f) => f.id).join(', '));
    return EXIT_FAILURE;
}
function waitTimeoutFrom(value) {
    if (value === undefined)
        return DEFAULT_WAIT_TIMEOUT_S;
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
        throw new UsageError(`--wait-timeout must be a whole number of seconds \u2265 1 (got "${value}")`);
    return Number(value.trim());
}
async function installAll(ctx, layout, specs, options) {
    const owner = {
        key: (0,external_node_crypto_.randomUUID)(),
        job: prefetchJob(),
        process: await (0,leases/* jobProcess */.Be)(process.pid),
    };
    const started = Date.now();
    try {
        const pending = await (0,installer/* startAcquiring */.uJ)(specs, installOptions(ctx, layout, owner, options));
        return await Promise.all(pending.map(async (p, i) => {
            const outcome = await p.then((r) => succeeded(r, Date.now() - started), (e) => failed(specs[i].id, e, options.signal));
            ctx.io.stderr(progressLine(outcome));
            return outcome;
        }));
    }
    finally {
        await (0,core_uses/* releaseUses */.ez)(layout, { key: owner.key }, specs.map((s) => s.id));
    }
}
const succeeded = (r, timeMs) => ({
    id: r.id,
    ok: true,
    source: r.source,
    ...(r.tier !== undefined && { tier: r.tier }),
    sizeBytes: r.sizeBytes,
    timeMs,
    path: r.path,
});
function failed(id, e, signal) {
    const message = (0,core_errors/* errorMessage */.gJ)(e);
    let error = message.startsWith(`${id}: `) ? message.slice(id.length + 2) : message;
    if (signal.aborted && e !== signal.reason)
        error = `${(0,core_errors/* errorMessage */.gJ)(signal.reason)} ${error}`;
    return { id, ok: false, error };
}
function installOptions(ctx, layout, owner, options) {
    const host = cliHostConfig(ctx);
    return {
        layout,
        registry: openRegistry(ctx, layout, 'prefetch'),
        owner,
        waitTimeoutMs: options.waitTimeoutMs,
        installStaleMs: hostLockStaleMs(host, ctx.io.env),
        log: stderrLogger(ctx.io),
        signal: options.signal,
        extractLimits: {
            ...(host.maxMembers !== undefined && { maxMembers: host.maxMembers }),
            ...(host.maxUnpackedBytes !== undefined && { maxBytes: host.maxUnpackedBytes }),
        },
        download: {
            ...(host.stallTimeoutSeconds !== undefined && {
                stallTimeoutMs: host.stallTimeoutSeconds * 1000,
            }),
            ...(host.downloadRetries !== undefined && { retries: host.downloadRetries }),
        },
    };
}
const prefetchJob = () => ({
    repository: 'toolchain-cache prefetch',
    runId: String(process.pid),
    runAttempt: '1',
    job: external_node_os_namespaceObject.hostname(),
    action: 'prefetch',
});
const stderrLogger = (io) => ({
    info: (m) => io.stderr(m),
    warning: (m) => io.stderr(`warning: ${m}`),
    debug: () => undefined,
});
function progressLine(o) {
    if (!o.ok)
        return `${o.id}: FAILED: ${o.error}`;
    return `${o.id}: ${prefetch_sourceOf(o)}, ${(0,format/* formatBytes */.z3)(o.sizeBytes)}, ${formatDuration(o.timeMs)}`;
}
const prefetch_sourceOf = (o) => o.tier ? `${o.source} (${o.tier})` : o.source;
function formatOutcomes(outcomes) {
    const rows = outcomes.map((o) => o.ok
        ? [o.id, prefetch_sourceOf(o), (0,format/* formatBytes */.z3)(o.sizeBytes), formatDuration(o.timeMs)]
        : [o.id, 'FAILED', '-', '-']);
    const table = formatTable(['ID', 'SOURCE', 'SIZE', 'TIME'], rows, [
        'left',
        'left',
        'right',
        'right',
    ]);
    const errors = outcomes.flatMap((o) => (o.ok ? [] : [`error: ${o.error}`]));
    return [table, ...(errors.length ? ['', ...errors] : [])].join('\n');
}
function cancelOnSignals(io) {
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            return;
        io.stderr(`Received ${signal}: cancelling; releasing this command's uses.`);
        controller.abort(new core_errors/* ToolchainCacheError */.mg('CANCELLED', `prefetch was cancelled (${signal}).`));
        setTimeout(() => process.exit(EXIT_FAILURE), CANCEL_GRACE_MS).unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}

;// CONCATENATED MODULE: ./lib/cli/commands/remove.js




const remove = {
    summary: 'Remove one toolchain',
    usage: 'toolchain-cache remove <id> [--force] [--root DIR] [--json]',
    details: '  --force  remove it even while jobs use it (they will break)',
    options: { force: { type: 'boolean' } },
    positionals: 1,
    run: runRemove,
};
async function runRemove(ctx) {
    const id = ctx.positionals[0];
    const layout = await openForWriting(ctx.root);
    const registry = openRegistry(ctx, layout, 'remove');
    const force = ctx.values.force === true;
    const result = await removeEntry(layout, registry, id, { force });
    const data = {
        removed: { id: result.id, sizeBytes: result.sizeBytes, lastUsedAt: result.lastUsedAt },
        freedBytes: result.freedBytes,
        forced: force && result.liveUses > 0,
        liveUses: result.liveUses,
    };
    print(ctx, data, () => `Removed ${id} (${(0,format/* formatBytes */.z3)(result.freedBytes)} freed)` +
        (result.liveUses ? `; it had ${result.liveUses} live use(s): those jobs may fail.` : '.'));
    return EXIT_OK;
}

// EXTERNAL MODULE: ./lib/core/registry/rebuild.js
var rebuild = __nccwpck_require__(756);
;// CONCATENATED MODULE: ./lib/cli/repair.js

async function repairRegistry(layout, registry) {
    const scan = await (0,rebuild.scanInstalled)(layout);
    const fromTree = new Map(scan.entries.map((e) => [e.id, e]));
    return registry.update((doc, tx) => {
        const added = tx.rebuilt ? Object.keys(doc.entries) : [];
        const dropped = [];
        for (const [id, entry] of Object.entries(doc.entries)) {
            const onDisk = fromTree.get(id);
            if (!onDisk || onDisk.sha256 !== entry.sha256) {
                delete doc.entries[id];
                dropped.push(id);
            }
        }
        for (const [id, entry] of fromTree) {
            if (Object.hasOwn(doc.entries, id))
                continue;
            doc.entries[id] = entry;
            added.push(id);
        }
        if (added.length === 0 && dropped.length === 0)
            tx.skipWrite();
        return {
            movedAside: tx.movedAside,
            rebuilt: tx.rebuilt || tx.movedAside !== undefined,
            entries: Object.keys(doc.entries).length,
            added: [...new Set(added)].sort(),
            dropped: dropped.sort(),
            leftOut: scan.rejected,
        };
    });
}

;// CONCATENATED MODULE: ./lib/cli/commands/repair.js



const repair = {
    summary: 'Rebuild the registry from the installed toolchains',
    usage: 'toolchain-cache repair [--root DIR] [--json]',
    details: 'A corrupt registry is moved aside first (registry.json.corrupt-<time>); uses recorded in it are lost.',
    options: {},
    positionals: 0,
    run: runRepair,
};
async function runRepair(ctx) {
    const layout = await openForWriting(ctx.root);
    const registry = openRegistry(ctx, layout, 'repair');
    const report = await repairRegistry(layout, registry);
    print(ctx, report, () => formatRepairReport(report, layout));
    return EXIT_OK;
}
function formatRepairReport(report, layout) {
    const lines = [];
    if (report.movedAside)
        lines.push(`Moved the corrupt registry aside to ${report.movedAside}.`);
    const entries = `${report.entries} entr${report.entries === 1 ? 'y' : 'ies'}`;
    lines.push(report.rebuilt
        ? `Rebuilt the registry from the installed toolchains: ${entries}.`
        : `The registry is readable; reconciled it with the installed toolchains: ${entries}.`);
    if (report.added.length)
        lines.push(`Registered: ${report.added.join(', ')}`);
    if (report.dropped.length)
        lines.push(`Unregistered (no valid installed tree, or none its receipt vouches for): ${report.dropped.join(', ')}`);
    for (const { id, why } of report.leftOut)
        lines.push(`Not registered: ${layout.entryDir(id)}: ${why}.`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/cli/commands/verify.js




const verify = {
    summary: "Check every toolchain's files against its manifest",
    usage: 'toolchain-cache verify [--root DIR] [--json]',
    details: 'Exits 1 and names every change when a toolchain differs from its manifest.',
    options: {},
    positionals: 0,
    run: runVerify,
};
async function runVerify(ctx) {
    const layout = await openForReading(ctx.root);
    const report = await verifyCache(layout, await openRegistry(ctx, layout).read());
    const ignoredPaths = report.ignoredPaths ?? [];
    print(ctx, report, () => formatVerifyReport(report, layout.root));
    for (const p of ignoredPaths)
        ctx.io.stderr(`toolchain-cache verify: ${ignoredPathNote(p)}`);
    const changed = report.entries.filter((e) => !e.ok);
    if (changed.length) {
        ctx.io.stderr(`toolchain-cache verify: ${changed.length} toolchain(s) differ from their manifest: ` +
            changed
                .map((e) => `${e.id} (${e.problems.slice(0, 3).join('; ')}${e.problems.length > 3 ? '; \u2026' : ''})`)
                .join(', '));
        return EXIT_FAILURE;
    }
    return EXIT_OK;
}
function formatVerifyReport(report, root) {
    const { entries, unregistered } = report;
    const lines = entries.length
        ? [
            formatTable(['ID', 'STATUS'], entries.map((e) => [e.id, e.ok ? 'ok' : `CHANGED (${e.problems.length})`])),
        ]
        : [`No toolchains in ${root}.`];
    for (const e of entries.filter((x) => !x.ok)) {
        lines.push('', `${e.id}:`, ...e.problems.map((p) => `  ${p}`));
    }
    if (unregistered.length)
        lines.push('', `Not registered (see \`repair\`): ${unregistered.join(', ')}`);
    for (const p of report.ignoredPaths ?? [])
        lines.push('', ignoredPathNote(p));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/cli/commands/index.js










const COMMANDS = {
    list: list,
    stats: stats_stats,
    metrics: metrics,
    gc: gc,
    verify: verify,
    remove: remove,
    repair: repair,
    prefetch: prefetch,
    doctor: doctor,
    lock: lock,
};

;// CONCATENATED MODULE: ./lib/cli/main.js





const GLOBAL_OPTIONS = {
    root: { type: 'string' },
    'runner-dir': { type: 'string', multiple: true },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const GLOBAL_HELP = `Options:
  --root DIR          the cache root (default: the host configuration file's cacheRoot, else
                      TOOLCHAIN_CACHE_ROOT, else the runners' .env given by --runner-dir, else
                      $RUNNER_TOOL_CACHE/toolchain-cache; stderr says which was used)
  --runner-dir DIR    a runner's directory (repeatable): its .env gives the root and the host's
                      bounds (TOOLCHAIN_CACHE_ROOT, TOOLCHAIN_CACHE_MAX_SIZE, \u2026) as its jobs see them
  --json              machine-readable output (JSON on stdout)
  -h, --help          this help`;
function generalHelp() {
    const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
    return [
        'Usage: toolchain-cache <command> [options]',
        '',
        'Operator tool for the host-wide toolchain cache of self-hosted runners.',
        '',
        'Commands:',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
        '',
        GLOBAL_HELP,
        '',
        'Run `toolchain-cache <command> --help` for the options of a command.',
    ].join('\n');
}
function commandHelp(name) {
    const c = COMMANDS[name];
    return [
        `Usage: ${c.usage}`,
        '',
        c.summary + '.',
        ...(c.details ? ['', c.details] : []),
        '',
        GLOBAL_HELP,
    ].join('\n');
}
const VALUE_OPTIONS = new Set(['--root', '--runner-dir']);
function splitCommand(argv) {
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--')
            break;
        if (VALUE_OPTIONS.has(a)) {
            i++;
            continue;
        }
        if (a.startsWith('-'))
            continue;
        return { name: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
    }
    return { rest: argv };
}
async function main(argv, io = processIo) {
    const { name, rest } = splitCommand(argv);
    if (name === undefined || name === 'help' || !Object.hasOwn(COMMANDS, name))
        return noCommand(name, rest, io);
    const command = COMMANDS[name];
    try {
        const { values, positionals } = parseCommandArgs(command, rest);
        if (values.help) {
            io.stdout(commandHelp(name));
            return EXIT_OK;
        }
        if (command.positionals !== 'any' && positionals.length !== command.positionals) {
            throw new UsageError(command.positionals === 0
                ? `takes no arguments (got "${positionals.join(' ')}")`
                : `needs ${command.positionals} argument(s)`);
        }
        if (command.rootOptional && values.root === undefined) {
            const found = optionalRoot(values['runner-dir'], io);
            return await command.run({
                io,
                json: values.json === true,
                root: found?.root ?? '',
                rootFrom: found?.from ?? '',
                runners: found?.runners ?? [],
                values,
                positionals,
            });
        }
        const found = findRoot(values.root, io.env, cliHostConfig({ io }), values['runner-dir'] ?? []);
        const note = rootNote(found);
        if (note)
            io.stderr(note);
        return await command.run({
            io,
            json: values.json === true,
            root: found.root,
            rootFrom: found.from,
            runners: found.runners,
            values,
            positionals,
        });
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`toolchain-cache ${name}: ${e.message}\nUsage: ${command.usage}`);
            return EXIT_USAGE;
        }
        const code = e instanceof core_errors/* ToolchainCacheError */.mg ? ` [${e.code}]` : '';
        io.stderr(`toolchain-cache ${name}: ${(0,core_errors/* errorMessage */.gJ)(e)}${code}`);
        return EXIT_FAILURE;
    }
}
function optionalRoot(runnerDirs, io) {
    try {
        return findRoot(undefined, io.env, cliHostConfig({ io }), runnerDirs ?? []);
    }
    catch (e) {
        if (e instanceof UsageError)
            return undefined;
        throw e;
    }
}
function noCommand(name, rest, io) {
    if (name === undefined) {
        if (rest.includes('--help') || rest.includes('-h')) {
            io.stdout(generalHelp());
            return EXIT_OK;
        }
        io.stderr(`toolchain-cache: missing command\n\n${generalHelp()}`);
        return EXIT_USAGE;
    }
    if (name === 'help') {
        io.stdout(rest[0] && Object.hasOwn(COMMANDS, rest[0]) ? commandHelp(rest[0]) : generalHelp());
        return EXIT_OK;
    }
    io.stderr(`toolchain-cache: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}); see --help`);
    return EXIT_USAGE;
}
function parseCommandArgs(command, args) {
    try {
        const parsed = (0,external_node_util_.parseArgs)({
            args,
            options: { ...GLOBAL_OPTIONS, ...command.options },
            allowPositionals: true,
            strict: true,
        });
        return { values: parsed.values, positionals: parsed.positionals };
    }
    catch (e) {
        throw new UsageError((0,core_errors/* errorMessage */.gJ)(e));
    }
}


/***/ }),

/***/ 3091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ COMPILE_CACHE_DIR)
/* harmony export */ });
/* unused harmony export CODE_CACHE_MAX_AGE_MS */
const COMPILE_CACHE_DIR = 'compile-cache';
const CODE_CACHE_MAX_AGE_MS = (/* unused pure expression or super */ null && (30 * 24 * 3600_000));


/***/ }),

/***/ 7455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ SyncDirHandle),
/* harmony export */   SS: () => (/* binding */ openDirInside),
/* harmony export */   Z1: () => (/* binding */ openDirInsideIfExists),
/* harmony export */   _p: () => (/* binding */ DirHandle),
/* harmony export */   uM: () => (/* binding */ withDir)
/* harmony export */ });
/* unused harmony export isNotDirectoryError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9558);
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7692);





const isWindows = process.platform === 'win32';
const O_DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0;
const O_NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const OPEN_DIR = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | O_DIRECTORY | O_NOFOLLOW;
let procWorks;
function probeProc(fd, st) {
    if (procWorks !== undefined)
        return procWorks;
    if (process.platform !== 'linux' || process.env.TOOLCHAIN_CACHE_NO_PROC_FD === '1') {
        procWorks = false;
        return false;
    }
    const seen = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(`/proc/self/fd/${fd}`, { throwIfNoEntry: false });
    procWorks = seen !== undefined && seen.dev === st.dev && seen.ino === st.ino;
    return procWorks;
}
function childOf(dir, fd, viaProc, name) {
    const separator = name.includes('/') || (isWindows && name.includes('\\'));
    if (name === '' || name === '.' || name === '..' || separator)
        throw unsafe(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name), 'is not a plain name of a directory entry');
    return viaProc ? `/proc/self/fd/${fd}/${name}` : node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
}
function checkUnmovedSync(dir, opened) {
    const now = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
    if (!now || !now.isDirectory() || !sameObject(now, opened))
        throw unsafe(dir, 'was moved or replaced while it was walked');
}
const isNotDirectoryError = (e) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOTDIR' || e.code === 'ELOOP');
const sameObject = (a, b) => a.dev === b.dev && a.ino === b.ino;
function unsafe(p, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${p} ${what}; toolchain-cache never follows a link or acts on a name swapped under it. ` +
        'Check who can write the cache root.');
}
const kindOf = (st) => st.isSymbolicLink()
    ? 'is a symlink'
    : st.isDirectory()
        ? 'is a directory'
        : st.isFile()
            ? 'is a regular file'
            : 'is not a regular file or directory';
class DirHandle {
    path;
    handle;
    stat;
    viaProc;
    constructor(path, handle, stat, viaProc) {
        this.path = path;
        this.handle = handle;
        this.stat = stat;
        this.viaProc = viaProc;
    }
    static async open(dir) {
        if (isWindows) {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(dir);
            if (!st.isDirectory())
                throw unsafe(dir, `${kindOf(st)}, not a directory`);
            return new DirHandle(dir, undefined, st, false);
        }
        let handle;
        try {
            handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(dir, OPEN_DIR);
        }
        catch (e) {
            if (!isNotDirectoryError(e))
                throw e;
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(dir).catch(() => undefined);
            throw unsafe(dir, `${st ? kindOf(st) : 'changed while it was opened'}, not a directory`);
        }
        try {
            const st = await handle.stat();
            if (!st.isDirectory())
                throw unsafe(dir, 'is not a directory');
            return new DirHandle(dir, handle, st, probeProc(handle.fd, st));
        }
        catch (e) {
            await handle.close();
            throw e;
        }
    }
    at(name) {
        return childOf(this.path, this.handle?.fd, this.viaProc, name);
    }
    pathOf(name) {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.path, name);
    }
    async checkUnmoved() {
        if (this.viaProc)
            return;
        const now = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(this.path).catch(() => undefined);
        if (!now || !now.isDirectory() || !sameObject(now, this.stat))
            throw unsafe(this.path, 'was moved or replaced while it was walked');
    }
    checkUnmovedSync() {
        if (!this.viaProc)
            checkUnmovedSync(this.path, this.stat);
    }
    nameForSyncCall(name) {
        this.checkUnmovedSync();
        return this.at(name);
    }
    async list() {
        if (this.viaProc)
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(`/proc/self/fd/${this.handle.fd}`);
        const names = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(this.path);
        await this.checkUnmoved();
        return names;
    }
    async lstat(name) {
        try {
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(this.at(name));
            await this.checkUnmoved();
            return st;
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
                return undefined;
            throw e;
        }
    }
    async readlink(name) {
        const target = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(this.at(name));
        await this.checkUnmoved();
        return target;
    }
    async openDir(name) {
        if (this.viaProc) {
            let handle;
            try {
                handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(this.at(name), OPEN_DIR);
            }
            catch (e) {
                if (!isNotDirectoryError(e))
                    throw e;
                const st = await this.lstat(name);
                throw unsafe(this.pathOf(name), `${st ? kindOf(st) : 'vanished'}, not a directory`);
            }
            try {
                return new DirHandle(this.pathOf(name), handle, await handle.stat(), true);
            }
            catch (e) {
                await handle.close();
                throw e;
            }
        }
        const listed = await this.lstat(name);
        if (!listed)
            throw Object.assign(new Error(`ENOENT: no such directory, open '${this.pathOf(name)}'`), {
                code: 'ENOENT',
            });
        if (!listed.isDirectory())
            throw unsafe(this.pathOf(name), `${kindOf(listed)}, not a directory`);
        const child = await DirHandle.open(this.pathOf(name));
        if (!sameObject(child.stat, listed)) {
            await child.close();
            throw unsafe(this.pathOf(name), 'was replaced while it was opened');
        }
        try {
            await this.checkUnmoved();
        }
        catch (e) {
            await child.close();
            throw e;
        }
        return child;
    }
    async unlink(name, expected) {
        if (!this.viaProc) {
            const now = await this.lstat(name);
            if (now && expected && !sameObject(now, expected))
                throw unsafe(this.pathOf(name), 'was replaced while it was removed');
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.unlink(this.at(name));
    }
    async rmdir(name) {
        await this.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rmdir(this.at(name));
    }
    async chmod(mode) {
        if (this.handle)
            return this.handle.chmod(mode);
        await this.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(this.path, mode);
    }
    async openFile(name) {
        const listed = this.viaProc ? undefined : await this.lstat(name);
        let handle;
        try {
            handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(this.at(name), _regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .READ_FLAGS */ .tC);
        }
        catch (e) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ELOOP'))
                throw e;
            throw unsafe(this.pathOf(name), 'is a symlink, not a regular file');
        }
        try {
            const stat = await handle.stat();
            if (!stat.isFile())
                throw unsafe(this.pathOf(name), `${kindOf(stat)}`);
            if (listed && !sameObject(listed, stat))
                throw unsafe(this.pathOf(name), 'was replaced while it was opened');
            await this.checkUnmoved();
            return { handle, stat };
        }
        catch (e) {
            await handle.close();
            throw e;
        }
    }
    async readFile(name, maxBytes) {
        const { handle, stat } = await this.openFile(name);
        try {
            if (stat.size > maxBytes)
                throw unsafe(this.pathOf(name), `is ${stat.size} bytes, more than the ${maxBytes} expected`);
            return await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readUpTo */ .Vc)(handle, stat.size);
        }
        finally {
            await handle.close();
        }
    }
    async writeFile(name, data, mode) {
        const tmp = `${name}.tmp-${process.pid}-${(0,_random_js__WEBPACK_IMPORTED_MODULE_4__/* .randomHex */ .nw)(8)}`;
        await this.checkUnmoved();
        const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | O_NOFOLLOW;
        const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(this.at(tmp), flags | O_NONBLOCK, mode);
        try {
            try {
                (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .assertOwnSingleName */ .eh)(this.pathOf(tmp), await handle.stat());
                if (!isWindows)
                    await handle.chmod(mode);
                await handle.writeFile(data);
            }
            finally {
                await handle.close();
            }
            await this.rename(tmp, this, name);
        }
        catch (e) {
            await this.unlink(tmp).catch(() => undefined);
            throw e;
        }
    }
    async rename(name, to, toName) {
        await this.checkUnmoved();
        await to.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(this.at(name), to.at(toName));
    }
    async close() {
        await this.handle?.close();
    }
}
class SyncDirHandle {
    path;
    fd;
    stat;
    viaProc;
    constructor(path, fd, stat, viaProc) {
        this.path = path;
        this.fd = fd;
        this.stat = stat;
        this.viaProc = viaProc;
    }
    static open(dir) {
        if (isWindows) {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
            if (!st.isDirectory())
                throw unsafe(dir, `${kindOf(st)}, not a directory`);
            return new SyncDirHandle(dir, undefined, st, false);
        }
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, OPEN_DIR);
        }
        catch (e) {
            if (!isNotDirectoryError(e))
                throw e;
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
            throw unsafe(dir, `${st ? kindOf(st) : 'changed while it was opened'}, not a directory`);
        }
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (!st.isDirectory())
                throw unsafe(dir, 'is not a directory');
            return new SyncDirHandle(dir, fd, st, probeProc(fd, st));
        }
        catch (e) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            throw e;
        }
    }
    nameOf(name) {
        if (!this.viaProc)
            checkUnmovedSync(this.path, this.stat);
        return childOf(this.path, this.fd, this.viaProc, name);
    }
    list() {
        if (this.viaProc)
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(`/proc/self/fd/${this.fd}`);
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(this.path);
        checkUnmovedSync(this.path, this.stat);
        return names;
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}
async function withDir(dir, fn) {
    try {
        return await fn(dir);
    }
    finally {
        await dir.close();
    }
}
async function openDirInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, target);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))
        throw unsafe(target, `is outside the cache root ${root}`);
    let dir = await DirHandle.open(root);
    for (const name of rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter((n) => n !== '')) {
        try {
            const next = await dir.openDir(name);
            await dir.close();
            dir = next;
        }
        catch (e) {
            await dir.close();
            throw e;
        }
    }
    return dir;
}
async function openDirInsideIfExists(root, target) {
    try {
        return await openDirInside(root, target);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YZ: () => (/* binding */ diskFullCause),
/* harmony export */   b$: () => (/* binding */ isDiskFull),
/* harmony export */   vB: () => (/* binding */ diskFullError)
/* harmony export */ });
/* unused harmony exports DiskFullError, mountPointOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5888);




const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);
function diskFullCause(e) {
    for (let c = e, depth = 0; c instanceof Error && depth < 8; depth++) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(c) && FULL_CODES.has(c.code ?? ''))
            return c;
        if (/\b(ENOSPC|EDQUOT)\b/.test(c.message) && !c.cause)
            return c;
        c = c.cause;
    }
    return undefined;
}
const isDiskFull = (e) => !(e instanceof DiskFullError) && diskFullCause(e) !== undefined;
class DiskFullError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg {
    constructor(message, options) {
        super('DISK_FULL', message, options);
    }
}
async function mountPointOf(dir) {
    try {
        let at = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
        const dev = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(at)).dev;
        for (let up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at); up !== at; at = up, up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(up)) {
            if ((await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(up)).dev !== dev)
                return at;
        }
        return at;
    }
    catch {
        return dir;
    }
}
async function diskFullError(root, e, what, bound, consequence = '') {
    const cause = diskFullCause(e) ?? e;
    const quota = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(cause) && cause.code === 'EDQUOT';
    const { freeDiskBytes } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1320));
    const free = await freeDiskBytes(root);
    const mount = await mountPointOf(root);
    const where = mount === root ? `the cache root ${root}` : `${mount} (the cache root ${root})`;
    const boundText = bound === undefined
        ? ''
        : bound.bytes !== undefined
            ? `The GC's size bound is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytesExact */ .Up)(bound.bytes)}, from ${bound.from ?? 'max-size'}: lower it if the disk cannot hold that much. `
            : 'No size bound is set (maxSize in the host configuration file): set one the disk can hold. ';
    return new DiskFullError(`${what} failed: ${quota ? "the user's disk quota is exhausted" : 'no space left'} on ${where}, ` +
        `${free === null ? 'free space unknown' : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytesExact */ .Up)(free)} free`} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(cause)}). ` +
        consequence +
        `Free space on ${mount}, or run \`toolchain-cache gc --root ${root}\` to remove unused toolchains now. ` +
        boundText, { cause: e });
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ ChecksumError),
/* harmony export */   Ci: () => (/* binding */ FROM_RUNNER_ENV),
/* harmony export */   XB: () => (/* binding */ LockTimeoutError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   mg: () => (/* binding */ ToolchainCacheError),
/* harmony export */   nV: () => (/* binding */ DownloadError),
/* harmony export */   s$: () => (/* binding */ isErrnoException),
/* harmony export */   td: () => (/* binding */ UnsafeArchiveError),
/* harmony export */   yx: () => (/* binding */ LockLostError)
/* harmony export */ });
/* unused harmony export RegistryCorruptError */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8038);

class ToolchainCacheError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
class InputError extends ToolchainCacheError {
    field;
    constructor(message, field) {
        super('INVALID_INPUT', message);
        this.field = field;
    }
}
class ChecksumError extends ToolchainCacheError {
    id;
    expected;
    actual;
    url;
    constructor(id, expected, actual, url) {
        super('CHECKSUM_MISMATCH', `${id}: sha256 mismatch for ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(url)}: expected ${expected}, got ${actual}. ` +
            'Check the sha256 in the toolchains input, or whether the file at the URL changed.');
        this.id = id;
        this.expected = expected;
        this.actual = actual;
        this.url = url;
    }
}
class DownloadError extends ToolchainCacheError {
    status;
    retryable;
    constructor(message, status, retryable = false, options) {
        super('DOWNLOAD_FAILED', message, options);
        this.status = status;
        this.retryable = retryable;
    }
}
class UnsafeArchiveError extends ToolchainCacheError {
    member;
    constructor(message, member) {
        super('UNSAFE_ARCHIVE', message);
        this.member = member;
    }
}
class LockTimeoutError extends ToolchainCacheError {
    lockName;
    holder;
    constructor(lockName, holder, seconds) {
        super('LOCK_TIMEOUT', `Timed out after ${seconds}s waiting for lock "${lockName}", held by ${holder}.`);
        this.lockName = lockName;
        this.holder = holder;
    }
}
class LockLostError extends ToolchainCacheError {
    lockName;
    constructor(lockName) {
        super('LOCK_LOST', `Lost lock "${lockName}" (another process took it over as stale); nothing was committed.`);
        this.lockName = lockName;
    }
}
class RegistryCorruptError extends ToolchainCacheError {
    file;
    movedTo;
    constructor(file, detail, movedTo) {
        super('REGISTRY_CORRUPT', `The registry ${file} is unreadable: ${detail}.` +
            (movedTo ? ` It was moved aside to ${movedTo}.` : '') +
            ' Run `toolchain-cache repair` to rebuild it from the installed toolchains.');
        this.file = file;
        this.movedTo = movedTo;
    }
}
const FROM_RUNNER_ENV = "It comes from this runner's environment (its .env file, or its service's environment), which the runner's administrator sets: " +
    'a workflow cannot fix it (unless one of its steps set the variable with env: or $GITHUB_ENV); tell them.';
const isErrnoException = (e) => e instanceof Error && typeof e.code === 'string';
const errorMessage = (e) => (e instanceof Error ? e.message : String(e));


/***/ }),

/***/ 6094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ faultPoint),
/* harmony export */   XR: () => (/* binding */ faultErrno)
/* harmony export */ });
/* unused harmony export postFault */
async function faultPoint(phase) {
    if (process.env.TOOLCHAIN_CACHE_FAULT !== phase)
        return;
    const { existsSync, writeFileSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3024, 19));
    const path = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 19));
    const marker = path.join(process.env.TOOLCHAIN_CACHE_FAULT_DIR ?? '.', `${phase}.${process.pid}`);
    writeFileSync(marker, '');
    await new Promise((resolve) => {
        const timer = setInterval(() => {
            if (!existsSync(`${marker}.resume`))
                return;
            clearInterval(timer);
            resolve();
        }, 50);
    });
}
function faultErrno(name, syscall, file) {
    if (process.env.TOOLCHAIN_CACHE_FAULT !== name)
        return;
    const left = Number(process.env.TOOLCHAIN_CACHE_FAULT_TIMES ?? '1');
    if (!(left > 0))
        return;
    process.env.TOOLCHAIN_CACHE_FAULT_TIMES = String(left - 1);
    throw Object.assign(new Error(`EPERM: operation not permitted, ${syscall} '${file}' (fault ${name})`), { code: 'EPERM', syscall, path: file });
}
function postFault(phase) {
    if (process.env.TOOLCHAIN_CACHE_FAULT !== `post-${phase}`)
        return;
    if (phase === 'unhandled') {
        void Promise.reject(new Error('fault post-unhandled: a rejection nobody handles'));
        return;
    }
    if (phase === 'linger') {
        setInterval(() => undefined, 60_000);
        return;
    }
    throw new Error(`fault post-${phase}: an unexpected error in the post step`);
}


/***/ }),

/***/ 5888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ formatFree),
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   Up: () => (/* binding */ formatBytesExact),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export describeSource */
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i++;
    }
    return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
const formatBytesExact = (n) => n < 1024 ? `${n} bytes` : `${formatBytes(n)} (${n} bytes)`;
const formatPercent = (rate) => rate === null ? '\u2013' : `${(rate * 100).toFixed(1)}%`;
const formatFree = (bytes) => bytes === null ? 'unknown (statfs unavailable)' : formatBytes(bytes);
function describeSource(r) {
    if (!r.tier)
        return r.source;
    return `${r.source} (${r.tier}${r.leaseHolder ? `, downloaded by host ${r.leaseHolder}` : ''})`;
}
const pad = (n, width) => String(n).padStart(width, '0');
function isoTime(ms = Date.now()) {
    const d = new Date(ms);
    const year = d.getUTCFullYear();
    if (!(year >= 0 && year <= 9999))
        return d.toISOString();
    return (`${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
        `T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}` +
        `.${pad(d.getUTCMilliseconds(), 3)}Z`);
}


/***/ }),

/***/ 770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ ensureDir),
/* harmony export */   EX: () => (/* binding */ createFileSync),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   QD: () => (/* binding */ readFileIfExists),
/* harmony export */   Re: () => (/* binding */ atomicWriteFile),
/* harmony export */   T2: () => (/* binding */ chmodDirNoFollow),
/* harmony export */   VY: () => (/* binding */ corruptAsideName),
/* harmony export */   WF: () => (/* binding */ writeFileReplacingSync),
/* harmony export */   _b: () => (/* binding */ atomicWriteFileSync),
/* harmony export */   bG: () => (/* binding */ SHARED_FILE_MODE),
/* harmony export */   bz: () => (/* binding */ renameRetrying),
/* harmony export */   e: () => (/* binding */ STATE_FILE_MAX_BYTES),
/* harmony export */   ex: () => (/* binding */ SHARED_DIR_MODE),
/* harmony export */   ko: () => (/* binding */ renameBlockRetrying),
/* harmony export */   o5: () => (/* binding */ chmodDirNoFollowSync),
/* harmony export */   s0: () => (/* binding */ pathExists),
/* harmony export */   tk: () => (/* binding */ removeTreeInside),
/* harmony export */   yy: () => (/* binding */ sleep),
/* harmony export */   zs: () => (/* binding */ randomToken)
/* harmony export */ });
/* unused harmony exports fsyncDirSync, fsyncDir, WINDOWS_RETRY_MS, treeSize */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7455);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6094);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9558);
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7692);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5888);








const SHARED_DIR_MODE = 0o2775;
const SHARED_FILE_MODE = 0o664;
const isWindows = process.platform === 'win32';
const randomToken = () => (0,_random_js__WEBPACK_IMPORTED_MODULE_5__/* .randomHex */ .nw)(8);
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0;
async function ensureDir(dir) {
    const created = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: SHARED_DIR_MODE });
    if (created === undefined || isWindows)
        return;
    for (let d = dir; d.length >= created.length; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        await chmodDirNoFollow(d, SHARED_DIR_MODE).catch(() => undefined);
        if (d === created)
            break;
    }
}
async function chmodDirNoFollow(dir, mode) {
    if (isWindows)
        return;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
    try {
        await handle.chmod(mode);
    }
    finally {
        await handle.close();
    }
}
function chmodDirNoFollowSync(dir, mode) {
    if (isWindows)
        return;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, mode);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function createFileSync(file, data, mode = SHARED_FILE_MODE) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | NO_FOLLOW, mode);
    try {
        if (!isWindows)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, mode);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, data);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
async function atomicWriteFile(file, data, beforeRename, mode = SHARED_FILE_MODE) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(tmp, 'wx', mode);
    try {
        try {
            if (!isWindows)
                await handle.chmod(mode);
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await beforeRename?.();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, file);
    }
    catch (e) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(tmp, { force: true }).catch(() => undefined);
        throw e;
    }
    await fsyncDir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file));
}
function atomicWriteFileSync(file, data, checkSync) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'wx', SHARED_FILE_MODE);
    try {
        try {
            if (!isWindows)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, SHARED_FILE_MODE);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, data);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        renameOverSync(tmp, file, checkSync);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw e;
    }
    fsyncDirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file));
}
function writeFileReplacingSync(file, data, check) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    try {
        createFileSync(tmp, data);
        renameOverSync(tmp, file, check);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw e;
    }
}
function renameOverSync(tmp, file, check) {
    for (let attempt = 1;; attempt++) {
        check?.();
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
            return;
        }
        catch (e) {
            const busy = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'EPERM' || e.code === 'EACCES' || e.code === 'EBUSY');
            if (!(isWindows && busy && attempt < 5))
                throw e;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * attempt);
        }
    }
}
function fsyncDirSync(dir) {
    if (isWindows)
        return;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch (e) {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'EINVAL' || e.code === 'EBADF')))
            throw e;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
async function fsyncDir(dir) {
    if (isWindows)
        return;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY);
    try {
        await handle.sync();
    }
    catch (e) {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'EINVAL' || e.code === 'EBADF')))
            throw e;
    }
    finally {
        await handle.close();
    }
}
const STATE_FILE_MAX_BYTES = 1024 * 1024;
async function readFileIfExists(file, maxBytes = STATE_FILE_MAX_BYTES) {
    try {
        return (await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(file, maxBytes)).toString('utf8');
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
async function pathExists(p) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p);
        return true;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
}
function isInside(parent, child, paths = node_path__WEBPACK_IMPORTED_MODULE_1__) {
    const rel = paths.relative(parent, child);
    if (rel === '')
        return true;
    const escapes = rel === '..' || rel.startsWith(`..${paths.sep}`) || rel.startsWith('../');
    return !escapes && !paths.isAbsolute(rel);
}
const WINDOWS_RETRY_MS = 10_000;
const RENAME_TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const REMOVE_TRANSIENT = new Set([...RENAME_TRANSIENT, 'ENOTEMPTY']);
async function retryTransient(op, codes, what, { platform = process.platform, budgetMs = WINDOWS_RETRY_MS }, worthRetrying = async () => true) {
    const started = Date.now();
    for (let delay = 10;; delay = Math.min(delay * 2, 500)) {
        try {
            return await op();
        }
        catch (e) {
            const transient = platform === 'win32' && (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && codes.has(e.code ?? '');
            if (!transient || !(await worthRetrying()))
                throw e;
            if (Date.now() - started + delay > budgetMs) {
                e.message +=
                    ` (${what}: still refused after retrying for ${Math.round(budgetMs / 1000)} s; another ` +
                        'program, often a virus scanner or an indexer, holds a file open there: exclude the cache root from scanning)';
                throw e;
            }
            await sleep(delay);
        }
    }
}
async function renameRetrying(from, to, options = {}) {
    const notOntoDirectory = async () => !(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(to).then((st) => st.isDirectory(), () => false));
    await retryTransient(async () => {
        (0,_faults_js__WEBPACK_IMPORTED_MODULE_6__/* .faultErrno */ .XR)('rename-eperm', 'rename', from);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(from, to);
    }, RENAME_TRANSIENT, `renaming ${from} to ${to}`, options, notOntoDirectory);
}
function renameBlockRetrying(block, what) {
    return retryTransient(async () => block(), RENAME_TRANSIENT, what, {});
}
async function removeTreeInside(root, target, options = {}) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(target);
    if (!isInside(root, resolved) || resolved === root) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `Refusing to delete ${target}: it is outside the cache root ${root} (or the root itself).`);
    }
    const parent = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_3__/* .openDirInsideIfExists */ .Z1)(root, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(resolved));
    if (!parent)
        return;
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_3__/* .withDir */ .uM)(parent, () => retryTransient(async () => {
        (0,_faults_js__WEBPACK_IMPORTED_MODULE_6__/* .faultErrno */ .XR)('remove-eperm', 'rm', resolved);
        await removeChild(parent, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(resolved));
    }, REMOVE_TRANSIENT, `removing ${resolved}`, options));
}
const REMOVE_BATCH = 8;
async function removeChild(parent, name) {
    const st = await parent.lstat(name);
    if (!st)
        return;
    if (!st.isDirectory())
        return removeNonDirectory(parent, name, st);
    await (0,_faults_js__WEBPACK_IMPORTED_MODULE_6__/* .faultPoint */ .Jd)('walk-chmod');
    let dir;
    try {
        dir = await parent.openDir(name);
    }
    catch (e) {
        const now = await parent.lstat(name);
        if (!now)
            return;
        if (now.isDirectory())
            throw e;
        await unlinkIfThere(parent, name, now);
        return;
    }
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_3__/* .withDir */ .uM)(dir, async () => {
        await makeWritable(dir);
        const subdirs = [];
        const names = await dir.list();
        for (let i = 0; i < names.length; i += REMOVE_BATCH) {
            await Promise.all(names.slice(i, i + REMOVE_BATCH).map(async (name) => {
                const st = await dir.lstat(name);
                if (st?.isDirectory())
                    subdirs.push(name);
                else if (st)
                    await removeNonDirectory(dir, name, st);
            }));
        }
        for (const name of subdirs)
            await removeChild(dir, name);
    });
    await parent.rmdir(name).catch((e) => {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
            throw e;
    });
}
async function removeNonDirectory(parent, name, st) {
    if (isWindows && st.isFile())
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(parent.pathOf(name), 0o666).catch(() => undefined);
    await unlinkIfThere(parent, name, st);
}
async function unlinkIfThere(parent, name, st) {
    await parent.unlink(name, st).catch((e) => {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
            throw e;
    });
}
async function makeWritable(dir) {
    const mode = dir.stat.mode & 0o7777;
    const wanted = (mode & 0o2777) | 0o700;
    if (wanted !== mode)
        await dir.chmod(wanted).catch(() => undefined);
}
async function treeSize(dir) {
    const total = { bytes: 0, files: 0 };
    const walk = async (d) => {
        for (const name of await d.list()) {
            const st = await d.lstat(name);
            if (st?.isFile()) {
                total.bytes += st.size;
                total.files += 1;
            }
            else if (st?.isDirectory()) {
                const child = await d.openDir(name).catch((e) => {
                    if (isNotDirectoryError(e) || e instanceof ToolchainCacheError)
                        return undefined;
                    throw e;
                });
                if (child)
                    await withDir(child, walk);
            }
        }
    };
    await withDir(await DirHandle.open(dir), walk);
    return total;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function corruptAsideName(file, now = new Date()) {
    return `${file}.corrupt-${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .isoTime */ .Ly)(now.getTime()).replace(/[:.]/g, '-')}`;
}


/***/ }),

/***/ 2885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ ID_PATTERN)
/* harmony export */ });
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;


/***/ }),

/***/ 7667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PE: () => (/* binding */ downloadFile),
  aj: () => (/* binding */ httpRequest),
  ET: () => (/* binding */ redirectTarget)
});

// UNUSED EXPORTS: isNetworkError, proxyFor, retryDelay, shouldProxy, writeAll

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
// EXTERNAL MODULE: ./lib/core/disk-full.js
var disk_full = __nccwpck_require__(4454);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __nccwpck_require__(8038);
// EXTERNAL MODULE: ./lib/core/install/staged-file.js
var staged_file = __nccwpck_require__(7576);
;// CONCATENATED MODULE: ./lib/core/install/download.js














const MAX_REDIRECTS = 10;
const MAX_DELAY_MS = 30_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EHOSTUNREACH',
    'EHOSTDOWN',
    'ENETUNREACH',
    'ENETDOWN',
    'ENETRESET',
    'EAI_AGAIN',
    'ENOTFOUND',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
class AttemptError extends errors/* DownloadError */.nV {
    retryAfterMs;
    constructor(message, status, retryable = false, retryAfterMs, options) {
        super(message, status, retryable, options);
        this.retryAfterMs = retryAfterMs;
    }
}
async function downloadFile(url, dest, opts) {
    const started = Date.now();
    const { id } = opts;
    const expected = opts.expectedSha256.toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(expected)) {
        throw new errors/* InputError */.dz(`${id}: the expected sha256 must be 64 hex characters`, 'sha256');
    }
    let target;
    try {
        target = new URL(url);
    }
    catch {
        throw new errors/* InputError */.dz(`${id}: invalid URL ${JSON.stringify((0,redact/* redactUrl */.B)(url))}`, 'url');
    }
    if (!isHttp(target)) {
        throw new errors/* InputError */.dz(`${id}: only http and https URLs are supported, got ${target.protocol}`, 'url');
    }
    const shown = (0,redact/* redactUrl */.B)(url);
    const retries = opts.retries ?? 3;
    const aborted = () => abortError(`${id}: download of ${shown} aborted`, opts.signal?.reason);
    for (let attempt = 1;; attempt++) {
        try {
            if (opts.signal?.aborted)
                throw aborted();
            const tee = attempt === 1 ? opts.tee : undefined;
            const { sha256, bytes, written } = await attemptOnce(target, dest, { ...opts, tee }, aborted);
            if (sha256 !== expected)
                throw new errors/* ChecksumError */.Al(id, expected, sha256, shown);
            return { sha256, bytes, written, attempts: attempt, durationMs: Date.now() - started };
        }
        catch (e) {
            if (!(e instanceof AttemptError && e.retryable && attempt <= retries)) {
                await (0,promises_.rm)(dest, { force: true }).catch(() => undefined);
                if (!(e instanceof errors/* DownloadError */.nV))
                    throw e;
                const full = (0,disk_full/* diskFullCause */.YZ)(e);
                if (full)
                    throw full;
                const how = e.retryable
                    ? `failed after ${attempt} attempt${attempt === 1 ? '' : 's'}; last error: ${e.message}`
                    : `failed: ${e.message} (not retried)`;
                throw new errors/* DownloadError */.nV(`${id}: download of ${shown} ${how}`, e.status, e.retryable, {
                    cause: e,
                });
            }
            const delayMs = retryDelay(attempt, opts.retryBaseDelayMs ?? 1000, e.retryAfterMs);
            opts.onRetry?.(attempt, e, delayMs);
            try {
                await (0,external_node_timers_promises_namespaceObject.setTimeout)(delayMs, undefined, { signal: opts.signal });
            }
            catch {
                await (0,promises_.rm)(dest, { force: true }).catch(() => undefined);
                throw aborted();
            }
        }
    }
}
function retryDelay(attempt, baseMs, retryAfterMs) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, MAX_DELAY_MS);
    const ceiling = Math.min(MAX_DELAY_MS, baseMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
function redirectTarget(current, location) {
    let next;
    try {
        next = new URL(location, current);
    }
    catch {
        throw new AttemptError(`invalid redirect Location ${JSON.stringify(location)}`);
    }
    if (!isHttp(next))
        throw new AttemptError(`refusing redirect to ${next.protocol} URL`);
    if (current.protocol === 'https:' && next.protocol === 'http:') {
        throw new AttemptError(`refusing redirect from https to http (${(0,redact/* redactUrl */.B)(next.href)})`);
    }
    return next;
}
function shouldProxy(target, env = process.env) {
    const url = new URL(target);
    const host = bare(url.hostname).toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost') || host === '::1')
        return false;
    if (/^127\.\d+\.\d+\.\d+$/.test(host))
        return false;
    const port = portOf(url);
    for (const raw of (env.no_proxy || env.NO_PROXY || '').toLowerCase().split(/[\s,]+/)) {
        if (raw === '*')
            return false;
        const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(raw);
        if (m && Number(m[2]) !== port)
            continue;
        const entry = bare(m ? m[1] : raw).replace(/^\*?\./, '');
        if (entry && (host === entry || host.endsWith(`.${entry}`)))
            return false;
    }
    return true;
}
function proxyFor(target, env = process.env) {
    const url = new URL(target);
    const raw = url.protocol === 'https:'
        ? env.https_proxy || env.HTTPS_PROXY
        : env.http_proxy || env.HTTP_PROXY;
    if (!raw || !shouldProxy(url, env))
        return undefined;
    let proxy;
    try {
        proxy = new URL(raw.includes('://') ? raw : `http://${raw}`);
    }
    catch {
    }
    if (!proxy || !isHttp(proxy)) {
        throw new errors/* DownloadError */.nV(`unsupported proxy setting ${JSON.stringify(raw.replace(/\/\/[^@/]*@/, '//***@'))} (only http:// and https:// proxies)`);
    }
    return proxy;
}
async function attemptOnce(start, dest, opts, aborted) {
    const ac = new AbortController();
    (0,external_node_events_.setMaxListeners)(4 * MAX_REDIRECTS, ac.signal);
    const onAbort = () => ac.abort(aborted());
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const stallMs = opts.stallTimeoutMs ?? 60_000;
    let timer;
    const watchdog = {
        kick() {
            clearTimeout(timer);
            timer = setTimeout(() => {
                ac.abort(new AttemptError(`stalled: no data received for ${stallMs} ms`, undefined, true));
            }, stallMs);
        },
        stop: () => clearTimeout(timer),
    };
    let res;
    try {
        watchdog.kick();
        let url = start;
        let headers = requestHeaders(opts);
        for (let hop = 0;; hop++) {
            res = await httpRequest(url, headers, ac.signal);
            watchdog.kick();
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if (REDIRECTS.has(status) && location) {
                res.destroy();
                if (hop === MAX_REDIRECTS) {
                    throw new AttemptError(`too many redirects (more than ${MAX_REDIRECTS})`, status);
                }
                const next = redirectTarget(url, location);
                if (next.origin !== url.origin) {
                    headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'authorization' && k !== 'cookie'));
                }
                url = next;
                continue;
            }
            if (status < 200 || status > 299) {
                const where = url === start ? '' : ` from ${url.origin}${url.pathname}`;
                throw new AttemptError(`HTTP ${status} ${res.statusMessage ?? ''}`.trimEnd() + where, status, status >= 500 || status === 408 || status === 429, parseRetryAfter(res.headers['retry-after']));
            }
            return await receive(res, dest, opts, watchdog, ac.signal);
        }
    }
    catch (e) {
        opts.tee?.destroy();
        if (ac.signal.aborted)
            throw ac.signal.reason;
        if (e instanceof errors/* DownloadError */.nV)
            throw e;
        const retryable = isNetworkError(e);
        throw new AttemptError(retryable ? `network error: ${(0,errors/* errorMessage */.gJ)(e)}` : (0,errors/* errorMessage */.gJ)(e), undefined, retryable, undefined, { cause: e });
    }
    finally {
        watchdog.stop();
        res?.destroy();
        opts.signal?.removeEventListener('abort', onAbort);
    }
}
function httpRequest(url, headers, signal, body) {
    const method = body === undefined ? 'GET' : 'POST';
    const proxy = proxyFor(url);
    if (!proxy) {
        const mod = url.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject;
        return send(mod.request(url, { method, headers, signal, agent: false }), body);
    }
    const via = {
        proxy,
        module: proxy.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject,
        options: { host: bare(proxy.hostname), port: portOf(proxy), agent: false, signal },
        auth: proxy.username ? { 'proxy-authorization': `Basic ${basic(proxy)}` } : {},
    };
    return url.protocol === 'http:'
        ? send(httpViaProxy(url, headers, via, method), body)
        : httpsThroughTunnel(url, headers, via, signal, body);
}
function send(req, body) {
    return new Promise((resolve, reject) => {
        req.on('error', reject).on('response', resolve).end(body);
    });
}
function httpViaProxy(url, headers, via, method) {
    const path = `${url.protocol}//${url.host}${url.pathname}${url.search}`;
    const auth = url.username ? `${decode(url.username)}:${decode(url.password)}` : undefined;
    return via.module.request({
        ...via.options,
        method,
        path,
        auth,
        headers: { ...headers, ...via.auth, host: url.host },
    });
}
function httpsThroughTunnel(url, headers, via, signal, body) {
    return new Promise((resolve, reject) => {
        const authority = `${url.hostname}:${portOf(url)}`;
        const connect = via.module.request({
            ...via.options,
            method: 'CONNECT',
            path: authority,
            headers: { ...via.auth, host: authority },
        });
        const refused = (status = 0, text = '') => new AttemptError(`proxy ${via.proxy.host} refused CONNECT to ${authority}: HTTP ${status} ${text}`.trimEnd(), status, status >= 500 || status === 408 || status === 429);
        connect.on('error', reject);
        connect.on('response', (r) => {
            r.destroy();
            reject(refused(r.statusCode, r.statusMessage));
        });
        connect.on('connect', (r, socket) => {
            if (r.statusCode !== 200) {
                socket.destroy();
                reject(refused(r.statusCode, r.statusMessage));
                return;
            }
            if (signal.aborted)
                socket.destroy();
            signal.addEventListener('abort', () => socket.destroy(), { once: true });
            const host = bare(url.hostname);
            const req = external_node_https_namespaceObject.request(url, {
                method: body === undefined ? 'GET' : 'POST',
                headers,
                signal,
                createConnection: () => external_node_tls_namespaceObject.connect({ socket, servername: external_node_net_namespaceObject.isIP(host) ? undefined : host })
                    .once('close', () => socket.destroy()),
            });
            send(req, body).then(resolve, reject);
        });
        connect.end();
    });
}
async function receive(res, dest, opts, watchdog, signal) {
    const length = Number(res.headers['content-length'] ?? NaN);
    const total = Number.isSafeInteger(length) && length >= 0 ? length : undefined;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const interval = opts.progressIntervalMs ?? 5000;
    const startedAt = Date.now();
    let lastReport = startedAt;
    let bytes = 0;
    const report = () => opts.onProgress?.({
        receivedBytes: bytes,
        totalBytes: total,
        elapsedMs: Date.now() - startedAt,
    });
    const truncated = (cause) => new AttemptError(`truncated: got ${bytes} of ${total} bytes`, undefined, true, undefined, {
        cause,
    });
    const file = await (0,staged_file/* createExclusive */.H0)(dest);
    let written = { dev: -1, ino: -1 };
    try {
        const sink = new external_node_stream_.Writable({
            write(chunk, _encoding, callback) {
                bytes += chunk.length;
                hash.update(chunk);
                watchdog.kick();
                if (opts.onProgress && Date.now() - lastReport >= interval) {
                    lastReport = Date.now();
                    report();
                }
                Promise.all([writeAll(file, chunk), feed(opts.tee, chunk)]).then(() => callback(), callback);
            },
        });
        try {
            await (0,external_node_stream_promises_.pipeline)(res, sink, { signal });
        }
        catch (e) {
            if (total !== undefined && bytes < total && isNetworkError(e))
                throw truncated(e);
            throw e;
        }
        watchdog.stop();
        if (total !== undefined && bytes !== total)
            throw truncated();
        opts.tee?.end();
        await file.sync();
        const st = await file.stat();
        written = { dev: st.dev, ino: st.ino };
    }
    finally {
        await file.close();
    }
    report();
    return { sha256: hash.digest('hex'), bytes, written };
}
function feed(tee, chunk) {
    if (!tee || tee.destroyed || tee.write(chunk))
        return undefined;
    return new Promise((resolve) => {
        const go = () => {
            tee.off('drain', go).off('close', go);
            resolve();
        };
        tee.on('drain', go).on('close', go);
    });
}
async function writeAll(file, chunk) {
    for (let off = 0; off < chunk.length;)
        off += (await file.write(chunk, off)).bytesWritten;
}
function requestHeaders(opts) {
    const headers = {
        'user-agent': opts.userAgent ?? 'toolchain-cache',
        accept: '*/*',
    };
    for (const [k, v] of Object.entries(opts.headers ?? {}))
        headers[k.toLowerCase()] = v;
    headers['accept-encoding'] = 'identity';
    return headers;
}
function parseRetryAfter(value) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
    return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}
function isNetworkError(e) {
    return (0,errors/* isErrnoException */.s$)(e) && (RETRYABLE_CODES.has(e.code) || e.code.startsWith('HPE_'));
}
function abortError(message, reason) {
    return Object.assign(new Error(message, { cause: reason }), {
        name: 'AbortError',
        code: 'ABORT_ERR',
    });
}
const isHttp = (u) => u.protocol === 'http:' || u.protocol === 'https:';
const portOf = (u) => Number(u.port) || (u.protocol === 'https:' ? 443 : 80);
const bare = (host) => host.replace(/^\[(.*)\]$/, '$1');
const decode = (s) => decodeURIComponent(s);
const basic = (u) => Buffer.from(`${decode(u.username)}:${decode(u.password)}`).toString('base64');


/***/ }),

/***/ 1966:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mp: () => (/* binding */ assertLinksInside),
/* harmony export */   OW: () => (/* binding */ sealTree),
/* harmony export */   U4: () => (/* binding */ sealRecordSync),
/* harmony export */   iY: () => (/* binding */ sealRecordIdentitySync)
/* harmony export */ });
/* unused harmony exports TREE_DIR_MODE, sealedFileMode, SEALED_RECORD_MODE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9558);




const TREE_DIR_MODE = 0o2775;
const sealedFileMode = (mode) => (mode & 0o100 ? 0o555 : 0o444);
const SEALED_RECORD_MODE = 0o444;
function sealRecordSync(file, maxBytes) {
    return sealRecordIdentitySync(file, maxBytes).bytes;
}
function sealRecordIdentitySync(file, maxBytes) {
    return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .withRegularFileSync */ .QI)(file, maxBytes, (fd, size) => {
        (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .assertOwnSingleName */ .eh)(file, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, SEALED_RECORD_MODE);
        return { bytes: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readUpToSync */ .Eg)(fd, size), identity: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .fileIdentity */ .l6)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd)) };
    });
}
async function sealTree(root, files) {
    const isWindows = process.platform === 'win32';
    const listed = [];
    const names = new Map();
    for (const f of [{ path: '', type: 'directory' }, ...files]) {
        if (f.type !== 'file' && f.type !== 'directory')
            continue;
        if (isWindows && f.type === 'directory')
            continue;
        const p = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, f.path);
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p);
        if (st.isFile() !== (f.type === 'file') || st.isDirectory() !== (f.type === 'directory'))
            throw changedWhileSealed(p, 'is not what the extractor listed');
        listed.push({ p, st });
        if (st.isFile())
            names.set(inode(st), (names.get(inode(st)) ?? 0) + 1);
    }
    for (const { p, st } of listed) {
        const mode = st.mode & 0o7777;
        const wanted = st.isFile() ? sealedFileMode(mode) : TREE_DIR_MODE;
        if (wanted === mode)
            continue;
        if (isWindows)
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(p, wanted);
        else
            await sealListed(p, st, wanted, names.get(inode(st)) ?? 0);
    }
}
const inode = (st) => `${st.dev}:${st.ino}`;
function changedWhileSealed(p, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${p} ${what}: it was changed while the tree was sealed, and no mode was set through it. ` +
        'Check who can write the cache root (its staging/ directory).');
}
async function sealListed(p, listed, wanted, names) {
    const me = process.geteuid?.();
    const check = (st) => {
        if (st.dev !== listed.dev || st.ino !== listed.ino)
            throw changedWhileSealed(p, 'was replaced');
        if (me !== undefined && st.uid !== me)
            throw changedWhileSealed(p, `is owned by uid ${st.uid}`);
        if (st.isFile() && st.nlink !== names)
            throw changedWhileSealed(p, `has ${st.nlink} names, ${names} in the tree`);
    };
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY |
        (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) |
        (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) |
        (listed.isDirectory() ? (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0) : 0);
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(p, flags);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ELOOP' || e.code === 'ENOTDIR'))
            throw changedWhileSealed(p, 'was replaced by a link');
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'EACCES' && listed.isFile()))
            throw e;
        check(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(p));
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(p, wanted);
        return;
    }
    try {
        check(await handle.stat());
        await handle.chmod(wanted);
    }
    finally {
        await handle.close();
    }
}
function assertLinksInside(id, files) {
    const fold = process.platform === 'darwin' || process.platform === 'win32';
    const key = (segs) => {
        const k = segs.join('/');
        return fold ? k.normalize('NFC').toLowerCase() : k;
    };
    const byPath = new Map(files.map((f) => [key(f.path.split('/')), f]));
    const resolve = (from, target, budget) => {
        if (++budget.hops > 40 || /^([/\\]|[A-Za-z]:)/.test(target))
            return null;
        let cur = [...from];
        for (const seg of target.split(process.platform === 'win32' ? /[\\/]/ : '/')) {
            if (seg === '' || seg === '.')
                continue;
            if (seg === '..') {
                if (cur.length === 0)
                    return null;
                cur.pop();
                continue;
            }
            cur.push(seg);
            const f = byPath.get(key(cur));
            if (f?.type === 'symlink') {
                const next = resolve(cur.slice(0, -1), f.target ?? '', budget);
                if (next === null)
                    return null;
                cur = next;
            }
        }
        return cur;
    };
    for (const f of files) {
        if (f.type !== 'symlink')
            continue;
        const segs = f.path.split('/');
        if (resolve(segs.slice(0, -1), f.target ?? '', { hops: 0 }) === null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafeArchiveError */ .td(`${id}: archive member "${f.path}" is a symlink to "${f.target ?? ''}", which leads outside the toolchain root; refusing to install.`, f.path);
        }
    }
}


/***/ }),

/***/ 7576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cz: () => (/* binding */ createFreshDir),
/* harmony export */   H0: () => (/* binding */ createExclusive),
/* harmony export */   du: () => (/* binding */ PinnedZipReader),
/* harmony export */   qX: () => (/* reexport safe */ _regular_file_js__WEBPACK_IMPORTED_MODULE_7__.qX),
/* harmony export */   rY: () => (/* binding */ PinnedArchive)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6466);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(663);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3828);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(6094);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9558);










const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0;
async function createExclusive(file, mode = 0o600) {
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | NO_FOLLOW;
    for (let attempt = 1;; attempt++) {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, flags, mode);
        }
        catch (e) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isErrnoException */ .s$)(e) || e.code !== 'EEXIST' || attempt === 3)
                throw e;
        }
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file).catch(() => undefined);
        if (st?.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${file} is a directory that this install did not create; something else writes in the staging directory. Check who can write the cache root.`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(file).catch((e) => {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
                throw e;
        });
    }
}
async function createFreshDir(dir, mode) {
    for (let attempt = 1;; attempt++) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { mode: 0o700 });
            await (0,_faults_js__WEBPACK_IMPORTED_MODULE_8__/* .faultPoint */ .Jd)('fresh-dir-chmod');
            await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_6__/* .chmodDirNoFollow */ .T2)(dir, mode);
            return;
        }
        catch (e) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isErrnoException */ .s$)(e) || e.code !== 'EEXIST' || attempt === 3)
                throw e;
        }
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(dir).catch(() => undefined);
        if (st && !st.isSymbolicLink()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${dir} already exists, but this install did not create it; something else writes in the staging directory. Check who can write the cache root.`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(dir).catch((e) => {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
                throw e;
        });
    }
}
class PinnedArchive {
    path;
    handle;
    size;
    constructor(path, handle, size) {
        this.path = path;
        this.handle = handle;
        this.size = size;
    }
    static async open(file) {
        const { handle, size } = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .openRegularFile */ .ZU)(file);
        return new PinnedArchive(file, handle, size);
    }
    stream() {
        return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readRange */ .qX)(this.handle, 0, this.size);
    }
    async sha256() {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(this.stream(), hash);
        return hash.digest('hex');
    }
    close() {
        return this.handle.close();
    }
}
class PinnedZipReader extends yauzl__WEBPACK_IMPORTED_MODULE_4__.RandomAccessReader {
    handle;
    constructor(handle) {
        super();
        this.handle = handle;
    }
    _readStreamForRange(start, end) {
        return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readRange */ .qX)(this.handle, start, end);
    }
}


/***/ }),

/***/ 274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ps: () => (/* binding */ writeTreeStats),
/* harmony export */   VW: () => (/* binding */ TREE_STAT_MAX_BYTES),
/* harmony export */   gU: () => (/* binding */ treeStatProblem)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9558);





const FORMATS = {
    'tree-stat 1': { fields: 5, line: lineV1 },
    'tree-stat 2': { fields: 6, line: lineV2 },
};
const HEADER = 'tree-stat 2';
const TREE_STAT_MAX_BYTES = 256 * 1024 ** 2;
const kind = (st) => st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : '?';
const shownName = (rel) => rel.includes('\n') || rel.startsWith('"') ? JSON.stringify(rel) : rel;
function lineV1(rel, st) {
    return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ino} ${shownName(rel)}`;
}
function lineV2(rel, st) {
    return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ctimeMs} ${st.ino} ${shownName(rel)}`;
}
async function writeTreeStats(file, root, entries) {
    const lines = [HEADER, lineV2('', (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(root))];
    for (const e of entries) {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, e.path));
        if (st.isDirectory())
            lines.push(lineV2(e.path, st));
    }
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .atomicWriteFile */ .Re)(file, lines.join('\n') + '\n');
}
function treeStatProblem(file, root, recordedSha256, recordedIdentity) {
    let bytes;
    let identity;
    try {
        ({ bytes, identity } = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFileIdentitySync */ .cn)(file, TREE_STAT_MAX_BYTES));
    }
    catch (e) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'
            ? 'its metadata file (tree-stat) is missing'
            : `its metadata file (tree-stat) is unreadable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)})`;
    }
    if (identity !== recordedIdentity && (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .recordDigest */ .kd)(bytes) !== recordedSha256)
        return 'its metadata file (tree-stat) is not the one its installer recorded';
    return treeDifference(bytes.toString('utf8'), root);
}
function treeDifference(text, root) {
    const header = text.slice(0, Math.max(0, text.indexOf('\n')));
    if (!Object.hasOwn(FORMATS, header))
        return 'its metadata file (tree-stat) is unreadable';
    const { fields, line } = FORMATS[header];
    for (let start = header.length + 1; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const recorded = text.slice(start, end);
        start = end + 1;
        let nameAt = 0;
        for (let spaces = 0; spaces < fields && nameAt >= 0; spaces++)
            nameAt = recorded.indexOf(' ', nameAt) + 1;
        if (nameAt <= 0)
            return 'its metadata file (tree-stat) is unreadable';
        const rel = recordedName(recorded.slice(nameAt));
        if (rel === undefined)
            return 'its metadata file (tree-stat) is unreadable';
        const st = lstatOrUndefined(rel ? `${root}/${rel}` : root);
        if (st && line(rel, st) === recorded)
            continue;
        return difference(rel || '(the toolchain root)', recorded.split(' ', fields), st);
    }
    return undefined;
}
function recordedName(name) {
    if (!name.startsWith('"'))
        return name;
    try {
        return JSON.parse(name);
    }
    catch {
        return undefined;
    }
}
function lstatOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
function difference(shown, fields, st) {
    if (!st)
        return `missing: ${shown}`;
    const [type, size, mode, mtimeMs] = fields;
    const ino = fields[fields.length - 1];
    if (kind(st) !== type)
        return `type changed: ${shown}`;
    if (String(st.ino) !== ino)
        return `replaced: ${shown}`;
    if (type !== 'd' && String(st.size) !== size)
        return `modified: ${shown}`;
    if ((st.mode & 0o7777).toString(8) !== mode)
        return `mode changed: ${shown}`;
    if (String(st.mtimeMs) !== mtimeMs)
        return type === 'd' ? `entries added or removed: ${shown}` : `modified: ${shown}`;
    return `changed: ${shown}`;
}


/***/ }),

/***/ 3607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ recordUseOrExplain),
/* harmony export */   L$: () => (/* binding */ resolved),
/* harmony export */   UK: () => (/* binding */ matchingEntry),
/* harmony export */   fv: () => (/* binding */ recordHit),
/* harmony export */   uJ: () => (/* binding */ startAcquiring)
/* harmony export */ });
/* unused harmony exports acquireToolchains, everyFailure */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _disk_full_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4454);
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2599);
/* harmony import */ var _receipt_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7411);






let missModule;
const missPath = () => (missModule ??= __nccwpck_require__.e(/* import() */ 936).then(__nccwpck_require__.bind(__nccwpck_require__, 5936)));
async function acquireToolchains(specs, opts) {
    const results = await Promise.allSettled(await startAcquiring(specs, opts));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length)
        throw everyFailure(failures);
    return results.map((r) => r.value);
}
async function startAcquiring(specs, opts) {
    const started = Date.now();
    const doc = await opts.registry.read();
    return specs.map(async (spec, index) => {
        try {
            if (await recordHit(doc, spec, opts)) {
                return await resolved(opts.layout, spec, index, doc.entries[spec.id], 'local', {
                    waitMs: 0,
                    installMs: Date.now() - started,
                });
            }
            return await (await missPath()).installOrWait(spec, index, opts);
        }
        catch (e) {
            if ((0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .isDiskFull */ .b$)(e))
                throw await (0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFullError */ .vB)(opts.layout.root, e, `${spec.id}: installing`, opts.sizeBound);
            throw namingToolchain(spec.id, e);
        }
    });
}
function everyFailure(failures) {
    const distinct = [...new Set(failures)];
    if (distinct.length === 1)
        return distinct[0];
    const first = distinct[0];
    const message = `${distinct.length} toolchains failed:\n` +
        distinct.map((e) => `- ${errorMessage(e)}`).join('\n');
    return first instanceof ToolchainCacheError
        ? new ToolchainCacheError(first.code, message, { cause: first })
        : new Error(message, { cause: first });
}
async function recordHit(doc, spec, opts) {
    const entry = matchingEntry(doc, spec);
    if (entry === undefined || !(await recordUseOrExplain(spec, opts)))
        return false;
    const changed = (0,_receipt_js__WEBPACK_IMPORTED_MODULE_5__/* .treeChange */ .Th)(opts.layout, spec);
    if (changed === undefined)
        return true;
    opts.log.debug(`${spec.id}: the hit check failed (${changed}); going to the install path`);
    await (0,_uses_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseUses */ .ez)(opts.layout, { key: opts.owner.key }, [spec.id]);
    return false;
}
async function recordUseOrExplain(spec, opts) {
    try {
        return await (0,_uses_js__WEBPACK_IMPORTED_MODULE_4__/* .recordUse */ .zk)(opts.layout, spec.id, opts.owner);
    }
    catch (e) {
        if (!(0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .isDiskFull */ .b$)(e))
            throw e;
        throw await (0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFullError */ .vB)(opts.layout.root, e, `${spec.id}: it is installed, but recording this job's use of it`, opts.sizeBound, 'A hit without a use record would not be safe from GC (a GC could remove the toolchain while this job runs it), so the step stops. ');
    }
}
function namingToolchain(id, e) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg && e.code === 'CANCELLED')
        return e;
    if (e instanceof Error && !e.message.startsWith(`${id}:`) && !e.message.includes(`"${id}"`)) {
        e.message = `${id}: ${e.message}`;
    }
    return e;
}
function matchingEntry(doc, spec) {
    const entry = Object.hasOwn(doc.entries, spec.id) ? doc.entries[spec.id] : undefined;
    if (!entry) {
        const folded = spec.id.toLowerCase();
        const twin = Object.keys(doc.entries).find((id) => id.toLowerCase() === folded);
        if (twin !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('CONFLICT', `Toolchain "${spec.id}" differs only in letter case from the installed "${twin}"; ` +
                'ids that differ only in case would share a directory on macOS and Windows. Use the same spelling, or another id.');
        }
        return undefined;
    }
    if (entry.sha256 !== spec.sha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('CONFLICT', `Toolchain "${spec.id}" is already installed with sha256 ${entry.sha256}, but this job asks for ${spec.sha256}. ` +
            'An id names one exact archive: give the new archive a new id (e.g. with its version) rather than replacing one other jobs may be using.');
    }
    return entry;
}
async function resolved(layout, spec, index, entry, source, t) {
    const root = layout.toolchainRoot(spec.id);
    return {
        id: spec.id,
        sha256: spec.sha256,
        path: root,
        binDirs: await binDirs(root, spec, index),
        source,
        waitMs: t.waitMs,
        installMs: t.installMs,
        downloadedBytes: t.downloadedBytes ?? 0,
        sizeBytes: entry.sizeBytes,
        archivePath: t.archivePath,
        ...(t.tier !== undefined && { tier: t.tier }),
        ...(t.leaseHolder !== undefined && { leaseHolder: t.leaseHolder }),
    };
}
async function binDirs(root, spec, index) {
    if (!spec.bin) {
        const bin = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'bin');
        return [(await isDirectory(bin)) ? bin : root];
    }
    const dirs = spec.bin.map((b) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, b));
    for (const [i, dir] of dirs.entries()) {
        if (!(await isDirectory(dir))) {
            const top = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(root).catch(() => [])).slice(0, 20).join(', ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`toolchains[${index}] (id "${spec.id}"): field "bin": "${spec.bin[i]}" is not a directory of the toolchain (its top level holds: ${top || 'nothing'}).`, 'bin');
        }
    }
    return dirs;
}
const isDirectory = async (p) => Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p, { throwIfNoEntry: false })?.isDirectory() ?? false);


/***/ }),

/***/ 2761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lB: () => (/* binding */ CacheLayout),
  w9: () => (/* binding */ LAYOUT_VERSION),
  Nz: () => (/* binding */ checkLayoutVersion),
  YC: () => (/* binding */ chooseCacheRoot),
  BC: () => (/* binding */ openCacheRoot),
  R5: () => (/* binding */ stagingId),
  zb: () => (/* binding */ stagingName),
  dm: () => (/* binding */ unreachableRoot)
});

// UNUSED EXPORTS: LayoutVersionError, checkNotInsideAnotherRoot, checkRootMembers, checkRootMode, howToSetRoot, resolveCacheRoot

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/compile-cache-dir.js
var compile_cache_dir = __nccwpck_require__(3091);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __nccwpck_require__(770);
// EXTERNAL MODULE: ./lib/core/platform/names.js
var names = __nccwpck_require__(6787);
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __nccwpck_require__(9558);
// EXTERNAL MODULE: ./lib/core/registry/schema.js
var schema = __nccwpck_require__(9032);
;// CONCATENATED MODULE: ./lib/core/state-modes.js



const NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = external_node_fs_.constants.O_NONBLOCK ?? 0;
const stateFiles = (layout) => [
    layout.layoutFile,
    layout.registryFile,
    layout.statsFile,
    layout.gcStateFile,
];
const octal = (mode) => (mode & 0o7777).toString(8).padStart(4, '0');
function mendStateFileModes(layout) {
    const report = { mended: [], notMine: [], refused: [] };
    if (process.platform === 'win32')
        return report;
    const me = process.geteuid?.() ?? -1;
    for (const file of stateFiles(layout)) {
        const st = (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false });
        if (!st?.isFile() || (st.mode & 0o7777) === fsx/* SHARED_FILE_MODE */.bG)
            continue;
        if (me !== st.uid) {
            report.notMine.push({ file, mode: octal(st.mode), owner: (0,names/* userName */.nT)(st.uid) });
            continue;
        }
        const why = setModeNoFollow(file, st);
        if (why === undefined)
            report.mended.push(file);
        else if (why !== '')
            report.refused.push({ file, why });
    }
    return report;
}
function notMendable(opened, listed, fd) {
    if (!opened.isFile() || opened.ino !== listed.ino || opened.dev !== listed.dev)
        return '';
    if (opened.nlink !== 1)
        return `has ${opened.nlink} names (a hard link), not one`;
    if (opened.uid !== listed.uid)
        return 'changed owner while it was looked at';
    const first = Buffer.alloc(1);
    if ((0,external_node_fs_.readSync)(fd, first, 0, 1, 0) !== 1 || first[0] !== 0x7b)
        return 'is not a JSON object';
    return undefined;
}
function setModeNoFollow(file, listed) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    }
    catch {
        return '';
    }
    try {
        const why = notMendable((0,external_node_fs_.fstatSync)(fd), listed, fd);
        if (why === undefined)
            (0,external_node_fs_.fchmodSync)(fd, fsx/* SHARED_FILE_MODE */.bG);
        return why;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./lib/core/layout.js









const isWindows = process.platform === 'win32';
const LAYOUT_VERSION = 2;
class CacheLayout {
    root;
    constructor(root) {
        this.root = root;
    }
    get registryFile() {
        return external_node_path_.join(this.root, 'registry.json');
    }
    get locksDir() {
        return external_node_path_.join(this.root, 'locks');
    }
    get toolchainsDir() {
        return external_node_path_.join(this.root, 'toolchains');
    }
    get stagingDir() {
        return external_node_path_.join(this.root, 'staging');
    }
    get trashDir() {
        return external_node_path_.join(this.root, 'trash');
    }
    get statsFile() {
        return external_node_path_.join(this.root, 'stats.json');
    }
    get layoutFile() {
        return external_node_path_.join(this.root, 'layout.json');
    }
    get gcStateFile() {
        return external_node_path_.join(this.root, 'gc-state.json');
    }
    get usesDir() {
        return external_node_path_.join(this.root, 'uses');
    }
    usesOf(id) {
        return external_node_path_.join(this.usesDir, id);
    }
    useFile(id, key) {
        return external_node_path_.join(this.usesOf(id), `${key}.json`);
    }
    lastUsedStamp(id) {
        return external_node_path_.join(this.usesOf(id), 'last-used');
    }
    removalMark(id) {
        return external_node_path_.join(this.entryDir(id), 'removing');
    }
    entryDir(id) {
        return external_node_path_.join(this.toolchainsDir, id);
    }
    toolchainRoot(id) {
        return external_node_path_.join(this.entryDir(id), 'files');
    }
    manifestFile(id) {
        return external_node_path_.join(this.entryDir(id), 'manifest.json');
    }
    get receiptsDir() {
        return external_node_path_.join(this.root, 'receipts');
    }
    receiptFile(id) {
        return external_node_path_.join(this.receiptsDir, `${id}.json`);
    }
    treeStatsFile(id) {
        return external_node_path_.join(this.entryDir(id), 'tree-stat');
    }
    lockPath(name) {
        return external_node_path_.join(this.locksDir, name);
    }
    get namedDir() {
        return external_node_path_.join(this.root, 'named');
    }
    get namedDocsDir() {
        return external_node_path_.join(this.namedDir, 'docs');
    }
    get baseDirs() {
        return [
            this.locksDir,
            this.toolchainsDir,
            this.stagingDir,
            this.trashDir,
            this.usesDir,
            this.receiptsDir,
        ];
    }
    get ownDirs() {
        return [...this.baseDirs, this.namedDir, this.namedDocsDir];
    }
}
const stagingName = (id, token) => `${id}.${token}`;
function stagingId(name) {
    const m = /^(.+)\.[0-9a-f]{16}$/.exec(name);
    return m ? m[1] : undefined;
}
function chooseCacheRoot(input, env = process.env, sources = {}) {
    const inputName = sources.inputName ?? 'the "cache-root" input';
    const candidates = [
        { from: sources.host ? sources.host.file : '', value: sources.host?.cacheRoot?.trim() ?? '' },
        { from: inputName, value: input.trim() },
        { from: 'TOOLCHAIN_CACHE_ROOT', value: env.TOOLCHAIN_CACHE_ROOT?.trim() ?? '' },
        {
            from: 'RUNNER_TOOL_CACHE',
            value: env.RUNNER_TOOL_CACHE ? external_node_path_.join(env.RUNNER_TOOL_CACHE, 'toolchain-cache') : '',
        },
    ].filter((c) => c.value);
    const chosen = candidates[0];
    if (!chosen) {
        throw new errors/* InputError */.dz('No cache root: set the "cache-root" input, or TOOLCHAIN_CACHE_ROOT (or RUNNER_TOOL_CACHE) in the runner environment.', 'cache-root');
    }
    if (!external_node_path_.isAbsolute(chosen.value)) {
        throw new errors/* ToolchainCacheError */.mg('INVALID_INPUT', `The cache root from ${chosen.from} is a relative path ("${chosen.value}"): it would resolve ` +
            "against each job's working directory. Give an absolute path.");
    }
    const root = external_node_path_.resolve(chosen.value);
    const overridden = chosen === candidates.find((c) => c.from === sources.host?.file)
        ? candidates
            .slice(1, 3)
            .filter((c) => c.from !== 'RUNNER_TOOL_CACHE' && external_node_path_.resolve(c.value) !== root)
        : [];
    return { root, from: chosen.from, overridden };
}
const resolveCacheRoot = (input, env = process.env, sources = {}) => chooseCacheRoot(input, env, sources).root;
async function openCacheRoot(root, options = {}) {
    const create = options.create ?? true;
    if (!external_node_path_.isAbsolute(root)) {
        throw new errors/* InputError */.dz(`Cache root ${root} is a relative path; give an absolute one.`, 'cache-root');
    }
    const st = await statOrCreateRoot(external_node_path_.resolve(root), create);
    if (st.isSymbolicLink()) {
        const target = await external_node_fs_.promises.realpath(root).catch(() => undefined);
        throw new errors/* InputError */.dz(`Cache root ${root}${options.from ? ` (from ${options.from})` : ''} is a symlink to ${target ?? 'a missing target'}; ` +
            `${howToSetRoot(options.from, target ?? 'the real directory')} so every runner resolves the same path.`, 'cache-root');
    }
    if (!st.isDirectory())
        throw new errors/* InputError */.dz(`Cache root ${root} exists but is not a directory.`, 'cache-root');
    checkRootMode(root, await settledRootStat(root, st));
    try {
        (0,external_node_fs_.accessSync)(root, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch {
        throw new errors/* InputError */.dz(notWritableMessage(root, st), 'cache-root');
    }
    const layout = new CacheLayout(external_node_fs_.realpathSync.native(root));
    checkNotInsideAnotherRoot(layout.root);
    const dirs = layout.baseDirs;
    const absent = await checkRootMembers(layout);
    checkStateFilesReadable(layout);
    await checkLayoutVersion(layout, create);
    const toCreate = create ? dirs.filter((dir) => absent.has(dir)) : [];
    if (toCreate.length > 0) {
        for (const dir of toCreate)
            await (0,fsx/* ensureDir */.A0)(dir);
        await checkRootMembers(layout);
    }
    return layout;
}
function lstatOrThrown(p, failed) {
    try {
        return (0,external_node_fs_.lstatSync)(p);
    }
    catch (e) {
        return failed(e);
    }
}
function howToSetRoot(from, value) {
    if (from === undefined)
        return `point the cache root at ${value}`;
    if (from === 'TOOLCHAIN_CACHE_ROOT')
        return `set TOOLCHAIN_CACHE_ROOT=${value} (in the runner's .env, then restart the runner)`;
    if (from === 'RUNNER_TOOL_CACHE')
        return `set TOOLCHAIN_CACHE_ROOT=${value} in the runner's .env (the default, $RUNNER_TOOL_CACHE/toolchain-cache, is the link), then restart the runner`;
    if (from.includes('"cache-root"') || from.includes('--root'))
        return `set ${from} to ${value}`;
    return `set "cacheRoot" in ${from} to ${value}`;
}
function notWritableMessage(root, st) {
    const groups = process.getgroups?.();
    const uid = process.getuid?.();
    const groupWritable = (st.mode & 0o020) !== 0;
    if (groups && uid !== undefined && uid !== st.uid && groupWritable && !groups.includes(st.gid)) {
        const user = shellWord((0,names/* userName */.nT)(uid));
        const group = shellWord((0,names/* groupName */.hv)(st.gid));
        return (`Cache root ${root} belongs to group ${group}, and this runner's user ${user} is not in it (its groups: ${groups.map(names/* groupName */.hv).join(', ')}). ` +
            `As root, add ${user} to group ${group} (\`usermod -aG ${group} ${user}\`) and restart the runner: a running process keeps the groups it started with.`);
    }
    return `Cache root ${root} (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}) is not writable by this user; make it group-writable for the runners' group, with this user in that group (see README).`;
}
async function statOrCreateRoot(root, create) {
    const st = lstatOrThrown(root, (e) => {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return undefined;
        if ((0,errors/* isErrnoException */.s$)(e) && (e.code === 'EACCES' || e.code === 'EPERM'))
            throw unreachableRoot(root, e.code);
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOTDIR') {
            throw new errors/* InputError */.dz(`Cache root ${root} lies below a file, not a directory.`, 'cache-root');
        }
        throw e;
    });
    if (st)
        return st;
    if (!create)
        throw new errors/* InputError */.dz(`Cache root ${root} does not exist.`, 'cache-root');
    checkNotInsideAnotherRoot(root);
    await (0,fsx/* ensureDir */.A0)(root).catch((e) => {
        if ((0,errors/* isErrnoException */.s$)(e) &&
            (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS' || e.code === 'ENOTDIR')) {
            throw new errors/* InputError */.dz(`Cache root ${root} does not exist and cannot be created by this user (${e.code}); create it (see README).`, 'cache-root');
        }
        throw e;
    });
    return external_node_fs_.promises.lstat(root);
}
function unreachableRoot(root, code) {
    const blocked = firstUnsearchable(external_node_path_.dirname(root));
    const where = blocked
        ? `${blocked.dir} (mode ${(blocked.mode & 0o7777).toString(8).padStart(4, '0')}, owner ${(0,names/* userName */.nT)(blocked.uid)}, group ${(0,names/* groupName */.hv)(blocked.gid)}) is not searchable by this user`
        : `${code} on the way to it`;
    return new errors/* InputError */.dz(`Cache root ${root} cannot be reached by this user: ${where}. Every directory above the root must be searchable by the runners' group ` +
        `(e.g. chmod o+x or chgrp the runners' group and chmod g+x ${blocked ? shellWord(blocked.dir) : 'each directory above it'}; see README).`, 'cache-root');
}
function firstUnsearchable(dir) {
    const chain = [];
    for (let d = dir;; d = external_node_path_.dirname(d)) {
        chain.unshift(d);
        if (external_node_path_.dirname(d) === d)
            break;
    }
    for (const d of chain) {
        try {
            (0,external_node_fs_.accessSync)(d, external_node_fs_.promises.constants.X_OK);
        }
        catch {
            try {
                const st = (0,external_node_fs_.lstatSync)(d);
                return { dir: d, mode: st.mode, uid: st.uid, gid: st.gid };
            }
            catch {
                return undefined;
            }
        }
    }
    return undefined;
}
async function settledRootStat(root, st) {
    for (let i = 0; i < 20 && !rootModeOk(st) && Date.now() - st.ctimeMs < 2000; i++) {
        await (0,fsx/* sleep */.yy)(50);
        st = await external_node_fs_.promises.lstat(root);
    }
    return st;
}
const rootModeOk = (st) => isWindows || ((st.mode & 0o002) === 0 && ((st.mode & 0o020) === 0 || (st.mode & 0o2000) !== 0));
const shellWord = (s) => /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
function checkRootMode(root, st) {
    if (rootModeOk(st))
        return;
    const worldWritable = (st.mode & 0o002) !== 0;
    const r = shellWord(root);
    const group = st.gid === 0 ? "<the runners' group>" : shellWord((0,names/* groupName */.hv)(st.gid));
    const fix = [
        `chgrp -R ${group} ${r}`,
        ...(worldWritable ? [`chmod -R o-w ${r}`] : []),
        `find ${r} -type d -exec chmod g+s {} +`,
    ].join(' && ');
    const what = worldWritable
        ? 'writable by every user of the host'
        : "group-writable without the set-gid bit: what each runner user creates in it would get that user's own group, locking the others out";
    throw new errors/* InputError */.dz(`Cache root ${root} (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}, group ${(0,names/* groupName */.hv)(st.gid)}) is ${what}. ` +
        `Fix it as root: ${fix} (see README, "Pointing several runners at one cache").`, 'cache-root');
}
function checkNotInsideAnotherRoot(root) {
    for (let child = root, dir = external_node_path_.dirname(root);; child = dir, dir = external_node_path_.dirname(dir)) {
        const other = new CacheLayout(dir);
        const marker = hasOurLayoutFile(other)
            ? other.layoutFile
            : isRootMemberDir(child)
                ? [other.layoutFile, other.registryFile].find(isFileSync)
                : undefined;
        if (marker) {
            throw new errors/* InputError */.dz(`Cache root ${root} lies inside another cache root, ${dir} (it has ${external_node_path_.basename(marker)}); that root's GC and repair would walk it. Choose a directory outside ${dir}.`, 'cache-root');
        }
        if (external_node_path_.dirname(dir) === dir)
            return;
    }
}
const rootMemberDirs = (l) => [...l.baseDirs, l.namedDir];
let rootMemberNames;
const isRootMemberDir = (dir) => (rootMemberNames ??= rootMemberDirs(new CacheLayout(external_node_path_.sep)).map((d) => external_node_path_.basename(d))).includes(external_node_path_.basename(dir));
function isFileSync(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false;
    }
}
function hasOurLayoutFile(l) {
    if (!(0,external_node_fs_.existsSync)(l.layoutFile))
        return false;
    try {
        const text = (0,regular_file/* readRegularTextIfExistsSync */.cL)(l.layoutFile, fsx/* STATE_FILE_MAX_BYTES */.e);
        const version = text && JSON.parse(text)?.layoutVersion;
        return typeof version === 'number';
    }
    catch {
        return false;
    }
}
function checkStateFilesReadable(layout) {
    const { notMine, refused } = mendStateFileModes(layout);
    const unreadable = notMine.filter((f) => !canRead(f.file));
    const planted = refused.filter((f) => !canRead(f.file));
    if (planted.length > 0)
        throw new errors/* InputError */.dz(`${planted.map((f) => `${f.file} ${f.why}`).join(', ')}: not a state file toolchain-cache wrote, and this user cannot read it; ` +
            `its mode was left alone. Check who can write ${layout.root}, then move it aside.`, 'cache-root');
    if (unreadable.length === 0)
        return;
    const owners = [...new Set(unreadable.map((f) => f.owner))];
    throw new errors/* InputError */.dz(`${unreadable.map((f) => `${f.file} (mode ${f.mode}, owned by ${f.owner})`).join(', ')} cannot be read by this user. ` +
        `Run \`toolchain-cache repair --root ${shellWord(layout.root)}\` as ${owners.join(' and ')}: it sets the documented mode (0664).`, 'cache-root');
}
function canRead(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.promises.constants.R_OK);
        return true;
    }
    catch {
        return false;
    }
}
class LayoutVersionError extends errors/* ToolchainCacheError */.mg {
    root;
    found;
    constructor(root, found) {
        super('LAYOUT_VERSION', `The cache root ${root} has layout version ${found}, but this toolchain-cache uses layout version ${LAYOUT_VERSION}. ` +
            'Nothing was changed. Use the same release of toolchain-cache in every workflow on this host, or give this release its own cache-root.');
        this.root = root;
        this.found = found;
    }
}
async function checkLayoutVersion(layout, create) {
    const text = (0,regular_file/* readRegularTextIfExistsSync */.cL)(layout.layoutFile, fsx/* STATE_FILE_MAX_BYTES */.e);
    if (text !== undefined)
        return checkRecordedVersion(layout, text);
    const legacy = (await (0,fsx/* pathExists */.s0)(layout.registryFile)) ||
        (await external_node_fs_.promises.readdir(layout.toolchainsDir).catch(() => [])).length > 0;
    if (legacy) {
        const again = (0,regular_file/* readRegularTextIfExistsSync */.cL)(layout.layoutFile, fsx/* STATE_FILE_MAX_BYTES */.e);
        if (again !== undefined)
            return checkRecordedVersion(layout, again);
        throw new LayoutVersionError(layout.root, 1);
    }
    if (create) {
        (0,fsx/* writeFileReplacingSync */.WF)(layout.layoutFile, JSON.stringify({ layoutVersion: LAYOUT_VERSION }));
        createIfMissing(layout.registryFile, JSON.stringify((0,schema/* emptyRegistry */.Vu)()));
    }
}
function checkRecordedVersion(layout, text) {
    let found;
    try {
        found = JSON.parse(text)?.layoutVersion;
    }
    catch {
        found = undefined;
    }
    if (found === LAYOUT_VERSION)
        return;
    throw new LayoutVersionError(layout.root, typeof found === 'number' ? found : `unknown (${layout.layoutFile} is unreadable)`);
}
function createIfMissing(file, content) {
    try {
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    catch (e) {
        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'EEXIST'))
            throw e;
    }
}
async function checkRootMembers(layout) {
    const absent = new Set();
    const expected = [
        ...layout.ownDirs.map((dir) => [dir, 'directory']),
        [external_node_path_.join(layout.root, compile_cache_dir/* COMPILE_CACHE_DIR */.k), 'directory'],
        [layout.registryFile, 'file'],
        [layout.statsFile, 'file'],
        [layout.gcStateFile, 'file'],
        [layout.layoutFile, 'file'],
    ];
    for (const [p, type] of expected) {
        const st = (0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false });
        if (!st) {
            absent.add(p);
            continue;
        }
        const ok = type === 'directory' ? st.isDirectory() : st.isFile();
        if (ok)
            continue;
        const what = st.isSymbolicLink()
            ? `a symlink (to ${await external_node_fs_.promises.readlink(p).catch(() => '?')})`
            : 'not a regular ' + type;
        throw new errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${p} is ${what}; toolchain-cache never follows a link planted in its cache root. ` +
            `Remove it (toolchain-cache recreates it as needed) and check who can write ${layout.root}.`);
    }
    return absent;
}


/***/ }),

/***/ 2624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hx: () => (/* binding */ describeJob),
  My: () => (/* binding */ hostId),
  jW: () => (/* binding */ isProcessAlive),
  Be: () => (/* binding */ jobProcess),
  J3: () => (/* binding */ livenessChecker),
  U$: () => (/* binding */ newUse)
});

// UNUSED EXPORTS: CLOCK_SKEW_MARGIN_MS, DEFAULT_LEASE_MS, processStartTime, readHostId

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./lib/core/platform/builtins.js
var builtins = __nccwpck_require__(3519);
;// CONCATENATED MODULE: ./lib/core/sha256.js

const SMALL_INPUT_BYTES = 1024;
const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
function padded(data) {
    const blocks = Math.ceil((data.length + 9) / 64);
    const out = new Uint8Array(blocks * 64);
    out.set(data);
    out[data.length] = 0x80;
    const bits = data.length * 8;
    const high = Math.floor(bits / 0x100000000);
    for (let i = 0; i < 4; i++) {
        out[out.length - 8 + i] = (high >>> (24 - 8 * i)) & 0xff;
        out[out.length - 4 + i] = (bits >>> (24 - 8 * i)) & 0xff;
    }
    return out;
}
function compress(h, m, w) {
    let h0 = h[0] | 0, h1 = h[1] | 0, h2 = h[2] | 0, h3 = h[3] | 0;
    let h4 = h[4] | 0, h5 = h[5] | 0, h6 = h[6] | 0, h7 = h[7] | 0;
    for (let off = 0; off < m.length; off += 64) {
        for (let i = 0, j = off; i < 16; i++, j += 4)
            w[i] = (m[j] << 24) | (m[j + 1] << 16) | (m[j + 2] << 8) | m[j + 3];
        for (let i = 16; i < 64; i++) {
            const x = w[i - 15];
            const y = w[i - 2];
            const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
            const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
            w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
        }
        let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7;
        for (let i = 0; i < 64; i++) {
            const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
            const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
            const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
            const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h0 = (h0 + a) | 0;
        h1 = (h1 + b) | 0;
        h2 = (h2 + c) | 0;
        h3 = (h3 + d) | 0;
        h4 = (h4 + e) | 0;
        h5 = (h5 + f) | 0;
        h6 = (h6 + g) | 0;
        h7 = (h7 + hh) | 0;
    }
    h.set([h0, h1, h2, h3, h4, h5, h6, h7]);
}
function sha256Js(data) {
    const h = new Uint32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]);
    compress(h, padded(data), new Int32Array(64));
    return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}
function sha256Hex(data) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (bytes.length <= SMALL_INPUT_BYTES)
        return sha256Js(bytes);
    return (0,builtins/* crypto */.Et)().createHash('sha256').update(bytes).digest('hex');
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./lib/core/platform/system-command.js



const childProcess = () => (0,external_node_module_.createRequire)(external_node_path_.resolve('/'))('node:child_process');
const WINDOWS = {
    reg: ['System32', 'reg.exe'],
    powershell: ['System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'],
};
const POSIX = {
    ps: ['/bin/ps', '/usr/bin/ps'],
    ioreg: ['/usr/sbin/ioreg'],
};
function systemCommand(name, platform = process.platform) {
    if (platform === 'win32') {
        const parts = WINDOWS[name];
        const root = process.env.SystemRoot ?? process.env.windir ?? 'C:\\Windows';
        return parts ? external_node_path_.win32.join(root, ...parts) : name;
    }
    return (POSIX[name] ?? []).find((p) => (0,external_node_fs_.existsSync)(p)) ?? name;
}

;// CONCATENATED MODULE: ./lib/core/platform/host-id.js




const systemHostIdSources = () => ({
    platform: process.platform,
    hostname: () => (0,builtins/* hostName */.Sm)(),
    readFile: (file) => (0,external_node_fs_.readFileSync)(file, 'utf8'),
    run: (command, args) => childProcess().execFileSync(systemCommand(command), args, {
        encoding: 'utf8',
        timeout: 5000,
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'ignore'],
    }),
});
function readHostId(sources = systemHostIdSources()) {
    const id = machineId(sources);
    const name = sources.hostname();
    if (!id)
        return name;
    return `${name}/${sha256Hex(`toolchain-cache:${id}`).slice(0, 12)}`;
}
function machineId(sources) {
    for (const read of idReaders(sources)) {
        try {
            const id = read()?.trim().toLowerCase();
            if (id && /^[0-9a-f-]{16,}$/.test(id) && /[1-9a-f]/.test(id))
                return id;
        }
        catch {
        }
    }
    return undefined;
}
function idReaders({ platform, readFile, run }) {
    if (platform === 'win32') {
        const args = ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'];
        return [() => /MachineGuid\s+REG_SZ\s+(\S+)/i.exec(run('reg', [...args, '/reg:64']))?.[1]];
    }
    if (platform === 'darwin') {
        return [
            () => /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(run('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice']))?.[1],
        ];
    }
    return [
        () => readFile('/etc/machine-id'),
        () => readFile('/var/lib/dbus/machine-id'),
        () => readFile('/etc/hostid'),
    ];
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./lib/core/platform/start-time.js



const execFileAsync = (file, args, options) => (0,external_node_util_.promisify)(childProcess().execFile)(file, args, { ...options, encoding: 'utf8' });
let procMounted;
function defaultStartTimeMethod(platform = process.platform) {
    if (platform === 'win32')
        return 'windows';
    procMounted ??= platform === 'linux' && (0,external_node_fs_.existsSync)('/proc/self/stat');
    return procMounted ? 'proc' : 'ps';
}
async function processInfo(pid, method) {
    if (method === 'proc')
        return procInfo(pid);
    if (method === 'ps')
        return psInfo(pid);
    const start = (await windowsStartTimes(pid))?.get(pid);
    return { start, zombie: false };
}
function processInfoMemo(method) {
    const memo = new Map();
    let table;
    return (pid) => {
        let info = memo.get(pid);
        if (!info) {
            if (method === 'windows') {
                table ??= windowsStartTimes();
                info = table.then((t) => ({ start: t?.get(pid), zombie: false }));
            }
            else {
                info = processInfo(pid, method);
            }
            memo.set(pid, info);
        }
        return info;
    };
}
async function procInfo(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { start: fields[19], zombie: fields[0] === 'Z' || fields[0] === 'X' };
    }
    catch {
        return undefined;
    }
}
async function psInfo(pid) {
    try {
        const { stdout } = await execFileAsync(systemCommand('ps'), ['-o', 'stat=', '-o', 'lstart=', '-p', `${pid}`], {
            timeout: 5000,
            env: { ...process.env, TZ: 'UTC', LC_ALL: 'C', LANG: 'C' },
        });
        const line = stdout.trim();
        if (!line)
            return undefined;
        const [state, ...rest] = line.split(/\s+/);
        return { start: canonicalLstart(rest.join(' ')), zombie: state.startsWith('Z') };
    }
    catch {
        return undefined;
    }
}
const LSTART = /^(?:[A-Za-z]{3} +)?([A-Za-z]{3}) +(\d{1,2}) +(\d{1,2}):(\d{2}):(\d{2}) +(\d{4})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function canonicalLstart(text) {
    const t = text.trim().replace(/\s+/g, ' ');
    if (!t)
        return undefined;
    const m = LSTART.exec(t);
    const month = m ? MONTHS.indexOf(m[1]) : -1;
    if (!m || month < 0)
        return `ps:${t}`;
    const [, , day, h, min, sec, year] = m;
    return String(Date.UTC(+year, month, +day, +h, +min, +sec) / 1000);
}
async function windowsStartTimes(pid) {
    const filter = pid === undefined ? '' : ` -Filter 'ProcessId=${Math.trunc(pid)}'`;
    const script = `Get-CimInstance Win32_Process${filter} -ErrorAction SilentlyContinue | ` +
        'Where-Object { $_.CreationDate } | ForEach-Object { ' +
        "'{0} {1}' -f $_.ProcessId, ([DateTimeOffset]$_.CreationDate).ToUnixTimeMilliseconds() }";
    try {
        const { stdout } = await execFileAsync(systemCommand('powershell'), ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script], { timeout: 20_000, windowsHide: true, maxBuffer: 16 * 1024 * 1024 });
        return parsePidTimes(stdout);
    }
    catch {
        return undefined;
    }
}
function parsePidTimes(text) {
    const times = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
        if (m)
            times.set(Number(m[1]), m[2]);
    }
    return times;
}

// EXTERNAL MODULE: ./lib/core/format.js
var format = __nccwpck_require__(5888);
;// CONCATENATED MODULE: ./lib/core/leases.js



const DEFAULT_LEASE_MS = 6 * 24 * 3600_000;
const CLOCK_SKEW_MARGIN_MS = 10 * 60_000;
let cachedHostId;
function hostId() {
    cachedHostId ??= readHostId();
    return cachedHostId;
}

async function processStartTime(pid, options = {}) {
    return (await processInfo(pid, options.method ?? defaultStartTimeMethod()))?.start;
}
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
function livenessChecker(now = Date.now(), thisHost = hostId(), options = {}) {
    const infoOf = processInfoMemo(options.method ?? defaultStartTimeMethod());
    return async (use) => {
        if (use.host !== thisHost)
            return Date.parse(use.leaseExpiresAt) + CLOCK_SKEW_MARGIN_MS > now;
        if (!isProcessAlive(use.pid))
            return false;
        const info = await infoOf(use.pid);
        if (info?.zombie)
            return false;
        if (use.pidStart === undefined)
            return Date.parse(use.leaseExpiresAt) > now;
        return info?.start === undefined || info.start === use.pidStart;
    };
}
async function jobProcess(pid = process.ppid, options = {}) {
    return { pid, pidStart: await processStartTime(pid, options) };
}
function newUse(key, job, proc, now = Date.now(), leaseMs = DEFAULT_LEASE_MS) {
    return {
        key,
        job,
        host: hostId(),
        pid: proc.pid,
        pidStart: proc.pidStart,
        createdAt: (0,format/* isoTime */.Ly)(now),
        leaseExpiresAt: (0,format/* isoTime */.Ly)(now + leaseMs),
    };
}
const describeJob = (j) => `${j.repository} run ${j.runId}/${j.runAttempt} job ${j.job}`;


/***/ }),

/***/ 1422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ stale/* DEFAULT_LOCK_STALE_MS */.xL),
  acquireLock: () => (/* binding */ acquireLock),
  eJ: () => (/* binding */ acquireLockUnless),
  $S: () => (/* binding */ describeOwner),
  Dh: () => (/* binding */ readLockOwner),
  bh: () => (/* binding */ tryLock),
  withLock: () => (/* binding */ withLock)
});

// UNUSED EXPORTS: LOCK_STALE_ENV, NEEDLESS_POLL_MS, lockStaleMs

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/faults.js
var faults = __nccwpck_require__(6094);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __nccwpck_require__(770);
// EXTERNAL MODULE: ./lib/core/lock/epochs.js
var epochs = __nccwpck_require__(3989);
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __nccwpck_require__(9558);
// EXTERNAL MODULE: ./lib/core/platform/builtins.js
var builtins = __nccwpck_require__(3519);
;// CONCATENATED MODULE: ./lib/core/lock/queue.js







const queueDirOf = (lockPath) => `${lockPath}.queue`;
let ticketSeq = 0;
function listQueue(queueDir) {
    try {
        return (0,external_node_fs_.readdirSync)(queueDir).sort();
    }
    catch (e) {
        if ((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT')
            return [];
        throw e;
    }
}
async function takeTicket(queueDir) {
    const name = `${String(Date.now()).padStart(15, '0')}-${String(ticketSeq++ % 1e6).padStart(6, '0')}-${(0,fsx/* randomToken */.zs)()}`;
    const file = external_node_path_.join(queueDir, name);
    const content = JSON.stringify({ pid: process.pid, host: (0,builtins/* hostName */.Sm)() });
    (0,epochs/* assertNotPlanted */.EN)(queueDir);
    try {
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    catch (e) {
        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
        await (0,fsx/* ensureDir */.A0)(queueDir);
        (0,epochs/* assertNotPlanted */.EN)(queueDir);
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    return { name, file };
}
function keepTicketAlive(ticket, staleMs) {
    const timer = setInterval(() => {
        const now = new Date();
        try {
            (0,external_node_fs_.utimesSync)(ticket().file, now, now);
        }
        catch {
        }
    }, Math.max(10, Math.floor(staleMs / 4)));
    timer.unref();
    return () => clearInterval(timer);
}
function isTicketDead(file, staleMs) {
    let mtime;
    try {
        mtime = (0,external_node_fs_.statSync)(file).mtime.getTime();
    }
    catch {
        return true;
    }
    if (mtime < Date.now() - staleMs)
        return true;
    try {
        const { pid, host } = JSON.parse((0,regular_file/* readRegularFileSync */.cG)(file, fsx/* STATE_FILE_MAX_BYTES */.e).toString('utf8'));
        if (host !== (0,builtins/* hostName */.Sm)())
            return false;
        process.kill(pid, 0);
        return false;
    }
    catch (e) {
        return (0,errors/* isErrnoException */.s$)(e) && e.code === 'ESRCH';
    }
}
function ticketAhead(queueDir, queue, mine, staleMs, scan) {
    const aheadOfUs = queue.slice(0, queue.indexOf(mine));
    while (scan &&
        aheadOfUs.length > 0 &&
        isTicketDead(external_node_path_.join(queueDir, aheadOfUs[aheadOfUs.length - 1]), staleMs)) {
        (0,external_node_fs_.rmSync)(external_node_path_.join(queueDir, aheadOfUs.pop()), { force: true });
    }
    return aheadOfUs.at(-1);
}

// EXTERNAL MODULE: ./lib/core/lock/stale.js
var stale = __nccwpck_require__(4254);
;// CONCATENATED MODULE: ./lib/core/lock/watch.js


function watchTarget(target, onChange, entries) {
    const name = external_node_path_.basename(target);
    if (process.platform !== 'win32') {
        return watchPath(target, (filename) => {
            if (!entries || filename === null || filename === name || entries.includes(filename))
                onChange();
        });
    }
    return watchPath(external_node_path_.dirname(target), (filename) => {
        if (filename === null || filename === name)
            onChange();
    });
}
function watchPath(target, onChange) {
    try {
        const w = (0,external_node_fs_.watch)(target, { persistent: false }, (_event, filename) => onChange(filename === null ? null : String(filename)));
        w.on('error', () => w.close());
        return w;
    }
    catch {
        return undefined;
    }
}
async function sleepUntilChange(targets, timing, changed, probe) {
    let wake;
    const watchers = targets.map((t) => ({
        t,
        w: watchTarget(t.path, () => wake?.('change'), t.entries),
    }));
    const timers = [];
    let asking;
    try {
        if (changed())
            return 'change';
        const watched = watchers.every(({ t, w }) => w !== undefined || t.optional);
        const jitter = (ms) => ms * (0.5 + Math.random());
        const delay = Math.min(jitter(watched ? timing.period : timing.pollMs), Math.max(0, timing.deadline - Date.now()));
        const how = await new Promise((resolve) => {
            wake = (w) => {
                wake = undefined;
                resolve(w);
            };
            timers.push(setTimeout(() => wake?.('poll'), delay));
            const ask = () => {
                if (!probe || wake === undefined)
                    return;
                asking = probe.ask().catch(() => false);
                void asking.then((yes) => (yes ? wake?.('probe') : again()));
            };
            const again = () => {
                if (probe && wake !== undefined)
                    timers.push(setTimeout(ask, jitter(probe.everyMs)));
            };
            again();
        });
        if (how !== 'probe' && asking && (await asking))
            return 'probe';
        return how;
    }
    finally {
        wake = undefined;
        for (const t of timers)
            clearTimeout(t);
        for (const { w } of watchers)
            w?.close();
    }
}

// EXTERNAL MODULE: ./lib/core/format.js
var format = __nccwpck_require__(5888);
;// CONCATENATED MODULE: ./lib/core/lock.js












async function readLockOwner(lockPath) {
    try {
        return (0,epochs/* newestEpoch */.Kw)(lockPath).owner;
    }
    catch {
        return undefined;
    }
}
function describeOwner(owner) {
    if (!owner)
        return 'an unknown process';
    return `pid ${owner.pid} on ${owner.host}${owner.holder ? ` (${owner.holder})` : ''} since ${owner.acquiredAt}`;
}
const heldHere = new Set();
let exitHookInstalled = false;
function releaseOnExit(release) {
    heldHere.add(release);
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.prependOnceListener('exit', () => {
        for (const r of [...heldHere]) {
            try {
                r();
            }
            catch {
            }
        }
    });
}
async function tryLock(lockPath, name, options) {
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    await (0,epochs/* prepareEpochsDir */.F4)(lockPath);
    const epoch = claimNextEpoch(lockPath, staleMs);
    if (epoch === undefined)
        return undefined;
    const token = (0,fsx/* randomToken */.zs)();
    const owner = {
        token,
        pid: process.pid,
        host: (0,builtins/* hostName */.Sm)(),
        holder: options.holder,
        acquiredAt: (0,format/* isoTime */.Ly)(),
        epoch,
    };
    try {
        await (0,faults/* faultPoint */.Jd)('lock-owner');
        (0,epochs/* writeOwnerSync */.Gg)(lockPath, epoch, owner);
    }
    catch (e) {
        (0,epochs/* removeEpochSync */.Xb)(lockPath, epoch);
        throw e;
    }
    if (!(0,epochs/* ownsEpochSync */.Kz)(lockPath, epoch, token)) {
        (0,epochs/* removeEpochSync */.Xb)(lockPath, epoch);
        return undefined;
    }
    return holdEpoch(lockPath, name, epoch, token, staleMs);
}
function claimNextEpoch(lockPath, staleMs) {
    const newest = (0,epochs/* newestEpoch */.Kw)(lockPath);
    if (!(0,epochs/* isFree */.xp)(newest, staleMs))
        return undefined;
    const epoch = newest.epoch + 1;
    if (!(0,epochs/* claimEpochSync */.Fj)(lockPath, epoch))
        return undefined;
    if ((0,epochs/* epochsAbove */.mW)(lockPath, epoch)) {
        (0,epochs/* removeEpochSync */.Xb)(lockPath, epoch);
        return undefined;
    }
    return epoch;
}
function holdEpoch(lockPath, name, epoch, token, staleMs) {
    const dir = (0,epochs/* epochDirOf */.yS)(lockPath, epoch);
    let controller;
    const lostError = () => new errors/* LockLostError */.yx(name);
    let lost = false;
    let released = false;
    const owns = () => !lost && !released && (0,epochs/* ownsEpochSync */.Kz)(lockPath, epoch, token);
    const stop = () => {
        clearInterval(heartbeat);
        heldHere.delete(releaseSync);
    };
    const markLost = () => {
        if (lost)
            return;
        lost = true;
        stop();
        controller?.abort(lostError());
    };
    const heartbeat = startHeartbeat(dir, staleMs, owns, markLost);
    const releaseSync = () => {
        if (released)
            return;
        const mine = owns();
        released = true;
        stop();
        if (!mine)
            return;
        try {
            (0,epochs/* markReleasedSync */.Os)(lockPath, epoch);
        }
        catch (e) {
            if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
                throw e;
        }
        (0,epochs/* removeEpochsBelow */.gj)(lockPath, epoch);
    };
    releaseOnExit(releaseSync);
    const assertHeldSync = () => {
        if (lost || !(0,epochs/* ownsEpochSync */.Kz)(lockPath, epoch, token)) {
            markLost();
            throw new errors/* LockLostError */.yx(name);
        }
    };
    return {
        name,
        token,
        get lost() {
            return lost;
        },
        get signal() {
            if (!controller) {
                controller = new AbortController();
                if (lost)
                    controller.abort(lostError());
            }
            return controller.signal;
        },
        assertHeldSync,
        async assertHeld() {
            assertHeldSync();
        },
        async release() {
            releaseSync();
        },
    };
}
function startHeartbeat(dir, staleMs, owns, onLost) {
    const timer = setInterval(() => {
        if (!owns())
            return onLost();
        try {
            const now = new Date();
            (0,external_node_fs_.utimesSync)(dir, now, now);
        }
        catch {
            onLost();
        }
    }, Math.max(10, Math.floor(staleMs / 4)));
    timer.unref();
    return timer;
}
function busyEpochDir(lockPath, staleMs) {
    const newest = (0,epochs/* newestEpoch */.Kw)(lockPath);
    return (0,epochs/* isFree */.xp)(newest, staleMs) ? undefined : (0,epochs/* epochDirOf */.yS)(lockPath, newest.epoch);
}
async function acquireLock(lockPath, name, options) {
    return (await acquireUnlessNeedless(lockPath, name, options));
}
const NEEDLESS_POLL_MS = 250;
async function acquireLockUnless(lockPath, name, options, needless) {
    const check = typeof needless === 'function' ? { needless } : needless;
    return acquireUnlessNeedless(lockPath, name, options, check);
}
async function acquireUnlessNeedless(lockPath, name, options, unless) {
    const deadline = Date.now() + options.timeoutMs;
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    const queueDir = queueDirOf(lockPath);
    await (0,epochs/* prepareEpochsDir */.F4)(lockPath);
    (0,epochs/* assertNotPlanted */.EN)(queueDir);
    if ((options.timeoutMs <= 0 || listQueue(queueDir).length === 0) &&
        !busyEpochDir(lockPath, staleMs)) {
        const held = await tryLock(lockPath, name, options);
        if (held)
            return held;
    }
    if (Date.now() >= deadline)
        throw await timeoutError(lockPath, name, options.timeoutMs);
    let ticket = await takeTicket(queueDir);
    const stopTicket = keepTicketAlive(() => ticket, staleMs);
    try {
        options.onWait?.(await readLockOwner(lockPath));
        const ref = { get: () => ticket, renew: async () => (ticket = await takeTicket(queueDir)) };
        return await waitInLine(lockPath, name, options, deadline, ref, unless);
    }
    finally {
        stopTicket();
        (0,external_node_fs_.rmSync)(ticket.file, { force: true });
    }
}
async function timeoutError(lockPath, name, timeoutMs) {
    return new errors/* LockTimeoutError */.XB(name, describeOwner(await readLockOwner(lockPath)), Math.round(timeoutMs / 1000));
}
async function waitInLine(lockPath, name, options, deadline, ticket, unless) {
    const pollMs = options.pollMs ?? 100;
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    const queueDir = queueDirOf(lockPath);
    let scan = true;
    for (let waits = 1;; waits++) {
        if (waits > 1 && unless && (await unless.needless().catch(() => false)))
            return undefined;
        let queue = listQueue(queueDir);
        if (!queue.includes(ticket.get().name)) {
            await ticket.renew();
            queue = listQueue(queueDir);
        }
        const ahead = ticketAhead(queueDir, queue, ticket.get().name, staleMs, scan);
        const sawLock = ahead === undefined || unless !== undefined;
        const busyDir = sawLock ? busyEpochDir(lockPath, staleMs) : undefined;
        if (ahead === undefined && busyDir === undefined) {
            const held = await tryLock(lockPath, name, options);
            if (held)
                return held;
        }
        if (Date.now() >= deadline)
            throw await timeoutError(lockPath, name, options.timeoutMs);
        const place = { ahead, sawLock, busyDir };
        const probe = unless && busyDir !== undefined
            ? { everyMs: unless.pollMs ?? NEEDLESS_POLL_MS, ask: unless.needless }
            : undefined;
        await (0,faults/* faultPoint */.Jd)('waiter-looked');
        const wake = await sleepUntilChange(wakeTargets(lockPath, place, unless), { period: waitPeriod(pollMs, ahead === undefined, waits), pollMs, deadline }, () => moved(lockPath, staleMs, place), probe);
        if (wake === 'probe')
            return undefined;
        scan = wake === 'poll';
    }
}
function wakeTargets(lockPath, place, unless) {
    const targets = [];
    if (place.ahead !== undefined)
        targets.push({ path: external_node_path_.join(queueDirOf(lockPath), place.ahead) });
    if (place.busyDir !== undefined)
        targets.push({ path: place.busyDir, entries: epochs/* RELEASE_EVENTS */.SP });
    else if (place.ahead === undefined)
        targets.push({ path: (0,epochs/* epochsDirOf */.vK)(lockPath) });
    for (const file of unless?.watch ?? [])
        targets.push({ path: external_node_path_.dirname(file), entries: [external_node_path_.basename(file)], optional: true });
    return targets;
}
function moved(lockPath, staleMs, place) {
    if (place.ahead !== undefined && !(0,external_node_fs_.existsSync)(external_node_path_.join(queueDirOf(lockPath), place.ahead)))
        return true;
    return place.sawLock && busyEpochDir(lockPath, staleMs) !== place.busyDir;
}
function waitPeriod(pollMs, head, waits) {
    return head ? pollMs * Math.min(8, 1.25 ** waits) : Math.max(8 * pollMs, 1000);
}
async function withLock(lockPath, name, options, fn) {
    const held = await acquireLock(lockPath, name, options);
    try {
        return await fn(held);
    }
    finally {
        await held.release();
    }
}


/***/ }),

/***/ 3989:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ assertNotPlanted),
/* harmony export */   F4: () => (/* binding */ prepareEpochsDir),
/* harmony export */   Fj: () => (/* binding */ claimEpochSync),
/* harmony export */   Gg: () => (/* binding */ writeOwnerSync),
/* harmony export */   Kw: () => (/* binding */ newestEpoch),
/* harmony export */   Kz: () => (/* binding */ ownsEpochSync),
/* harmony export */   LY: () => (/* binding */ listEpochs),
/* harmony export */   Os: () => (/* binding */ markReleasedSync),
/* harmony export */   SP: () => (/* binding */ RELEASE_EVENTS),
/* harmony export */   Xb: () => (/* binding */ removeEpochSync),
/* harmony export */   gj: () => (/* binding */ removeEpochsBelow),
/* harmony export */   mW: () => (/* binding */ epochsAbove),
/* harmony export */   vK: () => (/* binding */ epochsDirOf),
/* harmony export */   xp: () => (/* binding */ isFree),
/* harmony export */   yS: () => (/* binding */ epochDirOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9558);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(770);






const OWNER = 'owner';
const RELEASED = 'released';
const RELEASE_EVENTS = [RELEASED];
const epochsDirOf = (lockPath) => `${lockPath}.lock`;
const epochDirOf = (lockPath, epoch) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(epochsDirOf(lockPath), String(epoch));
function assertNotPlanted(p) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
    if (st.isDirectory())
        return true;
    const what = st.isSymbolicLink() ? 'a symbolic link' : 'not a directory';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `Lock path ${p} is ${what}; the cache only creates directories there and never follows links. ` +
        `Remove ${p} (nothing of the cache is lost) and run again.`);
}
async function prepareEpochsDir(lockPath) {
    const dir = epochsDirOf(lockPath);
    if (assertNotPlanted(dir))
        return;
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir));
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureDir */ .A0)(dir);
    assertNotPlanted(dir);
}
function listEpochs(lockPath) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(epochsDirOf(lockPath));
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return [];
        throw e;
    }
    return names
        .filter((n) => /^[1-9]\d{0,15}$/.test(n))
        .map(Number)
        .sort((a, b) => a - b);
}
function readOwner(epochDir) {
    let text;
    try {
        const read = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularTextIfExistsSync */ .cL)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(epochDir, OWNER), _fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_FILE_MAX_BYTES */ .e);
        if (read === undefined)
            return undefined;
        text = read;
    }
    catch (e) {
        if (!(e instanceof _regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .NotRegularFileError */ .iZ))
            throw e;
        text = '';
    }
    try {
        return JSON.parse(text);
    }
    catch {
        return { token: '', pid: 0, host: '', acquiredAt: '' };
    }
}
const exists = (p) => {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
        return true;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
};
function newestEpoch(lockPath) {
    for (let attempt = 0;; attempt++) {
        const epoch = listEpochs(lockPath).at(-1);
        if (epoch === undefined)
            return { epoch: 0, kind: 'none' };
        const dir = epochDirOf(lockPath, epoch);
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
            if (!st.isDirectory())
                assertNotPlanted(dir);
            const owner = readOwner(dir);
            if (owner)
                return { epoch, kind: 'held', owner, heartbeatMs: st.mtimeMs };
            const kind = exists(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, RELEASED)) ? 'released' : 'starting';
            return { epoch, kind, heartbeatMs: st.mtimeMs };
        }
        catch (e) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT' && attempt < 10))
                throw e;
        }
    }
}
function isFree(state, staleMs, now = Date.now()) {
    if (state.kind === 'none' || state.kind === 'released')
        return true;
    return (state.heartbeatMs ?? 0) < now - staleMs;
}
function claimEpochSync(lockPath, epoch) {
    const dir = epochDirOf(lockPath, epoch);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { mode: _fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .SHARED_DIR_MODE */ .ex });
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'EEXIST' || e.code === 'ENOENT'))
            return false;
        throw e;
    }
    (0,_fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .chmodDirNoFollowSync */ .o5)(dir, _fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .SHARED_DIR_MODE */ .ex);
    return true;
}
function epochsAbove(lockPath, epoch) {
    return listEpochs(lockPath).some((e) => e > epoch);
}
function writeOwnerSync(lockPath, epoch, owner) {
    (0,_fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileReplacingSync */ .WF)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(epochDirOf(lockPath, epoch), OWNER), JSON.stringify(owner));
}
function ownsEpochSync(lockPath, epoch, token) {
    try {
        return readOwner(epochDirOf(lockPath, epoch))?.token === token && !epochsAbove(lockPath, epoch);
    }
    catch {
        return false;
    }
}
function markReleasedSync(lockPath, epoch) {
    const dir = epochDirOf(lockPath, epoch);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, OWNER), node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, RELEASED));
}
function removeEpochSync(lockPath, epoch) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(epochDirOf(lockPath, epoch), { recursive: true, force: true });
}
function removeEpochsBelow(lockPath, epoch) {
    for (const e of listEpochs(lockPath)) {
        if (e >= epoch)
            break;
        try {
            removeEpochSync(lockPath, e);
        }
        catch {
            return;
        }
    }
}


/***/ }),

/***/ 4254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _q: () => (/* binding */ LOCK_STALE_ENV),
/* harmony export */   pv: () => (/* binding */ effectiveStaleMs),
/* harmony export */   st: () => (/* binding */ parseLockStale),
/* harmony export */   xL: () => (/* binding */ DEFAULT_LOCK_STALE_MS),
/* harmony export */   zU: () => (/* binding */ lockStaleMs)
/* harmony export */ });
/* unused harmony export MIN_LOCK_STALE_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);

const DEFAULT_LOCK_STALE_MS = 10_000;
const LOCK_STALE_ENV = 'TOOLCHAIN_CACHE_LOCK_STALE';
const MIN_LOCK_STALE_MS = 50;
const MAX_LOCK_STALE_MS = 86_400_000;
function lockStaleMs(env = process.env) {
    const raw = env[LOCK_STALE_ENV]?.trim();
    if (raw === undefined || raw === '')
        return DEFAULT_LOCK_STALE_MS;
    try {
        return parseLockStale(raw, LOCK_STALE_ENV);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${e.message} ${_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FROM_RUNNER_ENV */ .Ci}`, LOCK_STALE_ENV);
    }
}
function parseLockStale(raw, source) {
    const seconds = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
    const ms = Math.round(seconds * 1000);
    if (!Number.isFinite(ms) || ms < MIN_LOCK_STALE_MS || ms > MAX_LOCK_STALE_MS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source}="${raw}" is not a lock stale time: give a number of seconds between ` +
            `${MIN_LOCK_STALE_MS / 1000} and ${MAX_LOCK_STALE_MS / 1000} (e.g. 120 for a cache root on NFS), ` +
            `or unset it for the default of ${DEFAULT_LOCK_STALE_MS / 1000} s.`, source);
    }
    return ms;
}
const effectiveStaleMs = (staleMs) => Math.max(MIN_LOCK_STALE_MS, Number.isFinite(staleMs) ? staleMs : DEFAULT_LOCK_STALE_MS);


/***/ }),

/***/ 9718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   aY: () => (/* binding */ verifyTree),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   pd: () => (/* binding */ readManifestIn),
/* harmony export */   v5: () => (/* binding */ MANIFEST_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports scanTree, MAX_MANIFEST_BYTES, parseManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9558);





const MANIFEST_SCHEMA_VERSION = 1;
const hashFile = (file) => (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashRegularFile */ .vF)(file);
async function scanTree(root) {
    const files = [];
    const walk = async (dir, rel) => {
        const hashes = [];
        for (const name of await dir.list()) {
            const relPath = rel ? `${rel}/${name}` : name;
            const st = await dir.lstat(name);
            if (st?.isDirectory()) {
                files.push({ path: relPath, type: 'directory' });
                const sub = await dir.openDir(name).catch(() => undefined);
                if (sub)
                    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .withDir */ .uM)(sub, (d) => walk(d, relPath));
            }
            else if (st?.isSymbolicLink()) {
                files.push({ path: relPath, type: 'symlink', target: await dir.readlink(name) });
            }
            else if (st?.isFile()) {
                const record = { path: relPath, type: 'file' };
                files.push(record);
                hashes.push(() => hashInto(record, dir, name));
            }
        }
        let next = 0;
        const worker = async () => {
            while (next < hashes.length)
                await hashes[next++]();
        };
        await Promise.all(Array.from({ length: 4 }, worker));
    };
    if (typeof root === 'string')
        await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .withDir */ .uM)(await _dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .DirHandle */ ._p.open(root), (d) => walk(d, ''));
    else
        await walk(root, '');
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return files;
}
async function hashInto(record, dir, name) {
    let opened;
    try {
        opened = await dir.openFile(name);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e)))
            throw e;
        record.sha256 = 'not a regular file';
        return;
    }
    const { handle, stat } = opened;
    try {
        record.size = stat.size;
        record.executable = process.platform === 'win32' ? undefined : (stat.mode & 0o111) !== 0;
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const buf = Buffer.alloc(Math.min(1 << 20, Math.max(stat.size, 1)));
        for (let pos = 0; pos < stat.size;) {
            const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, stat.size - pos), pos);
            if (bytesRead === 0)
                break;
            hash.update(buf.subarray(0, bytesRead));
            pos += bytesRead;
        }
        record.sha256 = hash.digest('hex');
    }
    finally {
        await handle.close();
    }
}
function summarize(files) {
    let sizeBytes = 0;
    let fileCount = 0;
    for (const f of files) {
        if (f.type === 'file') {
            sizeBytes += f.size ?? 0;
            fileCount += 1;
        }
    }
    return { sizeBytes, fileCount };
}
async function writeManifest(file, manifest) {
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .atomicWriteFile */ .Re)(file, JSON.stringify(manifest));
}
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
async function readManifest(file) {
    const text = await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .readFileIfExists */ .QD)(file, MAX_MANIFEST_BYTES);
    return text === undefined ? undefined : parseManifest(text);
}
async function readManifestIn(entry, name) {
    const bytes = await entry.readFile(name, MAX_MANIFEST_BYTES).catch(() => undefined);
    return bytes === undefined ? undefined : parseManifest(bytes.toString('utf8'));
}
function parseManifest(text) {
    try {
        const m = JSON.parse(text);
        return m.schemaVersion === MANIFEST_SCHEMA_VERSION &&
            typeof m.id === 'string' &&
            Array.isArray(m.files)
            ? m
            : undefined;
    }
    catch {
        return undefined;
    }
}
async function verifyTree(root, manifest) {
    const actual = new Map((await scanTree(root)).map((f) => [f.path, f]));
    const problems = [];
    for (const want of manifest.files) {
        const got = actual.get(want.path);
        actual.delete(want.path);
        if (!got)
            problems.push(`missing: ${want.path}`);
        else if (got.type !== want.type)
            problems.push(`type changed (${want.type} \u2192 ${got.type}): ${want.path}`);
        else if (want.type === 'file' && (got.size !== want.size || got.sha256 !== want.sha256))
            problems.push(`modified: ${want.path}`);
        else if (want.type === 'symlink' && got.target !== want.target)
            problems.push(`symlink retargeted: ${want.path}`);
        else if (want.executable !== undefined && got.executable !== want.executable)
            problems.push(`mode changed: ${want.path}`);
    }
    for (const extra of actual.keys())
        problems.push(`added: ${extra}`);
    return problems;
}


/***/ }),

/***/ 6362:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uh: () => (/* binding */ setupTemplate),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* unused harmony export applyJobSetup */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);



const JOB_TEMP = '\u0000job-temp';
const JOB_HOME = '\u0000job-home';
function setupTemplate(job, root, resolution, platform) {
    const reads = new Set();
    const env = new Proxy({}, {
        get: (_t, name) => {
            if (typeof name === 'string')
                reads.add(name);
            return undefined;
        },
    });
    const setup = job(root, resolution, platform, { tempDir: JOB_TEMP, homeDir: JOB_HOME, env });
    return { setup, reads: [...reads] };
}
function fillTemplate(template, job) {
    if (template.reads.some((name) => job.env[name] !== undefined))
        return undefined;
    const fill = (s) => s.replaceAll(JOB_TEMP, job.tempDir).replaceAll(JOB_HOME, job.homeDir);
    const setup = {
        path: template.setup.path.map(fill),
        env: Object.fromEntries(Object.entries(template.setup.env).map(([k, v]) => [k, fill(v)])),
        dirs: template.setup.dirs.map(fill),
        links: template.setup.links.map((l) => ({
            path: fill(l.path),
            ...(l.target !== undefined && { target: fill(l.target) }),
            ...(l.content !== undefined && { content: fill(l.content) }),
        })),
    };
    return JSON.stringify(setup).includes('\\u0000') ? undefined : setup;
}
async function applyJobSetup(setup) {
    for (const dir of setup.dirs)
        mkdirSync(dir, { recursive: true });
    for (const link of setup.links) {
        mkdirSync(path.dirname(link.path), { recursive: true });
        try {
            if (link.target !== undefined)
                symlinkSync(link.target, link.path);
            else
                writeFileSync(link.path, link.content ?? '', { flag: 'wx' });
        }
        catch (e) {
            if (!(isErrnoException(e) && e.code === 'EEXIST'))
                throw e;
        }
    }
    return Promise.resolve();
}


/***/ }),

/***/ 2264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VV: () => (/* binding */ mirrored),
/* harmony export */   Zz: () => (/* binding */ namedSettings)
/* harmony export */ });
/* unused harmony exports INDEX_TTL_ENV, DEFAULT_INDEX_TTL_SECONDS, mirrorEnvName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);

const INDEX_TTL_ENV = 'TOOLCHAIN_CACHE_INDEX_TTL';
const DEFAULT_INDEX_TTL_SECONDS = 3600;
const mirrorEnvName = (vendor) => `TOOLCHAIN_CACHE_MIRROR_${vendor.toUpperCase().replaceAll('-', '_')}`;
function namedSettings(host, env = process.env) {
    return {
        indexTtlSeconds: host.indexTtlSeconds ?? envTtl(env),
        mirrorOf(vendor) {
            if (host.mirrors && Object.hasOwn(host.mirrors, vendor))
                return host.mirrors[vendor];
            const raw = env[mirrorEnvName(vendor)]?.trim();
            return raw ? checkMirror(raw, mirrorEnvName(vendor)) : undefined;
        },
    };
}
function envTtl(env) {
    const raw = env[INDEX_TTL_ENV]?.trim();
    if (!raw)
        return DEFAULT_INDEX_TTL_SECONDS;
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Environment variable ${INDEX_TTL_ENV} must be a whole number of seconds \u2265 0 (got "${raw}").`, INDEX_TTL_ENV);
    return Number(raw);
}
function checkMirror(raw, variable) {
    if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Environment variable ${variable} must be an http(s) URL, the base of the mirror (got "${raw}").`, variable);
    return raw.replace(/\/+$/, '');
}
function mirrored(url, bases, mirror) {
    if (!mirror)
        return url;
    for (const base of bases) {
        const prefix = base.url.replace(/\/+$/, '');
        if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`))
            return `${mirror}${base.mirrorPath}${url.slice(prefix.length)}`;
    }
    return url;
}


/***/ }),

/***/ 6978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fetcherOf: () => (/* binding */ fetcherOf),
  findVendor: () => (/* binding */ findVendor),
  jobSetupOf: () => (/* binding */ jobSetupOf),
  resolveWithVendor: () => (/* binding */ resolveWithVendor),
  useOf: () => (/* binding */ useOf)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/ids.js
var ids = __nccwpck_require__(2885);
// EXTERNAL MODULE: ./lib/core/named/job-setup.js
var job_setup = __nccwpck_require__(6362);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./lib/core/install/download.js + 5 modules
var download = __nccwpck_require__(7667);
// EXTERNAL MODULE: ./lib/core/lock.js + 2 modules
var core_lock = __nccwpck_require__(1422);
// EXTERNAL MODULE: ./lib/core/redact.js
var redact = __nccwpck_require__(8038);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/fsx.js
var fsx = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./lib/core/named/doc-cache.js



const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
const docsDir = (layout) => layout.namedDocsDir;
const docFile = (layout, url) => external_node_path_.join(docsDir(layout), (0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 32));
async function readCachedDocument(layout, url) {
    let raw;
    try {
        raw = await (0,fsx/* readFileIfExists */.QD)(docFile(layout, url), MAX_DOCUMENT_BYTES + 64 * 1024);
    }
    catch {
        return undefined;
    }
    if (raw === undefined)
        return undefined;
    const nl = raw.indexOf('\n');
    if (nl < 0)
        return undefined;
    try {
        const head = JSON.parse(raw.slice(0, nl));
        if (head.url !== url || typeof head.fetchedAt !== 'number')
            return undefined;
        return {
            url,
            fetchedAt: head.fetchedAt,
            ...(typeof head.etag === 'string' && { etag: head.etag }),
            ...(typeof head.lastModified === 'string' && { lastModified: head.lastModified }),
            text: raw.slice(nl + 1),
        };
    }
    catch {
        return undefined;
    }
}
async function writeCachedDocument(layout, doc) {
    await (0,fsx/* ensureDir */.A0)(docsDir(layout));
    const { text, ...head } = doc;
    (0,fsx/* writeFileReplacingSync */.WF)(docFile(layout, doc.url), `${JSON.stringify(head)}\n${text}`);
}

;// CONCATENATED MODULE: ./lib/core/named/fetch.js






const DOCUMENT_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;
class CachedVendorFetch {
    options;
    texts = new Map();
    records = [];
    constructor(options) {
        this.options = options;
    }
    async document(url, parse) {
        const fetched = url;
        let text = this.texts.get(fetched);
        if (!text) {
            text = this.text(fetched, parse);
            this.texts.set(fetched, text);
            text.catch(() => this.texts.delete(fetched));
        }
        return parse(await text);
    }
    now() {
        return this.options.now?.() ?? Date.now();
    }
    async text(url, parse) {
        const { layout } = this.options;
        if (!layout)
            return (await this.fromNetwork(url, undefined, parse)).text;
        const started = this.now();
        const cached = await this.usable(layout, url, parse);
        if (cached && this.fresh(cached, started))
            return this.served(url, cached, 'cache');
        const gotMeanwhile = async () => {
            const doc = await readCachedDocument(layout, url);
            return doc !== undefined && (doc.fetchedAt >= started || this.fresh(doc, this.now()));
        };
        const lock = await (0,core_lock/* acquireLockUnless */.eJ)(layout.lockPath(`index-${(0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 16)}`), `index ${(0,redact/* redactUrl */.B)(url)}`, {
            staleMs: this.options.staleMs ?? core_lock/* DEFAULT_LOCK_STALE_MS */.xL,
            timeoutMs: this.options.waitTimeoutMs ?? 120_000,
            pollMs: 100,
            holder: this.options.holder,
        }, { needless: gotMeanwhile, watch: [docFile(layout, url)] });
        if (!lock) {
            const doc = await this.usable(layout, url, parse);
            if (doc)
                return this.served(url, doc, 'cache');
        }
        try {
            const latest = (await this.usable(layout, url, parse)) ?? cached;
            if (latest && (latest.fetchedAt >= started || this.fresh(latest, this.now())))
                return this.served(url, latest, 'cache');
            return await this.refresh(layout, url, latest, parse);
        }
        finally {
            await lock?.release();
        }
    }
    fresh(doc, now) {
        const age = now - doc.fetchedAt;
        return age >= 0 && age < this.options.ttlMs;
    }
    async usable(layout, url, parse) {
        const doc = await readCachedDocument(layout, url);
        if (!doc)
            return undefined;
        try {
            parse(doc.text);
            return doc;
        }
        catch {
            return undefined;
        }
    }
    served(url, doc, from) {
        this.records.push({ url, from });
        return doc.text;
    }
    async refresh(layout, url, cached, parse) {
        let answer;
        try {
            answer = await this.fromNetwork(url, cached, parse);
        }
        catch (e) {
            if (!cached)
                throw e;
            this.options.log.warning(`${(0,errors/* errorMessage */.gJ)(e)} Using the copy cached on this host ${describeAge(this.now() - cached.fetchedAt)} ago.`);
            return this.served(url, cached, 'stale');
        }
        const doc = answer.notModified && cached
            ? { ...cached, fetchedAt: this.now() }
            : {
                url,
                fetchedAt: this.now(),
                ...(answer.etag && { etag: answer.etag }),
                ...(answer.lastModified && { lastModified: answer.lastModified }),
                text: answer.text,
            };
        await writeCachedDocument(layout, doc).catch((e) => this.options.log.warning(`Could not cache ${(0,redact/* redactUrl */.B)(url)} in the cache root (${(0,errors/* errorMessage */.gJ)(e)}); the next job asks again.`));
        return doc.text;
    }
    async fromNetwork(url, cached, parse) {
        const shown = (0,redact/* redactUrl */.B)(url);
        const signal = AbortSignal.timeout(this.options.timeoutMs ?? DOCUMENT_TIMEOUT_MS);
        const headers = {
            'user-agent': 'toolchain-cache',
            'accept-encoding': 'identity',
            ...(cached?.etag && { 'if-none-match': cached.etag }),
            ...(cached?.lastModified && { 'if-modified-since': cached.lastModified }),
        };
        let res;
        try {
            res = await follow(new URL(url), headers, signal);
            const status = res.statusCode ?? 0;
            if (status === 304 && cached) {
                this.records.push({ url, from: 'revalidated' });
                return { notModified: true, text: cached.text };
            }
            if (status < 200 || status > 299)
                throw new Error(`HTTP ${status}`);
            const text = (await readBounded(res, MAX_DOCUMENT_BYTES)).toString('utf8');
            try {
                parse(text);
            }
            catch (e) {
                throw new Error(`the answer is not what its vendor publishes there (${(0,errors/* errorMessage */.gJ)(e)})`);
            }
            this.records.push({ url, from: 'network' });
            return {
                notModified: false,
                text,
                etag: header(res, 'etag'),
                lastModified: header(res, 'last-modified'),
            };
        }
        catch (e) {
            const why = signal.aborted
                ? `no answer within ${Math.round((this.options.timeoutMs ?? DOCUMENT_TIMEOUT_MS) / 1000)} s`
                : (0,errors/* errorMessage */.gJ)(e);
            throw new errors/* ToolchainCacheError */.mg('DOWNLOAD_FAILED', `Could not read ${shown}: ${why}.${cached ? '' : ' No copy of it is cached on this host; check that the vendor (or its mirror) is reachable from the runner.'}`);
        }
        finally {
            res?.destroy();
        }
    }
}
const header = (res, name) => {
    const v = res.headers[name];
    return typeof v === 'string' && v.length <= 1024 ? v : undefined;
};
async function follow(start, headers, signal) {
    let url = start;
    for (let hop = 0;; hop++) {
        const res = await (0,download/* httpRequest */.aj)(url, headers, signal);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && status !== 304 && location) {
            res.destroy();
            if (hop === MAX_REDIRECTS)
                throw new Error(`more than ${MAX_REDIRECTS} redirects`);
            url = (0,download/* redirectTarget */.ET)(url, location);
            continue;
        }
        return res;
    }
}
async function readBounded(res, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of res) {
        size += chunk.length;
        if (size > limit)
            throw new Error(`the answer is larger than ${limit} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
function describeAge(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 120)
        return `${s} s`;
    const min = Math.round(s / 60);
    if (min < 120)
        return `${min} min`;
    const h = Math.round(min / 60);
    if (h < 48)
        return `${h} h`;
    return `${Math.round(h / 24)} days`;
}

// EXTERNAL MODULE: ./lib/core/named/settings.js
var settings = __nccwpck_require__(2264);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __nccwpck_require__(5888);
;// CONCATENATED MODULE: ./lib/core/named/vendor-step.js






const fetchers = new WeakMap();
function fetcherOf(options) {
    const run = options.session ?? options;
    let f = fetchers.get(run);
    if (!f) {
        f = new CachedVendorFetch({
            layout: options.layout,
            ttlMs: options.settings.indexTtlSeconds * 1000,
            log: options.log,
            staleMs: options.staleMs,
            holder: options.holder,
            now: options.now,
        });
        fetchers.set(run, f);
    }
    return f;
}
function vendorFetch(options, vendor) {
    const shared = fetcherOf(options);
    const mirror = options.settings.mirrorOf(vendor.name);
    return {
        document: (url, parse) => shared.document((0,settings/* mirrored */.VV)(url, vendor.bases, mirror), parse),
    };
}
const findVendor = async (name, options, spec) => options.vendor
    ? options.vendor(name)
    : (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1748))).loadVendor(name, spec);
async function resolveWithVendor(item, options) {
    const vendor = await findVendor(item.name, options, item.spec);
    if (!vendor.platforms.includes(options.platform))
        throw new errors/* ToolchainCacheError */.mg('INVALID_INPUT', `toolchains[${item.index}] ("${item.spec}"): ${vendor.name} publishes no build for ${options.platform} (it builds for ${vendor.platforms.join(', ')}).`);
    let r;
    try {
        r = await vendor.resolve(item, options.platform, vendorFetch(options, vendor));
    }
    catch (e) {
        if (e instanceof errors/* ToolchainCacheError */.mg)
            throw e;
        throw new errors/* ToolchainCacheError */.mg('INVALID_INPUT', `toolchains[${item.index}] ("${item.spec}") on ${options.platform}: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
    const sha256 = r.sha256.toLowerCase();
    if (!ids/* ID_PATTERN */.p.test(r.id) || !/^[0-9a-f]{64}$/.test(sha256) || !/^https?:\/\//.test(r.url))
        throw new errors/* ToolchainCacheError */.mg('INVALID_INPUT', `toolchains[${item.index}] ("${item.spec}"): the ${vendor.name} vendor module returned an unusable resolution (${JSON.stringify(r)}).`);
    return { ...r, sha256 };
}
async function useOf(name, resolution, options) {
    const vendor = await findVendor(name, options);
    const layout = vendor.layout(options.platform);
    const root = options.layout ? options.layout.toolchainRoot(resolution.id) : '';
    return {
        vendor: name,
        bin: layout.bin,
        ...(layout.stripComponents !== undefined && { stripComponents: layout.stripComponents }),
        env: root ? layout.env(root, resolution, options.platform) : {},
        bases: vendor.bases.map((b) => ({ url: b.url, mirrorPath: b.mirrorPath })),
        ...(layout.job &&
            root && { job: (0,job_setup/* setupTemplate */.Uh)(layout.job, root, resolution, options.platform) }),
        recordedAt: (0,format/* isoTime */.Ly)(options.now?.() ?? Date.now()),
    };
}
async function jobSetupOf(name, resolution, options, job) {
    const vendor = await findVendor(name, options);
    const root = options.layout ? options.layout.toolchainRoot(resolution.id) : '';
    return root
        ? vendor.layout(options.platform).job?.(root, resolution, options.platform, job)
        : undefined;
}


/***/ }),

/***/ 3519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ streamPromises),
/* harmony export */   Et: () => (/* binding */ crypto),
/* harmony export */   Sm: () => (/* binding */ hostName),
/* harmony export */   Td: () => (/* binding */ stream)
/* harmony export */ });
/* unused harmony exports builtin, os */
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


/***/ }),

/***/ 6787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ inGroup),
/* harmony export */   hv: () => (/* binding */ groupName),
/* harmony export */   nT: () => (/* binding */ userName)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);

const MAX_BYTES = 1024 * 1024;
function readBounded(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
        const buf = Buffer.alloc(MAX_BYTES);
        let n = 0;
        for (let got; n < buf.length && (got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, null)) > 0;)
            n += got;
        return buf.subarray(0, n).toString('utf8');
    }
    catch {
        return '';
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function nameOf(file, id) {
    for (const line of readBounded(file).split('\n')) {
        const fields = line.split(':');
        if (fields.length >= 3 && Number(fields[2]) === id && fields[0])
            return fields[0];
    }
    return undefined;
}
const userName = (uid) => (process.platform === 'win32' ? undefined : nameOf('/etc/passwd', uid)) ?? String(uid);
const groupName = (gid) => (process.platform === 'win32' ? undefined : nameOf('/etc/group', gid)) ?? String(gid);
function inGroup(uid, gid) {
    if (process.platform === 'win32')
        return undefined;
    const user = readBounded('/etc/passwd')
        .split('\n')
        .map((l) => l.split(':'))
        .find((f) => f.length >= 4 && Number(f[2]) === uid);
    if (!user)
        return undefined;
    if (Number(user[3]) === gid)
        return true;
    const group = readBounded('/etc/group')
        .split('\n')
        .map((l) => l.split(':'))
        .find((f) => f.length >= 4 && Number(f[2]) === gid);
    return group ? group[3].split(',').includes(user[0]) : false;
}


/***/ }),

/***/ 7692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   nw: () => (/* binding */ randomHex)
/* harmony export */ });
/* unused harmony exports randomBytes, randomUuid */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _platform_builtins_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3519);


const POOL_BYTES = 256;
let pool = Buffer.alloc(0);
function fromUrandom(n) {
    if (process.platform === 'win32')
        return undefined;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/urandom', node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isCharacterDevice())
            return undefined;
        const buf = Buffer.alloc(n);
        let got = 0;
        while (got < n) {
            const r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, got, n - got, null);
            if (r <= 0)
                return undefined;
            got += r;
        }
        return buf;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function randomBytes(n) {
    if (pool.length < n) {
        const size = Math.max(n, POOL_BYTES);
        pool = fromUrandom(size) ?? (0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_1__/* .crypto */ .Et)().randomBytes(size);
    }
    const out = Buffer.from(pool.subarray(0, n));
    pool.fill(0, 0, n);
    pool = pool.subarray(n);
    return out;
}
const randomHex = (n) => randomBytes(n).toString('hex');
function randomUuid() {
    const b = randomBytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}


/***/ }),

/***/ 7411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LY: () => (/* binding */ removeReceipt),
/* harmony export */   Qz: () => (/* binding */ writeReceipt),
/* harmony export */   Th: () => (/* binding */ treeChange),
/* harmony export */   jG: () => (/* binding */ evidenceProblem)
/* harmony export */ });
/* unused harmony exports RECEIPT_SCHEMA_VERSION, recordedTreeStat */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(770);
/* harmony import */ var _install_seal_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1966);
/* harmony import */ var _install_tree_stat_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(274);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9558);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5888);







const RECEIPT_SCHEMA_VERSION = 1;
const RECEIPT_MAX_BYTES = 64 * 1024;
const MANIFEST_MAX_BYTES = 256 * 1024 ** 2;
async function writeReceipt(layout, id, sha256, files) {
    const stats = files.stats === undefined
        ? undefined
        : (0,_install_seal_js__WEBPACK_IMPORTED_MODULE_3__/* .sealRecordIdentitySync */ .iY)(files.stats, _install_tree_stat_js__WEBPACK_IMPORTED_MODULE_4__/* .TREE_STAT_MAX_BYTES */ .VW);
    const receipt = {
        schemaVersion: RECEIPT_SCHEMA_VERSION,
        id,
        sha256,
        manifestSha256: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .recordDigest */ .kd)((0,_install_seal_js__WEBPACK_IMPORTED_MODULE_3__/* .sealRecordSync */ .U4)(files.manifest, MANIFEST_MAX_BYTES)),
        ...(stats && { statsSha256: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .recordDigest */ .kd)(stats.bytes), statsIdentity: stats.identity }),
        writtenAt: (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .isoTime */ .Ly)(),
    };
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureDir */ .A0)(layout.receiptsDir);
    await removeReceipt(layout, id);
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .atomicWriteFile */ .Re)(layout.receiptFile(id), JSON.stringify(receipt));
    (0,_install_seal_js__WEBPACK_IMPORTED_MODULE_3__/* .sealRecordSync */ .U4)(layout.receiptFile(id), RECEIPT_MAX_BYTES);
}
function receiptFor(layout, id, sha256) {
    let text;
    try {
        text = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFileSync */ .cG)(layout.receiptFile(id), RECEIPT_MAX_BYTES).toString('utf8');
    }
    catch (e) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'
            ? { problem: 'no install receipt vouches for it (it was not installed by toolchain-cache)' }
            : { problem: `its install receipt is unreadable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)})` };
    }
    let receipt;
    try {
        receipt = JSON.parse(text);
    }
    catch {
        receipt = undefined;
    }
    if (receipt?.schemaVersion !== RECEIPT_SCHEMA_VERSION ||
        typeof receipt.manifestSha256 !== 'string')
        return { problem: 'its install receipt is unreadable' };
    if (receipt.id !== id)
        return { problem: `its install receipt is for ${receipt.id}` };
    if (sha256 !== undefined && receipt.sha256 !== sha256)
        return { problem: `its install receipt is for sha256 ${receipt.sha256}` };
    return { receipt };
}
function digestOf(file, maxBytes) {
    try {
        return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .recordDigest */ .kd)((0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFileSync */ .cG)(file, maxBytes));
    }
    catch {
        return undefined;
    }
}
async function evidenceProblem(layout, id, sha256) {
    const found = receiptFor(layout, id, sha256);
    if ('problem' in found)
        return found.problem;
    const { receipt } = found;
    if (digestOf(layout.manifestFile(id), MANIFEST_MAX_BYTES) !== receipt.manifestSha256)
        return 'its manifest is not the one its installer recorded';
    if (receipt.statsSha256 !== undefined &&
        digestOf(layout.treeStatsFile(id), _install_tree_stat_js__WEBPACK_IMPORTED_MODULE_4__/* .TREE_STAT_MAX_BYTES */ .VW) !== receipt.statsSha256)
        return 'its metadata file is not the one its installer recorded';
    return undefined;
}
function recordedTreeStat(layout, id, sha256) {
    const found = receiptFor(layout, id, sha256);
    if ('problem' in found)
        return found;
    const { statsSha256: recorded, statsIdentity: identity } = found.receipt;
    if (typeof recorded !== 'string')
        return { problem: 'its install receipt records no metadata file (tree-stat)' };
    return typeof identity === 'string' ? { sha256: recorded, identity } : { sha256: recorded };
}
async function removeReceipt(layout, id) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(layout.receiptFile(id), { force: true }).catch((e) => {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
            throw e;
    });
}
function treeChange(layout, spec) {
    const recorded = recordedTreeStat(layout, spec.id, spec.sha256);
    if ('problem' in recorded)
        return recorded.problem;
    return (0,_install_tree_stat_js__WEBPACK_IMPORTED_MODULE_4__/* .treeStatProblem */ .gU)(layout.treeStatsFile(spec.id), layout.toolchainRoot(spec.id), recorded.sha256, recorded.identity);
}


/***/ }),

/***/ 8038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ redactUrl)
/* harmony export */ });
function redactUrl(url) {
    if (!URL.canParse(url))
        return redactText(url);
    const u = new URL(url);
    if (!u.username && !u.password && !u.search && !u.hash)
        return url;
    const auth = u.username || u.password ? '***@' : '';
    const query = u.search ? '?***' : '';
    const fragment = u.hash ? '#***' : '';
    const authority = u.host ? `//${auth}${u.host}` : '';
    return `${u.protocol}${authority}${u.pathname}${query}${fragment}`;
}
function redactText(text) {
    return text
        .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@')
        .replace(/\?[^#]*/, '?***')
        .replace(/#.*$/s, '#***');
}


/***/ }),

/***/ 756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ entryFromManifest),
/* harmony export */   scanInstalled: () => (/* binding */ scanInstalled)
/* harmony export */ });
/* unused harmony export rebuildEntries */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7455);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9718);
/* harmony import */ var _receipt_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7411);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8038);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5888);






function entryFromManifest(m, registeredAt) {
    return {
        id: m.id,
        sha256: m.sha256,
        url: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(m.url),
        sizeBytes: m.sizeBytes,
        fileCount: m.fileCount,
        installedAt: m.installedAt,
        lastUsedAt: (0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .isoTime */ .Ly)(registeredAt.getTime()),
    };
}
async function scanInstalled(layout, now = new Date()) {
    const scan = { entries: [], rejected: [] };
    const toolchains = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.toolchainsDir);
    if (!toolchains)
        return scan;
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .withDir */ .uM)(toolchains, async (dir) => {
        for (const name of await dir.list()) {
            const entry = await dir.openDir(name).catch(() => undefined);
            if (!entry) {
                scan.rejected.push({ id: name, why: 'it is not a directory (a planted link?)' });
                continue;
            }
            const manifest = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .withDir */ .uM)(entry, (d) => (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifestIn */ .pd)(d, node_path__WEBPACK_IMPORTED_MODULE_0__.basename(layout.manifestFile(name))));
            if (!manifest || manifest.id !== name) {
                scan.rejected.push({ id: name, why: 'it has no valid manifest of its own' });
                continue;
            }
            const why = await (0,_receipt_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceProblem */ .jG)(layout, name, manifest.sha256);
            if (why)
                scan.rejected.push({ id: name, why });
            else
                scan.entries.push(entryFromManifest(manifest, now));
        }
    });
    return scan;
}
async function rebuildEntries(layout, now = new Date()) {
    return (await scanInstalled(layout, now)).entries;
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T7: () => (/* binding */ registryProblem),
/* harmony export */   Vu: () => (/* binding */ emptyRegistry),
/* harmony export */   nn: () => (/* binding */ redactStoredUrls),
/* harmony export */   zu: () => (/* binding */ REGISTRY_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export isRegistryDoc */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8038);

const REGISTRY_SCHEMA_VERSION = 2;
const emptyRegistry = () => ({
    schemaVersion: REGISTRY_SCHEMA_VERSION,
    generation: 0,
    entries: {},
});
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v) => typeof v === 'number' && Number.isSafeInteger(v);
const SHA256 = /^[0-9a-f]{64}$/;
const ENTRY_FIELDS = [
    ['id', (v) => typeof v === 'string' && v.length > 0, 'a non-empty string'],
    ['sha256', (v) => typeof v === 'string' && SHA256.test(v), '64 lowercase hex digits'],
    ['url', (v) => typeof v === 'string', 'a string'],
    [
        'sizeBytes',
        (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
        'a non-negative number',
    ],
    ['fileCount', (v) => isWhole(v) && v >= 0, 'a non-negative integer'],
    ['installedAt', (v) => typeof v === 'string', 'a string'],
    ['lastUsedAt', (v) => typeof v === 'string', 'a string'],
];
function entryProblem(e) {
    if (!isObject(e))
        return 'expected an object';
    for (const [field, ok, expected] of ENTRY_FIELDS) {
        if (!ok(e[field]))
            return `${field}: expected ${expected}`;
    }
    return undefined;
}
function registryProblem(raw) {
    if (!isObject(raw))
        return '(top level): expected an object';
    if (raw.schemaVersion !== REGISTRY_SCHEMA_VERSION)
        return `schemaVersion: expected ${REGISTRY_SCHEMA_VERSION}`;
    if (!isWhole(raw.generation) || raw.generation < 0)
        return 'generation: expected a non-negative integer';
    if (!isObject(raw.entries))
        return 'entries: expected an object';
    for (const key in raw.entries) {
        if (!Object.prototype.hasOwnProperty.call(raw.entries, key))
            continue;
        const problem = entryProblem(raw.entries[key]);
        if (problem)
            return `entries.${key}.${problem}`;
        if (raw.entries[key].id !== key)
            return `entries.${key}.id: expected "${key}"`;
    }
    return undefined;
}
function redactStoredUrls(doc) {
    for (const entry of Object.values(doc.entries)) {
        if (/[@?#]/.test(entry.url))
            entry.url = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .B)(entry.url);
    }
    return doc;
}
const isRegistryDoc = (raw) => registryProblem(raw) === undefined;


/***/ }),

/***/ 9558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ readUpToSync),
/* harmony export */   QI: () => (/* binding */ withRegularFileSync),
/* harmony export */   Vc: () => (/* binding */ readUpTo),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   cG: () => (/* binding */ readRegularFileSync),
/* harmony export */   cL: () => (/* binding */ readRegularTextIfExistsSync),
/* harmony export */   cn: () => (/* binding */ readRegularFileIdentitySync),
/* harmony export */   eh: () => (/* binding */ assertOwnSingleName),
/* harmony export */   h_: () => (/* binding */ fileKind),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError),
/* harmony export */   kd: () => (/* binding */ recordDigest),
/* harmony export */   l6: () => (/* binding */ fileIdentity),
/* harmony export */   qX: () => (/* binding */ readRange),
/* harmony export */   tC: () => (/* binding */ READ_FLAGS),
/* harmony export */   vF: () => (/* binding */ hashRegularFile)
/* harmony export */ });
/* unused harmony exports writeTo, openForWriting */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3828);
/* harmony import */ var _platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3519);



const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
const WRITE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | NO_FOLLOW | NON_BLOCK;
function fileKind(st) {
    if (st.isSymbolicLink())
        return 'a symlink';
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'a regular file';
}
class NotRegularFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolchainCacheError */ .mg {
    file;
    kind;
    constructor(file, kind, expected = 'a regular file') {
        super('UNSAFE_PATH', `${file} is ${kind}, not ${expected}: it was neither followed nor read. Check who can write there.`);
        this.file = file;
        this.kind = kind;
    }
}
function openFailure(file, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && (e.code === 'ELOOP' || e.code === 'EMLINK'))
        return new NotRegularFileError(file, 'a symlink');
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENXIO')
        return new NotRegularFileError(file, 'a FIFO or a socket');
    return e;
}
function checkOpened(file, st, maxBytes) {
    if (!st.isFile())
        throw new NotRegularFileError(file, fileKind(st));
    if (st.size > maxBytes)
        throw new NotRegularFileError(file, `${st.size} bytes`, `at most ${maxBytes} bytes`);
}
function assertOwnSingleName(file, st) {
    if (!st.isFile())
        throw new NotRegularFileError(file, fileKind(st));
    const me = process.geteuid?.();
    if (process.platform === 'win32' || me === undefined)
        return;
    const expected = 'a file of this user with one name';
    if (st.nlink !== 1)
        throw new NotRegularFileError(file, `a hard link (${st.nlink} names)`, expected);
    if (st.uid !== me)
        throw new NotRegularFileError(file, `a file of uid ${st.uid}`, expected);
}
function lookedAt(file, st) {
    if (!st.isFile())
        throw new NotRegularFileError(file, fileKind(st));
}
function withRegularFileSync(file, maxBytes, use) {
    if (NO_FOLLOW === 0)
        lookedAt(file, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file));
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, READ_FLAGS);
    }
    catch (e) {
        throw openFailure(file, e);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        checkOpened(file, st, maxBytes);
        return use(fd, st.size);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function readUpToSync(fd, size) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, got, size - got, got);
        if (n === 0)
            break;
        got += n;
    }
    return got === size ? buf : buf.subarray(0, got);
}
const readRegularFileSync = (file, maxBytes) => withRegularFileSync(file, maxBytes, readUpToSync);
function readRegularTextIfExistsSync(file, maxBytes) {
    try {
        return readRegularFileSync(file, maxBytes).toString('utf8');
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
const fileIdentity = (st) => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
function readRegularFileIdentitySync(file, maxBytes) {
    return withRegularFileSync(file, maxBytes, (fd, size) => ({
        bytes: readUpToSync(fd, size),
        identity: fileIdentity((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd)),
    }));
}
const recordDigest = (data) => (0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .crypto */ .Et)().createHash('sha256').update(data).digest('hex');
async function openRegularFile(file, maxBytes = Infinity) {
    if (NO_FOLLOW === 0)
        lookedAt(file, await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(file));
    let handle;
    try {
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(file, READ_FLAGS);
    }
    catch (e) {
        throw openFailure(file, e);
    }
    try {
        const stat = await handle.stat();
        checkOpened(file, stat, maxBytes);
        return { handle, size: stat.size, stat };
    }
    catch (e) {
        await handle.close();
        throw e;
    }
}
async function readUpTo(handle, size) {
    const buf = Buffer.alloc(size);
    let done = 0;
    while (done < size) {
        const { bytesRead } = await handle.read(buf, done, size - done, done);
        if (bytesRead === 0)
            break;
        done += bytesRead;
    }
    return buf.subarray(0, done);
}
async function readRegularFile(file, maxBytes) {
    return Promise.resolve(readRegularFileSync(file, maxBytes));
}
function readRange(handle, start = 0, end = Infinity) {
    let position = start;
    return new ((0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .stream */ .Td)().Readable)({
        highWaterMark: 1 << 16,
        read(size) {
            const length = Math.min(size, end - position);
            if (length <= 0) {
                this.push(null);
                return;
            }
            handle.read(Buffer.allocUnsafe(length), 0, length, position).then(({ bytesRead, buffer }) => {
                position += bytesRead;
                this.push(bytesRead === 0 ? null : buffer.subarray(0, bytesRead));
            }, (e) => this.destroy(e));
        },
    });
}
const writeTo = (handle) => new (stream().Writable)({
    write(chunk, _encoding, done) {
        handle.write(chunk).then(() => done(), done);
    },
});
async function hashRegularFile(file) {
    const { handle, size } = await openRegularFile(file);
    try {
        const hash = (0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .crypto */ .Et)().createHash('sha256');
        await (0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .streamPromises */ .BL)().pipeline(readRange(handle, 0, size), hash);
        return hash.digest('hex');
    }
    finally {
        await handle.close();
    }
}
async function openForWriting(file, mode = 0o600) {
    let handle;
    try {
        handle = await promises.open(file, WRITE_FLAGS, mode);
    }
    catch (e) {
        throw openFailure(file, e);
    }
    try {
        assertOwnSingleName(file, await handle.stat());
        await handle.truncate(0);
        return handle;
    }
    catch (e) {
        await handle.close();
        throw e;
    }
}


/***/ }),

/***/ 1320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ cacheFigures),
/* harmony export */   PZ: () => (/* binding */ summarizeStats),
/* harmony export */   freeDiskBytes: () => (/* binding */ freeDiskBytes),
/* harmony export */   jM: () => (/* binding */ recordGcRun),
/* harmony export */   uq: () => (/* binding */ readStats)
/* harmony export */ });
/* unused harmony exports STATS_SCHEMA_VERSION, emptyStats, recordJobStats, namespaceStats, liveUseCount, liveUseCounts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(770);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9558);
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2599);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1422);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5888);







const STATS_SCHEMA_VERSION = 1;
const COUNTERS = [
    'jobs',
    'localHits',
    'peerWaits',
    'remoteRestores',
    'downloads',
    'bytesDownloaded',
    'bytesServed',
    'waitMs',
];
const GC_COUNTERS = ['runs', 'toolchainsRemoved', 'bytesFreed'];
const GC_HOST_COUNTERS = ['lastRunRemoved', 'lastRunBytesFreed'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
function gcProblem(raw) {
    if (!isObject(raw))
        return 'gc: expected an object';
    for (const k of GC_COUNTERS)
        if (!isCount(raw[k]))
            return `gc.${k}: expected a non-negative number`;
    if (!isObject(raw.hosts))
        return 'gc.hosts: expected an object';
    for (const [host, h] of Object.entries(raw.hosts)) {
        if (!isObject(h))
            return `gc.hosts.${host}: expected an object`;
        if (typeof h.lastRunAt !== 'string')
            return `gc.hosts.${host}.lastRunAt: expected a string`;
        for (const k of GC_HOST_COUNTERS)
            if (!isCount(h[k]))
                return `gc.hosts.${host}.${k}: expected a non-negative number`;
    }
    return undefined;
}
function statsProblem(raw) {
    if (!isObject(raw))
        return 'expected an object';
    if (raw.schemaVersion !== STATS_SCHEMA_VERSION)
        return `schemaVersion: expected ${STATS_SCHEMA_VERSION}`;
    if (!isObject(raw.namespaces))
        return 'namespaces: expected an object';
    for (const [ns, c] of Object.entries(raw.namespaces)) {
        if (!isObject(c))
            return `namespaces.${ns}: expected an object`;
        for (const k of COUNTERS) {
            if (!isCount(c[k]))
                return `namespaces.${ns}.${k}: expected a non-negative number`;
        }
        if (typeof c.updatedAt !== 'string')
            return `namespaces.${ns}.updatedAt: expected a string`;
    }
    return raw.gc === undefined ? undefined : gcProblem(raw.gc);
}
const emptyStats = () => ({ schemaVersion: STATS_SCHEMA_VERSION, namespaces: {} });
const zeroCounters = () => ({
    jobs: 0,
    localHits: 0,
    peerWaits: 0,
    remoteRestores: 0,
    downloads: 0,
    bytesDownloaded: 0,
    bytesServed: 0,
    waitMs: 0,
    updatedAt: (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .isoTime */ .Ly)(0),
});
const zeroGcCounters = () => ({
    runs: 0,
    toolchainsRemoved: 0,
    bytesFreed: 0,
    hosts: {},
});
const safeNamespace = (ns) => ns === '__proto__' || ns === 'constructor' || ns === 'prototype' ? `(${ns})` : ns || 'unknown';
async function updateStats(layout, options, change) {
    return (0,_lock_js__WEBPACK_IMPORTED_MODULE_5__.withLock)(layout.lockPath('stats'), 'stats', {
        staleMs: options.staleMs ?? _lock_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_LOCK_STALE_MS */ .xL,
        timeoutMs: options.lockTimeoutMs ?? 10_000,
        pollMs: 25,
        holder: options.holder,
    }, async (lock) => {
        const { doc } = await readStats(layout, { moveCorruptAside: true });
        const result = change(doc);
        (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileReplacingSync */ .WF)(layout.statsFile, JSON.stringify(doc), () => lock.assertHeldSync());
        return result;
    });
}
async function recordJobStats(layout, namespace, results, options = {}) {
    const ns = safeNamespace(namespace);
    const now = options.now ?? Date.now();
    return updateStats(layout, options, (doc) => {
        const c = Object.hasOwn(doc.namespaces, ns) ? doc.namespaces[ns] : zeroCounters();
        c.jobs += 1;
        for (const r of results) {
            c.waitMs += Math.max(0, r.waitMs || 0);
            if (r.source === 'local')
                c.localHits += 1;
            else if (r.source === 'peer')
                c.peerWaits += 1;
            else if (r.source === 'remote')
                c.remoteRestores += 1;
            else
                c.downloads += 1;
            if (r.source === 'local' || r.source === 'peer')
                c.bytesServed += r.sizeBytes || 0;
            c.bytesDownloaded += r.downloadedBytes || 0;
        }
        c.updatedAt = isoTime(now);
        doc.namespaces = { ...doc.namespaces, [ns]: c };
        return c;
    });
}
async function recordGcRun(layout, host, run, options = {}) {
    const id = safeNamespace(host);
    const now = options.now ?? Date.now();
    return updateStats(layout, options, (doc) => {
        const gc = doc.gc ?? zeroGcCounters();
        const freed = Math.max(0, run.freedBytes || 0);
        gc.runs += 1;
        gc.toolchainsRemoved += run.removed.length;
        gc.bytesFreed += freed;
        const last = {
            lastRunAt: (0,_format_js__WEBPACK_IMPORTED_MODULE_6__/* .isoTime */ .Ly)(now),
            lastRunRemoved: run.removed.length,
            lastRunBytesFreed: freed,
        };
        gc.hosts = { ...gc.hosts, [id]: last };
        doc.gc = gc;
        return gc;
    });
}
async function readStats(layout, options = {}) {
    const text = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularTextIfExistsSync */ .cL)(layout.statsFile, _fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_FILE_MAX_BYTES */ .e);
    if (text === undefined)
        return { doc: emptyStats() };
    let detail;
    try {
        const raw = JSON.parse(text);
        const problem = statsProblem(raw);
        if (problem === undefined)
            return { doc: raw };
        detail = problem;
    }
    catch (e) {
        detail = `not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)})`;
    }
    let warning = `The statistics file ${layout.statsFile} is unreadable (${detail}); counting starts over.`;
    if (options.moveCorruptAside) {
        const movedTo = (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .corruptAsideName */ .VY)(layout.statsFile);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(layout.statsFile, movedTo).catch(() => undefined);
        warning += ` It was moved aside to ${movedTo}.`;
    }
    return { doc: emptyStats(), warning };
}
function namespaceStats(c) {
    const hits = c.localHits + c.peerWaits;
    const misses = c.remoteRestores + c.downloads;
    return { ...c, hits, misses, hitRate: hits + misses > 0 ? hits / (hits + misses) : null };
}
function summarizeStats(doc) {
    const total = zeroCounters();
    const sorted = Object.entries(doc.namespaces).sort(([a], [b]) => (a < b ? -1 : 1));
    const namespaces = Object.fromEntries(sorted.map(([ns, c]) => [ns, namespaceStats(c)]));
    for (const [, c] of sorted) {
        for (const k of COUNTERS) {
            total[k] += c[k];
        }
        if (c.updatedAt > total.updatedAt)
            total.updatedAt = c.updatedAt;
    }
    const gc = doc.gc ?? zeroGcCounters();
    const hosts = Object.fromEntries(Object.entries(gc.hosts).sort(([a], [b]) => (a < b ? -1 : 1)));
    return { namespaces, total: namespaceStats(total), gc: { ...gc, hosts } };
}
const liveUseCount = (u) => (u?.live.length ?? 0) + (u?.unreadable.length ?? 0);
async function liveUseCounts(layout, doc, now = Date.now()) {
    const usage = await (0,_uses_js__WEBPACK_IMPORTED_MODULE_4__/* .usageOfAll */ .Gy)(layout, Object.keys(doc.entries), now);
    return new Map([...usage].map(([id, u]) => [id, liveUseCount(u)]));
}
async function cacheFigures(layout, doc, options = {}) {
    const live = options.live ?? (await liveUseCounts(layout, doc, options.now));
    const entries = Object.values(doc.entries);
    const inUse = entries.filter((e) => (live.get(e.id) ?? 0) > 0).length;
    return {
        entries: entries.length,
        totalBytes: entries.reduce((n, e) => n + e.sizeBytes, 0),
        inUse,
        unused: entries.length - inUse,
        freeBytes: await freeDiskBytes(layout.root),
    };
}
async function freeDiskBytes(dir) {
    const sync = node_fs__WEBPACK_IMPORTED_MODULE_0__.statfsSync;
    if (typeof sync !== 'function' && typeof node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.statfs !== 'function')
        return null;
    try {
        const s = typeof sync === 'function' ? sync(dir) : await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.statfs(dir);
        const free = Number(s.bavail) * Number(s.bsize);
        return Number.isFinite(free) && free >= 0 ? free : null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ unlinkUseFiles),
/* harmony export */   Fs: () => (/* binding */ usageOf),
/* harmony export */   Gy: () => (/* binding */ usageOfAll),
/* harmony export */   U0: () => (/* binding */ reclaimDeadUses),
/* harmony export */   _8: () => (/* binding */ entryState),
/* harmony export */   ez: () => (/* binding */ releaseUses),
/* harmony export */   jH: () => (/* binding */ removeStaleTemps),
/* harmony export */   ly: () => (/* binding */ isInUse),
/* harmony export */   zk: () => (/* binding */ recordUse)
/* harmony export */ });
/* unused harmony exports writeUseRecord, stampLastUse, readUses, STALE_TEMP_MS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(770);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2761);
/* harmony import */ var _leases_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2624);
/* harmony import */ var _dir_handle_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7455);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9558);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(5888);









const USE_SUFFIX = '.json';
const isWindows = process.platform === 'win32';
const CREATE_EXCLUSIVE = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
const useFileName = (layout, id, key) => node_path__WEBPACK_IMPORTED_MODULE_1__.basename(layout.useFile(id, key));
const LAST_USED = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(new _layout_js__WEBPACK_IMPORTED_MODULE_4__/* .CacheLayout */ .lB(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).lastUsedStamp('id'));
async function lstatIfExists(p) {
    try {
        return await Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p));
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    }
}
async function entryState(layout, id) {
    const [dir, root, mark] = await Promise.all([
        lstatIfExists(layout.entryDir(id)),
        lstatIfExists(layout.toolchainRoot(id)),
        lstatIfExists(layout.removalMark(id)),
    ]);
    const linked = dir?.isSymbolicLink() || root?.isSymbolicLink();
    if (linked || (dir && !dir.isDirectory()) || (root && !root.isDirectory())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `Toolchain "${id}": ${layout.entryDir(id)} (or its files/) is no longer the directory that was installed ` +
            `(${linked ? 'a symlink' : 'not a directory'}); refusing to use it. ` +
            `Check who can write ${layout.root}, then run \`toolchain-cache remove ${id} --force\` to reinstall it.`);
    }
    if (mark)
        return 'removing';
    return root ? 'ready' : 'missing';
}
async function openUsesDir(layout, id, create) {
    const dir = layout.usesOf(id);
    try {
        try {
            return _dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .SyncDirHandle */ .B7.open(dir);
        }
        catch (e) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT') || !create)
                throw e;
        }
        await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureDir */ .A0)(dir);
        return _dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .SyncDirHandle */ .B7.open(dir);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT' && !create)
            return undefined;
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg && e.code === 'UNSAFE_PATH'))
            throw e;
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${dir} is ${st ? (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .fileKind */ .h_)(st) : 'gone'}, not the directory of use records toolchain-cache made: ` +
            `no use record is written or removed through it. Check who can write ${layout.root}, then remove it ` +
            `(\`rm ${dir}\`): the next job makes it again.`);
    }
}
function publishSync(dir, name, text) {
    const tmp = `${name}.tmp-${process.pid}-${(0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .randomToken */ .zs)()}`;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir.nameOf(tmp), CREATE_EXCLUSIVE, _fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .SHARED_FILE_MODE */ .bG);
    try {
        if (!isWindows)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, _fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .SHARED_FILE_MODE */ .bG);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, text);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(dir.nameOf(tmp), dir.nameOf(name));
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir.nameOf(tmp), { force: true });
        throw e;
    }
}
async function withUsesDir(layout, id, fn) {
    const dir = (await openUsesDir(layout, id, true));
    try {
        return await fn(dir);
    }
    finally {
        dir.close();
    }
}
function unlinkIn(dir, name) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(dir.nameOf(name));
        return true;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
            return false;
        throw e;
    }
}
async function writeUseRecord(layout, id, record) {
    await withUsesDir(layout, id, async (dir) => publishSync(dir, useFileName(layout, id, record.key), JSON.stringify(record)));
    return layout.useFile(id, record.key);
}
async function recordUse(layout, id, owner, now = Date.now()) {
    return withUsesDir(layout, id, async (dir) => {
        const name = useFileName(layout, id, owner.key);
        publishSync(dir, name, JSON.stringify((0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .newUse */ .U$)(owner.key, owner.job, owner.process, now)));
        let state;
        try {
            state = await entryState(layout, id);
        }
        catch (e) {
            unlinkIn(dir, name);
            throw e;
        }
        if (state === 'ready')
            return true;
        unlinkIn(dir, name);
        return false;
    });
}
function ownedBy(use, owner, host) {
    if (owner.key && use.key === owner.key)
        return true;
    return (owner.process !== undefined &&
        owner.job !== undefined &&
        use.host === host &&
        use.pid === owner.process.pid &&
        use.pidStart === owner.process.pidStart &&
        use.job.runId === owner.job.runId &&
        use.job.job === owner.job.job &&
        use.job.action === owner.job.action);
}
async function releaseUses(layout, owner, ids, now = Date.now()) {
    const host = (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .hostId */ .My)();
    const released = [];
    for (const id of new Set(ids)) {
        const dir = await openUsesDir(layout, id, false);
        if (!dir)
            continue;
        let removed = false;
        try {
            if (owner.key)
                removed = unlinkIn(dir, useFileName(layout, id, owner.key));
            if (!removed && owner.process && owner.job) {
                const { records } = await readUses(layout, id);
                for (const r of records)
                    if (ownedBy(r.use, owner, host))
                        removed = unlinkIn(dir, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(r.file)) || removed;
            }
            if (removed)
                stampIn(dir, now);
        }
        finally {
            dir.close();
        }
        if (removed)
            released.push(id);
    }
    return released;
}
function stampIn(dir, at) {
    try {
        publishSync(dir, LAST_USED, (0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .isoTime */ .Ly)(at));
    }
    catch {
    }
}
async function stampLastUse(layout, id, at) {
    const dir = await openUsesDir(layout, id, false).catch(() => undefined);
    if (!dir)
        return;
    stampIn(dir, at);
    dir.close();
}
const isUseRecord = (u) => {
    const r = u;
    return (typeof r === 'object' &&
        r !== null &&
        typeof r.key === 'string' &&
        typeof r.host === 'string' &&
        typeof r.pid === 'number' &&
        typeof r.createdAt === 'string' &&
        typeof r.leaseExpiresAt === 'string' &&
        typeof r.job === 'object' &&
        r.job !== null);
};
const MAX_RECORD_BYTES = 64 * 1024;
async function readUses(layout, id) {
    const result = { records: [], unreadable: [], temps: [] };
    let dir;
    try {
        dir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.usesOf(id));
    }
    catch {
        result.unreadable.push(layout.usesOf(id));
        return result;
    }
    if (!dir)
        return result;
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .withDir */ .uM)(dir, (d) => readUsesIn(d, result));
    return result;
}
function usesReader(layout) {
    let uses;
    let failed = false;
    try {
        uses = _dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .SyncDirHandle */ .B7.open(layout.usesDir);
    }
    catch (e) {
        failed = !((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT');
    }
    const read = (id) => {
        const result = { records: [], unreadable: [], temps: [] };
        if (failed)
            result.unreadable.push(layout.usesOf(id));
        if (!uses)
            return result;
        let dir;
        try {
            dir = _dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .SyncDirHandle */ .B7.open(uses.nameOf(id));
        }
        catch (e) {
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
                result.unreadable.push(layout.usesOf(id));
            return result;
        }
        try {
            readUsesInSync(dir, layout.usesOf(id), result);
        }
        finally {
            dir.close();
        }
        return result;
    };
    return { read, close: () => uses?.close() };
}
function readUsesInSync(dir, where, result) {
    let names;
    try {
        names = dir.list();
    }
    catch {
        result.unreadable.push(where);
        return;
    }
    const read = (name) => (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFileSync */ .cG)(dir.nameOf(name), MAX_RECORD_BYTES).toString('utf8');
    for (const name of names) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(where, name);
        if (name === LAST_USED) {
            let text = '';
            try {
                text = read(name);
            }
            catch {
            }
            const t = Date.parse(text);
            if (!Number.isNaN(t))
                result.stampMs = t;
            continue;
        }
        if (name.includes('.tmp-'))
            result.temps.push(name);
        if (!name.endsWith(USE_SUFFIX))
            continue;
        try {
            const use = JSON.parse(read(name));
            if (isUseRecord(use))
                result.records.push({ file, use });
            else
                result.unreadable.push(file);
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
                continue;
            result.unreadable.push(file);
        }
    }
}
async function readUsesIn(dir, result) {
    let names;
    try {
        names = await dir.list();
    }
    catch {
        result.unreadable.push(dir.path);
        return;
    }
    for (const name of names) {
        const file = dir.pathOf(name);
        if (name === LAST_USED) {
            const text = await dir.readFile(name, MAX_RECORD_BYTES).catch(() => undefined);
            const t = Date.parse(text?.toString('utf8') ?? '');
            if (!Number.isNaN(t))
                result.stampMs = t;
            continue;
        }
        if (name.includes('.tmp-'))
            result.temps.push(name);
        if (!name.endsWith(USE_SUFFIX))
            continue;
        try {
            const use = JSON.parse((await dir.readFile(name, MAX_RECORD_BYTES)).toString('utf8'));
            if (isUseRecord(use))
                result.records.push({ file, use });
            else
                result.unreadable.push(file);
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT')
                continue;
            result.unreadable.push(file);
        }
    }
}
async function unlinkUseFiles(layout, id, names) {
    if (names.length === 0)
        return [];
    const dir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.usesOf(id));
    if (!dir)
        return [];
    return (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .withDir */ .uM)(dir, async (d) => {
        const gone = [];
        for (const name of names) {
            try {
                await d.unlink(name);
                gone.push(name);
            }
            catch (e) {
                if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
                    throw e;
            }
        }
        return gone;
    });
}
const isInUse = (u) => u !== undefined && (u.live.length > 0 || u.unreadable.length > 0);
async function usageOf(layout, id, alive, uses) {
    const { records, unreadable, stampMs, temps } = uses ?? (await readUses(layout, id));
    const usage = { live: [], dead: [], unreadable, lastUsedMs: stampMs, temps };
    for (const r of records) {
        if (await alive(r.use))
            usage.live.push(r.use);
        else
            usage.dead.push(r);
        const t = Date.parse(r.use.createdAt);
        if (!Number.isNaN(t) && t > (usage.lastUsedMs ?? 0))
            usage.lastUsedMs = t;
    }
    return usage;
}
async function usageOfAll(layout, ids, now = Date.now()) {
    const alive = (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .livenessChecker */ .J3)(now);
    const out = new Map();
    const reader = usesReader(layout);
    try {
        for (const id of ids)
            out.set(id, await usageOf(layout, id, alive, reader.read(id)));
    }
    finally {
        reader.close();
    }
    return out;
}
const STALE_TEMP_MS = 3600_000;
async function removeStaleTemps(dir, names, now, maxAgeMs = STALE_TEMP_MS) {
    let removed = 0;
    for (const name of names) {
        const st = await dir.lstat(name).catch(() => undefined);
        if (!st?.isFile() || now - st.mtimeMs < maxAgeMs)
            continue;
        if (await dir.unlink(name, st).then(() => true, () => false))
            removed += 1;
    }
    return removed;
}
async function reclaimDeadUses(layout, now = Date.now()) {
    const usesDir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.usesDir);
    const ids = usesDir ? await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .withDir */ .uM)(usesDir, (d) => d.list()) : [];
    const alive = (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .livenessChecker */ .J3)(now);
    const reclaimed = [];
    let tempsRemoved = 0;
    for (const id of ids) {
        const usage = await usageOf(layout, id, alive);
        const byName = new Map(usage.dead.map((d) => [node_path__WEBPACK_IMPORTED_MODULE_1__.basename(d.file), d.use]));
        for (const name of await unlinkUseFiles(layout, id, [...byName.keys()]))
            reclaimed.push({ id, use: byName.get(name) });
        if (usage.dead.length > 0 && usage.lastUsedMs !== undefined)
            await stampLastUse(layout, id, usage.lastUsedMs);
        if (usage.temps.length === 0)
            continue;
        const dir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.usesOf(id)).catch(() => undefined);
        if (dir)
            tempsRemoved += await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .withDir */ .uM)(dir, (d) => removeStaleTemps(d, usage.temps, now));
    }
    return { reclaimed, tempsRemoved };
}


/***/ }),

/***/ 7088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mJ: () => (/* binding */ osOf),
/* harmony export */   ol: () => (/* binding */ hostPlatform)
/* harmony export */ });
/* unused harmony exports hostFacts, muslFromInterpreter, elfInterpreter, detectMusl, withoutLibc */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3828);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5386);



const OS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'win',
};
const ARCH = { x64: 'x64', arm64: 'arm64' };
function hostPlatform(facts = hostFacts()) {
    const os = OS[facts.platform];
    const arch = ARCH[facts.arch];
    const name = os && arch ? `${os}-${arch}${os === 'linux' && facts.musl ? '-musl' : ''}` : '';
    if (!_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORMS */ .P.includes(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolchainCacheError */ .mg('INVALID_INPUT', `Named toolchains are not available on ${facts.platform}-${facts.arch}` +
            `${facts.musl ? ' (musl)' : ''}: ids name the platforms ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PLATFORMS */ .P.join(', ')}. ` +
            'Give this runner {id, url, sha256} items instead.');
    }
    return name;
}
function hostFacts() {
    const facts = { platform: process.platform, arch: process.arch };
    if (process.platform === 'linux')
        facts.musl = isMusl();
    return facts;
}
let muslCache;
const isMusl = () => (muslCache ??=
    muslFromInterpreter(elfInterpreter(process.execPath)) ??
        detectMusl(process.report));
function muslFromInterpreter(interpreter) {
    const name = interpreter?.split('/').pop() ?? '';
    if (name.startsWith('ld-musl-'))
        return true;
    if (name.startsWith('ld-linux'))
        return false;
    return undefined;
}
const PT_INTERP = 3;
function elfInterpreter(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        const head = Buffer.alloc(64);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 64, 0) < 52 || head.readUInt32BE(0) !== 0x7f454c46)
            return undefined;
        const wide = head[4] === 2;
        const le = head[5] === 1;
        const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
        const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
        const word = (b, o) => wide ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
        const phoff = word(head, wide ? 32 : 28);
        const phentsize = u16(head, wide ? 54 : 42);
        const phnum = Math.min(u16(head, wide ? 56 : 44), 64);
        const table = Buffer.alloc(phentsize * phnum);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, table, 0, table.length, phoff);
        for (let i = 0; i < phnum; i++) {
            const ph = i * phentsize;
            if (u32(table, ph) !== PT_INTERP)
                continue;
            const offset = word(table, ph + (wide ? 8 : 4));
            const size = Math.min(word(table, ph + (wide ? 32 : 16)), 4096);
            const name = Buffer.alloc(size);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, name, 0, size, offset);
            return name.toString('latin1').replace(/\0.*$/s, '');
        }
        return undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function detectMusl(report) {
    if (!report)
        return false;
    const excluded = report.excludeNetwork;
    try {
        report.excludeNetwork = true;
        const header = report.getReport().header;
        return !header?.glibcVersionRuntime;
    }
    finally {
        report.excludeNetwork = excluded;
    }
}
const withoutLibc = (p) => p.replace(/-musl$/, '');
const osOf = (p) => p.split('-')[0];


/***/ }),

/***/ 1748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VENDOR_NAMES: () => (/* binding */ VENDOR_NAMES),
/* harmony export */   checkVendorName: () => (/* binding */ checkVendorName),
/* harmony export */   isVendorName: () => (/* binding */ isVendorName),
/* harmony export */   loadVendor: () => (/* binding */ loadVendor)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);

const LOADERS = {
    node: async () => (await __nccwpck_require__.e(/* import() */ 619).then(__nccwpck_require__.bind(__nccwpck_require__, 8619))).node,
    go: async () => (await __nccwpck_require__.e(/* import() */ 721).then(__nccwpck_require__.bind(__nccwpck_require__, 6721))).go,
    python: async () => (await __nccwpck_require__.e(/* import() */ 542).then(__nccwpck_require__.bind(__nccwpck_require__, 7542))).python,
    temurin: async () => (await __nccwpck_require__.e(/* import() */ 633).then(__nccwpck_require__.bind(__nccwpck_require__, 3633))).temurin,
    zig: async () => (await __nccwpck_require__.e(/* import() */ 617).then(__nccwpck_require__.bind(__nccwpck_require__, 4617))).zig,
};
const VENDOR_NAMES = Object.keys(LOADERS);
const isVendorName = (name) => Object.hasOwn(LOADERS, name);
function checkVendorName(spec, name) {
    if (!isVendorName(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${spec}: unknown toolchain name "${name}". Known names: ${VENDOR_NAMES.join(', ')}; ` +
            'for anything else give an {id, url, sha256} item.', 'toolchains');
    }
}
async function loadVendor(name, spec = `${name}@\u2026`) {
    checkVendorName(spec, name);
    return LOADERS[name]();
}


/***/ }),

/***/ 5386:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PLATFORMS)
/* harmony export */ });
const PLATFORMS = [
    'linux-x64',
    'linux-arm64',
    'linux-x64-musl',
    'linux-arm64-musl',
    'darwin-x64',
    'darwin-arm64',
    'win-x64',
    'win-arm64',
];


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
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(518);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
