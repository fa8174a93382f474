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
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
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

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7517);
// The `toolchain-cache` command: main.ts dispatches to commands/ (one file each); this only runs it.

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7517:
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
// `doctor`'s judgement: pure functions from the facts gathered about a host's cache (gather.ts) to
// the problems found, each naming the toolchain or path and how to fix it (docs/design.md,
// "Doctor"). Nothing here touches the disk, so every check is tested on facts alone.



/** NFS clients see other hosts' directory times up to acdirmax (60 s) late (lock.ts). */
const NFS_MIN_LOCK_STALE_MS = 120_000;
const octal = (mode) => mode.toString(8).padStart(4, '0');
const word = (s) => /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
/** Every check, in the order an operator would look. */
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
/** The root itself: a real directory, reachable. Jobs refuse a symlinked root. */
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
/** Group rwx and set-gid on the root and every directory in it; nothing world-writable. */
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
/** A runner user outside the root's group cannot write what the others made (EACCES). */
function groupProblems(f) {
    const root = f.dirs[0];
    if (!root || root.gid === undefined)
        return [];
    return (f.runnerUsers
        // Root, and the root's owner, need no group to write it.
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
/** The host settings each runner's jobs get: valid, the same on every runner, naming this root. */
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
/** The size bound each source's jobs apply: the host file's, else its own. */
const maxSizeOf = (f, s) => f.host.config.maxSizeBytes ?? s?.maxSizeBytes;
/** The disk must hold what the size bound lets the cache grow to. */
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
/** The stale time each source's jobs use: the host file's, else its own, else the default. */
const staleOf = (f, s) => f.host.config.lockStaleMs ?? s?.lockStaleMs ?? stale/* DEFAULT_LOCK_STALE_MS */.xL;
const isNfs = (fsType) => /^nfs/i.test(fsType ?? '');
/** On NFS, locks need a stale time of at least twice acdirmax (lock.ts). */
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
/** A lock whose holder died (this host) or went silent past the stale time. */
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
/** Use records nobody can judge: kept as live, they pin their toolchain for good. */
function unreadableProblems(f) {
    return f.unreadableUses.map((u) => ({
        subject: u.id,
        problem: `${u.records} use record(s) this user cannot read${u.owners.length ? ` (owned by ${u.owners.join(', ')})` : ''}: ${u.files.slice(0, 3).join(', ')}${u.files.length > 3 ? ', …' : ''}; ` +
            'each counts as a live use, so GC never removes this toolchain',
        fix: `run \`toolchain-cache gc\` as root (it can read them, and reclaims those of finished jobs), or have ${u.owners.length ? u.owners.join(', ') : 'their owner'} make them group-readable (chmod g+r)`,
    }));
}
/** Every tree against its hit-check record, and with --deep against its manifest. */
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
                    `differs from its manifest: ${byContent.slice(0, 3).join('; ')}${byContent.length > 3 ? '; …' : ''}`,
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
/** What doctor looked at, for a healthy report. */
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
// The GC planner: which entries go, decided from a snapshot, without touching the disk (pure, so
// every rule is tested on its own). Age first, then least recently used first while the size bound
// is exceeded; never an entry in use (docs/design.md, "Uses and GC").

const DAY_MS = 24 * 3600_000;
/** Milliseconds since the epoch of an entry's last use; an unreadable date counts as very old. */
const lastUsedMs = (e) => {
    const t = Date.parse(e.lastUsedAt);
    return Number.isNaN(t) ? 0 : t;
};
/** Least recently used first; ties by id so the order is stable. */
function lruOrder(entries) {
    return [...entries].sort((a, b) => lastUsedMs(a) - lastUsedMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/**
 * Decides what goes; pure. `inUse` says whether an entry has a live (or unreadable) use record;
 * `entries` carry their effective last use (see withLastUse).
 */
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
/** Only entries in use are left above the bound: name the ones it would have taken next. */
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
/** The entries with their effective last use: the newest of registration, stamp and use records. */
function withLastUse(doc, usage) {
    return Object.values(doc.entries).map((e) => {
        const used = usage.get(e.id)?.lastUsedMs;
        return used !== undefined && used > lastUsedMs(e)
            ? { ...e, lastUsedAt: new Date(used).toISOString() }
            : e;
    });
}

// EXTERNAL MODULE: ./lib/core/leases.js + 4 modules
var leases = __nccwpck_require__(2624);
;// CONCATENATED MODULE: ./lib/core/gc-state.js
// gc-state.json: when each host last ran a full GC, the record GC's throttle reads (docs/design.md,
// "Uses and GC"). Only a throttle: an unreadable file reads as empty, so the worst a broken one
// costs is one full GC too many.


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
    const text = await (0,fsx/* readFileIfExists */.QD)(gcStateFile(layout)).catch(() => undefined);
    if (text !== undefined) {
        try {
            const parsed = JSON.parse(text);
            if (isGcState(parsed))
                return parsed;
        }
        catch {
            // unreadable: start over (it only throttles)
        }
    }
    return { schemaVersion: 1, hosts: {} };
}
/** When this host last ran a full GC (ms since the epoch), if it did. */
async function lastFullGc(layout, host = (0,leases/* hostId */.My)()) {
    const state = await readGcState(layout);
    const at = Object.hasOwn(state.hosts, host) ? Date.parse(state.hosts[host].lastFullGcAt) : NaN;
    return Number.isNaN(at) ? undefined : at;
}
/** Written under the GC lock, atomically. */
async function recordFullGc(layout, now) {
    const state = await readGcState(layout);
    state.hosts = { ...state.hosts, [(0,leases/* hostId */.My)()]: { lastFullGcAt: new Date(now).toISOString() } };
    await (0,fsx/* atomicWriteFile */.Re)(gcStateFile(layout), JSON.stringify(state));
}

;// CONCATENATED MODULE: ./lib/core/gc-throttle.js
// The GC's throttle, apart from the GC itself: the common post step finds the host's last full GC
// recent and stops at one file read, without loading the planner and the removal code (gc.ts,
// loaded only when a GC runs; docs/design.md, "Start-up cost").

/** A host runs a full GC at most this often (unless the size bound is exceeded). */
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
/** A full GC ran on this host less than the interval ago, and the size bound (if any) holds. */
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
    report.skippedDetail = `this host last cleaned up at ${new Date(last).toISOString()}; it does so at most every ${Math.round(throttleMs / 60_000)} min, so the next one may run after ${new Date(last + throttleMs).toISOString()}`;
    return true;
}
/**
 * The report of a GC this host need not run now (throttled, see isThrottled), or undefined when
 * it must run: then call collectGarbage (gc.ts), which checks again under its lock.
 */
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
// Taking one entry away (GC and `remove`), the other half of the protocol in uses.ts: under the
// registry lock, mark the entry as being removed, then re-read its use records; only an entry
// that still has no live (or unreadable) record is moved to the trash. An acquire that wrote its
// record before the mark is seen here; one that writes it after sees the mark (or the tree gone)
// and installs again. See docs/design.md, "Uses and GC".







/**
 * Runs with the registry lock held (`lock`), so no other GC, `remove` or install of this id
 * interleaves; acquires on the lock-free path may, and the mark settles them.
 */
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
    // The receipt goes with the tree (and comes back with it, should the commit fail): none is left
    // to vouch for whatever appears under this id next.
    await moveReceipt(layout, id, trashPath);
    await (0,core_uses/* unlinkUseFiles */.Az)(layout, id, usage.dead.map(({ file }) => external_node_path_.basename(file)));
    return { trashPath, liveUses: usage.live };
}
/** The entry's directory, opened no-follow from the root; undefined when absent or not a real directory. */
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
/**
 * False when there is no tree to mark. A mark left by a GC that died is simply taken over. An
 * entry that is not a real directory (a planted link) is never written through: it gets no mark
 * (no acquire can use it anyway, entryState refuses it) and is moved as it is.
 */
async function placeMark(layout, id, holder = `pid ${process.pid}`) {
    const st = await external_node_fs_.promises.lstat(layout.entryDir(id)).catch((e) => {
        if ((0,core_errors/* isErrnoException */.s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    });
    if (!st)
        return false;
    // Written through the directory's descriptor: a tree swapped for a link meanwhile is not written through.
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
/**
 * Renames the entry directory into the trash, in one synchronous block with the check that the
 * registry lock is still ours (a GC that stalled past the stale time must not act on a stale plan).
 */
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
/**
 * Renames `from` (a directory of the root and a name in it) to `to`, both directories opened
 * no-follow from the root, so a directory of the root swapped for a link cannot redirect it; a
 * planted link at the name itself is moved as a link, never followed. `check` runs right before.
 */
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
/** A removal whose registry commit failed: put the tree back (without its mark), and its receipt. */
async function restoreFromTrash(layout, id, trashPath) {
    const back = async (from, to) => renameBetween(layout, from, to).catch(() => undefined);
    await back([layout.trashDir, external_node_path_.basename(trashPath)], [layout.toolchainsDir, id]);
    await removeMark(layout, id).catch(() => undefined);
    await back([layout.entryDir(id), TRASHED_RECEIPT], [layout.receiptsDir, external_node_path_.basename(layout.receiptFile(id))]);
}
/** Where a removed entry's receipt waits in its trashed tree until the removal is committed. */
const TRASHED_RECEIPT = 'receipt.json';
/**
 * Moves the receipt into the trashed tree, or deletes it when there was no tree to trash (a
 * planted link moved to the trash in place of a tree is never written through).
 */
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
/** toolchains/ and trash/ must be real directories of the root: a symlink there could redirect a rename. */
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
// What removed toolchains leave behind, and old corrupt-file copies: cleaned by each full GC, under
// the GC lock (docs/design.md, "Uses and GC", "Leftovers"). Every walk opens the root's own
// directories no-follow and acts on their descriptors (dir-handle.ts).
//
// - `uses/<id>/` of an id that is neither registered nor installed: its `last-used` stamp (and
//   stale temp files) go, then the empty directory. A directory that still holds a use record is
//   left alone (dead records are reclaimed by reclaimDeadUses; a record never goes here).
// - `locks/install-<id>.lock/` of such an id, once released (or never taken) and silent for a
//   day: the epochs directory is moved to the trash while this GC holds that very lock, so no
//   installer can be in it; one that raced with an old view finds the directory gone and starts a
//   new one, or sees a higher epoch and backs off (lock/epochs.ts).
// - `registry.json.corrupt-*`: copies of a corrupt registry kept for inspection, after 30 days.
// Each decision for an id is made holding its install lock, after reading the registry again: an
// install (or a hit, which needs a registered entry) cannot start meanwhile.









/** A released install lock of a removed toolchain is kept this long after its last use. */
const LEFTOVER_LOCK_AGE_MS = DAY_MS;
/** A corrupt registry's copy is kept this long for inspection. */
const CORRUPT_COPY_AGE_MS = 30 * DAY_MS;
const CORRUPT_COPY = /^registry\.json\.corrupt-/;
const INSTALL_LOCK = /^install-(.+)\.lock$/;
/** The last-use stamp's name in `uses/<id>/` (layout.lastUsedStamp's). */
const lastUsedName = (layout) => external_node_path_.basename(layout.lastUsedStamp('id'));
/** The names in one of the root's own directories (opened no-follow from the root); none when absent. */
async function namesIn(layout, dir) {
    const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir);
    return handle ? (0,dir_handle/* withDir */.uM)(handle, (d) => d.list()) : [];
}
/** Corrupt registry copies older than CORRUPT_COPY_AGE_MS; how many went. */
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
/**
 * The use stamps and install locks of ids that are neither registered nor installed (see the
 * file's comment); how many items went. Problems go to `errors` (the next GC retries).
 */
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
/** One id's leftovers, under its install lock; how many items went. */
async function removeOrphan(layout, registry, id, now) {
    const lockPath = layout.lockPath(`install-${id}`);
    const before = (0,epochs/* newestEpoch */.Kw)(lockPath);
    // A lock in use, or used lately, is left alone; one never taken (uses only) is fair game.
    // A lock used lately is left alone (it goes once silent for a day); one never taken (uses only)
    // is fair game. A held one is taken by tryLock below only when its holder is long dead.
    const lockIsOld = before.kind === 'none' || now - (before.heartbeatMs ?? now) >= LEFTOVER_LOCK_AGE_MS;
    if (before.kind !== 'none' && before.kind !== 'released' && !lockIsOld)
        return 0;
    if (await installed(layout, id))
        return 0;
    // Taking the lock refreshes it: only when there is something to remove.
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
        await lock.release(); // a no-op once its directory went to the trash
    }
}
/** Whether `toolchains/<id>` exists (whatever it is: an entry being installed or removed). */
async function installed(layout, id) {
    const dir = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.toolchainsDir);
    return dir ? (await (0,dir_handle/* withDir */.uM)(dir, (d) => d.lstat(id))) !== undefined : false;
}
async function hasUsesDir(layout, id) {
    const uses = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, layout.usesDir);
    return uses ? (await (0,dir_handle/* withDir */.uM)(uses, (d) => d.lstat(id))) !== undefined : false;
}
/** `uses/<id>/last-used` and stale temps, then the directory if that emptied it; 0, 1 or 2. */
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
            // A use record (live, dead or unreadable) keeps the directory: records are never removed here.
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
            await usesDir.rmdir(id).catch(() => undefined); // a record written meanwhile keeps it
            removed += 1;
        }
        return removed;
    });
}
/** The held epochs directory `locks/install-<id>.lock/` into the trash, then deleted; 1. */
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
// Garbage collection of installed toolchains, and the removal of one entry (shared with the CLI).
// What goes is decided by the pure planner (gc-plan.ts); the throttle's record is gc-state.ts; the
// report is rendered by gc-report.ts.
//
// Safety rules (docs/design.md, "Uses and GC"):
// - An entry with a live (or unreadable) use record is never removed. Dead uses are reclaimed
//   first; the plan is made from a snapshot, and each removal re-checks the entry's use records
//   under the registry lock after marking it (removal.ts), so a use recorded at any moment is seen.
// - Deletion is two-phase: under the registry lock the entry is unregistered and its directory is
//   renamed into trash/ (fast, same filesystem); the trash is deleted after the lock is released.
//   Trash left by a GC that crashed in between is deleted by the next GC.
// - Nothing is deleted through a symlink, and no path outside the real cache root is acted on:
//   every walk opens directories no-follow from the root and acts on their descriptors
//   (dir-handle.ts; docs/design.md, "Walks stay in the root").
// - GC is non-blocking: it takes its own lock with one try; a host runs a full GC at most once per
//   interval (recorded in gc-state.json, gc-state.ts) unless the size bound is exceeded.


















/** The GC lock is taken over when its holder's heartbeat is older than this. */
const DEFAULT_GC_LOCK_STALE_MS = 60_000;

/** The unreadable use records of each of `ids` that has any (usage as judged by usageOfAll). */
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
/** Runs a GC: is it throttled → clean leftovers → reclaim dead uses → plan → remove → delete. */
async function collectGarbage(layout, registry, options) {
    const now = options.now ?? Date.now();
    if (options.dryRun)
        return dryRunGc(layout, registry, options, now);
    const report = emptyReport(false);
    // Lock-free first, so the common throttled post step costs a file read.
    if (await isThrottled(layout, registry, options, now, report))
        return report;
    const lockPath = layout.lockPath('gc');
    await (0,fsx/* ensureDir */.A0)(layout.locksDir); // a root made by hand may not have it yet
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
        // Another GC of this host may have finished between the check and the lock.
        if (await isThrottled(layout, registry, options, now, report))
            return report;
        await fullGc(layout, registry, options, now, report);
        ran = true;
    }
    finally {
        await lock.release();
    }
    // Outside the GC lock: the stats lock is never taken while holding another.
    if (ran)
        await countRun(layout, report, options, now);
    return report;
}
/** Clean leftovers → reclaim dead uses → plan → remove → delete the trash; fills `report`. */
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
/** Adds this run to the GC counters in stats.json (docs/design.md, "Statistics"); a failure is a problem of the report. */
async function countRun(layout, report, options, now) {
    try {
        await (0,stats/* recordGcRun */.jM)(layout, (0,leases/* hostId */.My)(), report, { now, holder: options.holder });
    }
    catch (e) {
        report.errors.push(`the GC ran but could not be counted in the statistics (stats.json): ${(0,core_errors/* errorMessage */.gJ)(e)}`);
    }
}
/**
 * Trash, staging of dead installers, temp files of killed writers, what removed toolchains left
 * (use stamps, install locks) and old corrupt-registry copies (counted); the legacy code cache (a
 * note).
 */
async function cleanLeftovers(layout, registry, now, report) {
    const { errors } = report;
    let cleaned = await emptyTrash(layout, errors);
    cleaned += await removeStaleStaging(layout, now, errors);
    cleaned += await removeOrphans(layout, registry, now, errors);
    cleaned += await removeOldCorruptCopies(layout, now).catch((e) => {
        errors.push(`could not delete an old copy of a corrupt registry: ${(0,core_errors/* errorMessage */.gJ)(e)}`);
        return 0;
    });
    const named = [layout.namedDir, external_node_path_.join(layout.namedDir, 'docs')];
    for (const dir of [layout.root, layout.locksDir, ...named]) {
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
/**
 * Earlier releases kept the steps' code cache in the shared root (`compile-cache/`), where any
 * runner user could write what every later step ran; it now lives in each user's own cache
 * directory (docs/design.md, "Start-up cost"), and a leftover one in the root goes whole, by the
 * same descriptor walk as the trash (a link there is unlinked, never followed).
 */
async function removeLegacyCodeCache(layout, errors) {
    const root = await dir_handle/* DirHandle */._p.open(layout.root);
    const st = await (0,dir_handle/* withDir */.uM)(root, (d) => d.lstat(compile_cache_dir/* COMPILE_CACHE_DIR */.k));
    if (!st)
        return false;
    return deleteLeftover(layout, layout.root, compile_cache_dir/* COMPILE_CACHE_DIR */.k, 'legacy code cache', errors);
}
/** The names in one of the root's own directories (opened no-follow from the root); none when absent. */
async function gc_namesIn(layout, dir) {
    const handle = await (0,dir_handle/* openDirInsideIfExists */.Z1)(layout.root, dir);
    return handle ? (0,dir_handle/* withDir */.uM)(handle, (d) => d.list()) : [];
}
/**
 * One registry transaction: each planned entry is marked, its uses re-checked and, still unused,
 * moved to the trash and unregistered (removal.ts). Entries found in use meanwhile stay, and are
 * reported as skipped. Returns what moved.
 */
async function commitRemovals(layout, registry, plan, options, now) {
    const moved = [];
    const alive = (0,leases/* livenessChecker */.J3)(now);
    try {
        await registry.update(async (doc, tx) => {
            await checkSafeDirs(layout);
            for (const planned of plan.remove) {
                if (!Object.hasOwn(doc.entries, planned.id))
                    continue; // removed by someone else meanwhile
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
/** Copies what a plan says into the report; with `moved`, only what was really removed. */
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
/** The skipped entries pinned by unreadable use records, in the report (only when any). */
function noteUnreadable(report, usage) {
    const pinned = unreadableUsesOf(report.skippedInUse, usage);
    if (pinned.length)
        report.unreadableUses = pinned;
}
/** The plan for the registry and the use records as they are now (both read without a lock). */
async function planFromSnapshot(layout, registry, options, now) {
    const doc = await registry.read();
    const usage = await (0,core_uses/* usageOfAll */.Gy)(layout, Object.keys(doc.entries), now);
    const plan = planCollection(withLastUse(doc, usage), { ...options, now }, (e) => (0,core_uses/* isInUse */.ly)(usage.get(e.id)));
    return { plan, usage };
}
/** The same decisions on a lock-free snapshot, judging liveness without writing anything. */
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
/**
 * Removes one entry (the CLI's `remove`), two-phase like GC. Throws NOT_FOUND for an unknown id
 * and IN_USE for an entry with a live use unless `force`.
 */
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
/** Deletes whatever is in the trash (a crashed GC's leftovers, trees the installer set aside). */
async function emptyTrash(layout, errors) {
    let cleaned = 0;
    for (const name of await gc_namesIn(layout, layout.trashDir)) {
        if (await deleteLeftover(layout, layout.trashDir, name, 'trash', errors))
            cleaned += 1;
    }
    return cleaned;
}
/** Deletes one leftover inside the root; a failure is reported (the next GC retries), not thrown. */
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
/** Staging older than this belongs to an install or a job that is long gone. */
const STALE_STAGING_MS = DAY_MS;
/**
 * Staging directories (`<id>.<token>`) left by installers that died, or archives kept for a post
 * step that never ran. Only taken while nobody holds that toolchain's install lock.
 */
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
// EXTERNAL MODULE: ./lib/core/regular-file.js
var regular_file = __nccwpck_require__(9558);
;// CONCATENATED MODULE: ./lib/core/doctor/gather.js
// `doctor`'s facts: what it looks at on disk, read only, never following a link planted in the
// root (directories opened no-follow from the root, records read as regular files, bounded). The
// judgement is checks.ts. The deep check (by content) is the CLI's verify, added by the caller.
















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
/** Everything checks.ts judges, short of the deep check. */
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
    // A symlinked root is refused by every job; its target is still looked at, for the rest.
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
        // A root no job has used yet (made by hand), or one of the first layout: nothing more to read.
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
/** The root, its own directories, and the per-toolchain directories of uses/ and locks/. */
async function directoryFacts(layout) {
    const dirs = [
        layout.root,
        layout.locksDir,
        layout.toolchainsDir,
        layout.stagingDir,
        layout.trashDir,
        layout.usesDir,
        layout.receiptsDir,
    ];
    for (const id of await gather_namesIn(layout, layout.usesDir))
        dirs.push(layout.usesOf(id));
    for (const name of await gather_namesIn(layout, layout.locksDir))
        dirs.push(layout.lockPath(name));
    return dirs.map(pathFacts).filter((d) => d.kind !== 'missing');
}
/** The owner of each runner's directory (its user) and whether it is in the root's group. */
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
/** The longest stale time any runner uses (doctor calls a lock stale only past every one). */
function lockStale(host, settings) {
    if (host.lockStaleMs !== undefined)
        return host.lockStaleMs;
    return Math.max(stale/* DEFAULT_LOCK_STALE_MS */.xL, ...settings.map((s) => s.lockStaleMs ?? 0));
}
/** Locks held now (their newest epoch not released), with their holder's silence. */
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
            continue; // a planted link or file: the lock code refuses it, checkRootMembers names it
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
/** The unreadable use records of every toolchain with a uses/ directory, registered or not. */
async function unreadableUses(layout, ids, now) {
    const all = [...new Set([...ids, ...(await gather_namesIn(layout, layout.usesDir))])].sort();
    const usage = await (0,core_uses/* usageOfAll */.Gy)(layout, all, now);
    return unreadableUsesOf(all, usage).map((u) => ({ ...u, files: usage.get(u.id).unreadable }));
}
/**
 * The file-system type of `dir`: from /proc/self/mountinfo on Linux (the mount with the longest
 * mount point above `dir`), else statfs's `type` (NFS's magic 0x6969 named), else unknown.
 */
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
/** A host with tens of thousands of mounts (containers) has a mountinfo of a few MiB. */
const MOUNTINFO_MAX_BYTES = 16 * 1024 * 1024;
/**
 * A /proc file (its size says 0: read to its end), no link followed, at most `maxBytes`; undefined
 * when it cannot be read or is larger.
 */
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
/** statfs magic numbers worth a name (Linux's; other systems report their own numbers). */
const STATFS_TYPES = {
    0x6969: 'nfs',
    0xff534d42: 'cifs',
    0x01021994: 'tmpfs',
};
/** The type of the mount holding `dir` in a mountinfo text (pure: tested on samples). */
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
// The `toolchains` input in the shape nearly everyone writes it — a block list of flat mappings
// with plain or quoted scalars and [flow, lists], and plain string items (`- node@24`, the named
// toolchains) — read without loading a YAML library, which costs
// a warm hit on Node 20 about a quarter of what a minimal action costs in all. Anything else
// (comments after values, block scalars, anchors, tags, nested blocks, numbers other than plain
// integers, booleans, nulls, JSON) is declined: the caller then parses the text with the full YAML
// library. The contract, checked by the tests: whatever this returns is exactly what the YAML
// library returns for the same text.
/**
 * A list of flat mappings and strings, or undefined when the text is not in the subset (parse it
 * fully).
 */
function parseSimpleToolchainList(text) {
    const items = [];
    let current;
    for (const raw of text.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (/^\s*(#.*)?$/.test(line))
            continue; // blank or a whole-line comment
        if (line.includes('\t'))
            return undefined;
        const m = /^(- | {2})([A-Za-z0-9_-]+):(?: (.*))?$/.exec(line);
        if (!m) {
            // A plain string item: `- node@24`. A mapping line after it would belong to nothing.
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
// YAML 1.2 core schema: plain scalars that are nulls, booleans or numbers other than a plain
// decimal integer are declined rather than interpreted.
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
    // Indicators a plain scalar may not start with, and what would end it or make it a mapping.
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(v) || / #|: |:$|[,[\]{}]/.test(v))
        return undefined;
    if (NOT_A_PLAIN_STRING.test(v))
        return undefined;
    return v;
}

// EXTERNAL MODULE: ./lib/vendors/registry.js
var registry = __nccwpck_require__(1748);
;// CONCATENATED MODULE: ./lib/core/spec.js
// The toolchains list and the scalar inputs, parsed and validated before anything touches the disk.






// Names Windows reserves whatever the extension; a toolchain directory must be creatable everywhere.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const KNOWN_KEYS = new Set(['id', 'url', 'sha256', 'bin', 'strip-components']);
/** Why a field is invalid: the message, completed by the caller with the item, field and value. */
class FieldError {
    field;
    message;
    constructor(field, message) {
        this.field = field;
        this.message = message;
    }
}
// A hand-written check of each field rather than a schema library: the main step validates its
// input on every job, and a schema library costs more to load than the whole check does to run.
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
/** One item, its fields checked in the order the README lists them; the first problem is thrown. */
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
/** A vendor's name: what `src/vendors/registry.ts` knows is checked when it resolves. */
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
/** A version request's characters: digits, letters, `.`, ranges (`^~<>=| `), `*`, `+`, `/` (`lts/iron`), `-`. */
const VERSION_PATTERN = /^[0-9A-Za-z^~<>=*][0-9A-Za-z.^~<>=|*+/ -]{0,63}$/;
/**
 * A plain string item: `NAME@VERSION`. Its name must be a vendor's (the registry lists them
 * without loading any vendor module) and its version a version request's shape; what the version
 * means is the vendor module's to say, when it resolves (never on a hit).
 */
function checkNamed(text, index) {
    const label = `toolchains[${index}] (${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)})`;
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
/**
 * Parses the `toolchains` input: a YAML (or JSON) list of items. The usual shape is read directly;
 * anything else loads the YAML library (a separate chunk of the bundle: most jobs never load it).
 */
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
/** Validates a parsed `toolchains` document. */
function checkToolchains(doc) {
    if (!Array.isArray(doc) || doc.length === 0) {
        throw new core_errors/* InputError */.dz('Input "toolchains" must be a non-empty YAML list, e.g.\n- node@24\n- id: cmake-3.30.5\n  url: https://…\n  sha256: <64 hex>', 'toolchains');
    }
    const warnings = [];
    const seen = new Map();
    const toolchains = doc.map((raw, index) => {
        if (typeof raw === 'string') {
            const named = checkNamed(raw, index);
            // The same spec twice; two specs resolving to one id are merged when resolved (src/core/named/).
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
        // Case-folded: on macOS and Windows `Foo` and `foo` would be one directory.
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
/** A field's value for a message: a URL without its credentials (redactUrl). */
const shownValue = (item, field) => field === 'url' && typeof item.url === 'string' ? (0,redact/* redactUrl */.B)(item.url) : item[field];
function describeValue(v) {
    if (v === undefined)
        return '';
    const s = typeof v === 'string'
        ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v)
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
/** `20GB` (10^9), `512MiB` (2^20), `1.5T`, `1048576`; empty → undefined (no bound). */
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
/** Why a GC size bound of 0 is refused (one wording for the input, the variable and the host file). */
const ZERO_SIZE_BOUND = '0 would remove every unused toolchain; unset it for no bound, or give the most the cache may hold';
/**
 * A GC size bound (`max-size`, TOOLCHAIN_CACHE_MAX_SIZE): a size, never 0 (an administrator may
 * read 0 as "no limit"; it would empty the cache of everything unused). Empty → no bound.
 */
function parseSizeBound(value, name) {
    const bytes = parseSize(value, name);
    if (bytes === 0)
        throw new InputError(`Input "${name}" is "${value.trim()}": ${ZERO_SIZE_BOUND}.`, name);
    return bytes;
}
/** A whole number ≥ min; empty → the default. */
function parseWholeNumber(value, name, fallback, min = 0) {
    const v = value.trim();
    if (!v)
        return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
        throw new core_errors/* InputError */.dz(`Input "${name}" must be a whole number ≥ ${min} (got "${value}").`, name);
    }
    return Number(v);
}
/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts. */
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
// The host configuration file: settings of the host's administrator that no job can override
// (docs/design.md, "Host settings"). A step's `env:` and `$GITHUB_ENV` set any environment variable
// for the steps after it, so TOOLCHAIN_CACHE_* variables are the workflow's to set; this file is
// not. Its path is fixed: a variable naming another file would let a workflow drop the host's
// bounds. Used only when it and its directory are owned by root and writable by nobody else.





/** Where the host's administrator puts the file (Windows: under the fixed %ProgramData%). */
const HOST_CONFIG_FILE = process.platform === 'win32'
    ? 'C:\\ProgramData\\toolchain-cache\\config.json'
    : '/etc/toolchain-cache/config.json';
/** The most of the file that is read: a few keys, never megabytes. */
const MAX_HOST_CONFIG_BYTES = 64 * 1024;
const KEYS = [
    'cacheRoot',
    'maxSize',
    'maxUnusedDays',
    'lockStale',
    'indexTtl',
    'mirrors',
    'maxMembers',
    'maxUnpackedSize',
    'stallTimeout',
    'downloadRetries',
];
/**
 * Reads the host configuration file. Missing: an empty config. Not trustworthy (a link, not a
 * regular file, owned by someone other than root, writable by its group or others, or its
 * directory so): ignored, with a warning naming the fix. Trustworthy but unreadable as JSON, too
 * large, or with a bad value: an InputError naming the file and the key, because silently dropping
 * the operator's bounds (the size bound of a shared disk) would be worse than failing the step.
 */
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
/**
 * The host configuration of this process (HOST_CONFIG_FILE, read once): what the steps and the
 * CLI use. Throws the file's InputError, every time it is asked, when the file is bad.
 */
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
/** Why the directory cannot be trusted, 'missing', or undefined when it can. */
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
    // The directory's own parent: whoever can rename entries there could swap the directory. A
    // sticky directory (/tmp) lets nobody rename what they do not own.
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
/** The file's first bytes (bounded), 'missing', or why it cannot be trusted. */
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
/** Validates the file's JSON; unknown keys become warnings, bad values an InputError. */
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
            throw bad(key, `must be a whole number ≥ ${min} (got ${JSON.stringify(doc[key])})`);
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
    if (has('lockStale')) {
        const t = numberText('lockStale');
        try {
            config.lockStaleMs = (0,stale/* parseLockStale */.st)(t, 'lockStale');
        }
        catch (e) {
            throw bad('lockStale', e instanceof Error ? `is wrong: ${e.message}` : 'is wrong');
        }
    }
    if (has('indexTtl'))
        config.indexTtlSeconds = whole('indexTtl');
    if (has('mirrors'))
        config.mirrors = parseMirrors(doc.mirrors, bad);
    // The bounds of TOOLCHAIN_CACHE_MAX_MEMBERS, …_MAX_UNPACKED_SIZE, …_STALL_TIMEOUT, …_DOWNLOAD_RETRIES.
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
/** The lock stale time: the file's `lockStale`, else TOOLCHAIN_CACHE_LOCK_STALE, else the default. */
const hostLockStaleMs = (config = hostConfig().config, env = process.env) => config.lockStaleMs ?? (0,stale/* lockStaleMs */.zU)(env);

;// CONCATENATED MODULE: ./lib/core/runner-env.js
// A self-hosted runner's `.env`: the variables the runner's listener sets for itself and so for
// every job it runs (actions/runner, src/Runner.Listener/Program.cs, LoadAndSetEnv). The host's
// administrator puts TOOLCHAIN_CACHE_ROOT and the host bounds there (README, "Pointing several
// runners at one cache"); the CLI and `doctor` read it to find what the runners' jobs see.
//
// The runner's format, read here exactly as it reads it: File.ReadAllLines (lines split at \r\n,
// \n or \r; a UTF-8 BOM dropped), empty lines skipped, each line split at its first `=`, which
// must not be its first character (a line without one is ignored: that is how `# comments` go
// unread). The key and the value are taken verbatim: no trimming, no quotes removed (`A="x"` is
// the three characters `"x"`), no `export`, no escapes, no `#` comments after a value. A key
// with nothing after `=` unsets the variable; a later line beats an earlier one.







/** A runner's .env is a few lines; a larger one was not written for a runner (and is not read). */
const RUNNER_ENV_MAX_BYTES = 64 * 1024;
/** The variables of a `.env` text, as the runner's listener sets them. */
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
/**
 * Reads `<dir>/.env` as the runner does, safely: opened without following a link, without waiting
 * on a FIFO, only a regular file, at most RUNNER_ENV_MAX_BYTES (regular-file.ts). A missing file
 * is a runner without one (empty); anything else that keeps it from being read is an InputError
 * naming the file and the fix.
 */
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
/** Whether `dir` is a directory (a runner's directory may be reached through links). */
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
/** The prefix of the variables a host's administrator sets for toolchain-cache. */
const HOST_VARIABLE_PREFIX = 'TOOLCHAIN_CACHE_';
/**
 * A source's settings, each value parsed by the one parser the steps use (spec.ts, lock/stale.ts).
 * A bad value is left out and named in `errors` (the variable and where it was set): `doctor`
 * reports it, the commands that act on it throw it (assertSettingsValid).
 */
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
/** Throws the first bad value of `settings` as an InputError naming it and where it was set. */
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
/** Exit codes: 0 success, 1 a failure (or verify found changes), 2 a usage error. */
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
/** A bad command line: printed with the command's usage, exit 2. */
class UsageError extends Error {
}
/** JSON on stdout with --json, else the human text. */
const print = (ctx, data, human) => ctx.io.stdout(ctx.json ? JSON.stringify(data, null, 2) : human());

// EXTERNAL MODULE: ./lib/core/registry/schema.js
var schema = __nccwpck_require__(9032);
;// CONCATENATED MODULE: ./lib/core/registry/store.js
// The registry file: the installed entries of a cache root, one JSON document. Reads are lock-free
// (writes replace the file atomically) and cached per process until the file changes; writes are
// transactions under the registry lock with a compare-and-swap on the generation, so a writer
// whose lock was taken over cannot overwrite someone else's commit. It is written only when an
// entry is added or removed (uses live in their own records), and it heals: a missing or corrupt
// file is rebuilt from the installed trees (see docs/design.md, "The registry").






/**
 * The registry lists every entry: large on a big host, but never this large. Like every file of
 * the root it is read no-follow, non-blocking, a regular file only (regular-file.ts): a FIFO or a
 * link planted at registry.json is an UNSAFE_PATH error, never a hung step.
 */
const REGISTRY_MAX_BYTES = 256 * 1024 * 1024;
/** The file's identity: a commit always renames a new file in, so any commit changes it. */
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
        this.staleMs = options.staleMs ?? core_lock/* DEFAULT_LOCK_STALE_MS */.xL;
    }
    get file() {
        return this.layout.registryFile;
    }
    /**
     * The current entries without the lock; shared and cached until the file changes, so callers
     * must not modify it. A missing or corrupt file is healed first (under the lock).
     */
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
        // Missing with trees installed, or corrupt: heal (or see a fresh commit) under the lock.
        return this.update((doc, tx) => {
            tx.skipWrite();
            return doc;
        });
    }
    /**
     * Runs `fn` on the current document under the registry lock and commits what it changed as
     * generation + 1. `fn` must not do slow work: other jobs wait on this lock.
     */
    async update(fn) {
        const lock = await (0,core_lock/* acquireLock */.IZ)(this.layout.lockPath('registry'), 'registry', {
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
            // Most of a transaction is synchronous: yield to the event loop once, with the lock free, so
            // a caller committing in a loop still runs its timers (other locks' heartbeats) and signals.
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    commit(snap, lock) {
        const generation = (snap.generation ?? 0) + 1;
        // Keys in this order: the generation sits in the first bytes, where the CAS check reads it.
        const text = JSON.stringify({
            schemaVersion: schema/* REGISTRY_SCHEMA_VERSION */.zu,
            generation,
            entries: snap.doc.entries,
        });
        (0,fsx/* atomicWriteFileSync */._b)(this.file, text, () => {
            // One synchronous block with the rename: still our lock, and still the file we read.
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
        // Loaded only here: a readable registry (every hit) needs no scan of the installed trees.
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
        // An unreadable file is replaced whatever the rebuild found; a missing one only when it finds something.
        // No generation: the CAS expects the file to be missing still (the corrupt one was moved aside).
        return { doc, rebuilt: movedAside !== undefined || count > 0, movedAside };
    }
    /** The compare-and-swap: the file must still carry the generation we read (or still be missing). */
    assertGenerationSync(expected) {
        const current = readGenerationSync(this.file);
        if (current === expected)
            return;
        throw new core_errors/* ToolchainCacheError */.mg('LOCK_LOST', `The registry ${this.file} changed under our lock (generation ${expected ?? '(no file)'} → ${current ?? '(no file)'}); nothing was committed.`);
    }
    readTextSync() {
        return (0,regular_file/* readRegularTextIfExistsSync */.cL)(this.file, REGISTRY_MAX_BYTES);
    }
    /** The file's text, or only its identity when that is the one cached. */
    async readText() {
        try {
            // Synchronous: a warm hit reads nothing else through fs.promises (docs/design.md, "Start-up cost").
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
    /** The document, or why it is not one. A newer schema is an error: never overwrite it. */
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
    /**
     * A corrupt file found under the lock is moved aside (kept for inspection, never deleted) so the
     * registry can be rebuilt. Synchronous: only while the lock is ours and the file is the one read.
     */
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
/**
 * The generation of a registry file, cheaply: our writes put it in the first bytes; anything else
 * is parsed in full. undefined when there is no file; NaN when it has none (never equals a number).
 */
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
// The cache root as the CLI finds and opens it, and its registry.








/**
 * The host configuration file's settings (read once), its warnings printed on stderr the first
 * time: the CLI applies the same host settings as the steps (README, "The host configuration file").
 */
function cliHostConfig(ctx) {
    const read = hostConfig();
    if (!warned)
        for (const w of read.warnings)
            ctx.io.stderr(`toolchain-cache: warning: ${w}`);
    warned = true;
    return read.config;
}
let warned = false;
/**
 * Where the runners find it (README, "How the CLI finds the root"): --root, else the host
 * configuration file's cacheRoot, else TOOLCHAIN_CACHE_ROOT, else the runners' `.env` files given
 * by --runner-dir (TOOLCHAIN_CACHE_ROOT, else $RUNNER_TOOL_CACHE/toolchain-cache: they must agree),
 * else RUNNER_TOOL_CACHE. None is a usage error.
 */
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
/** The one root every runner names; runners naming different roots (or none) are a usage error. */
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
/** What the CLI says on stderr about the root it found (nothing when --root named it). */
const rootNote = (found) => found.from === '--root'
    ? undefined
    : `toolchain-cache: cache root ${found.root} (from ${found.from})`;
/** Read-only commands accept a root this user cannot write (they only read); it must exist. */
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
/** Mutating commands: the root must exist (never created by mistake); its subdirectories may not yet. */
async function openForWriting(root) {
    const layout = await (0,core_layout/* openCacheRoot */.BC)(root, { create: false });
    for (const dir of [layout.locksDir, layout.toolchainsDir, layout.trashDir])
        await (0,fsx/* ensureDir */.A0)(dir);
    return layout;
}
/** The registry, telling the operator on stderr when it heals itself. */
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
// `verify`: every registered toolchain checked against its manifest (every file's type, size and
// hash) and its installer's receipt (docs/design.md, "Evidence"); trees nobody registered, and
// registry records naming a directory of their own, reported beside them.





/** Checks every registered toolchain, in id order, and looks for what the registry leaves out. */
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
/** Registry records naming a directory of their own: never used, but a sign of tampering (or of an older release). */
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
/**
 * One entry, walked by descriptors from the root (dir-handle.ts): its directory, manifest and
 * files are opened no-follow, so a link planted anywhere is reported, never followed.
 */
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
        problems.push(`manifest sha256 ${manifest.sha256} ≠ registry ${sha256}`);
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
// `doctor`: what an operator checks by hand when a job fails with a permission error, each problem
// with its fix (docs/design.md, "Doctor"). The facts are gathered (core/doctor/gather.ts, plus
// verify's by-content check with --deep) and judged by pure checks (core/doctor/checks.ts).









const doctor = {
    summary: "Check the host's cache set-up and every toolchain; name each problem and its fix",
    usage: 'toolchain-cache doctor [--deep] [--root DIR] [--runner-dir DIR]… [--json]',
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
/** The host configuration file, or why it cannot be used (main.ts has printed its warnings). */
function hostFacts() {
    try {
        const read = hostConfig();
        return { file: read.file, config: read.config };
    }
    catch (e) {
        return { file: HOST_CONFIG_FILE, config: {}, error: (0,core_errors/* errorMessage */.gJ)(e) };
    }
}
/** --deep: verify's check of every registered toolchain, by content. */
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
// The GC report, defined once (docs/design.md, "Uses and GC"): `gcReportModel` decides what is said
// about a GC — the headline, the labelled rows, the notes and the problems, in order, with the
// figures already formatted — and two renderers only lay that model out: as text for the post
// step's log and the CLI, as HTML for the job summary. Neither adds or drops a fact, so the log
// and the summary cannot say different things; the summary only cuts long lists (GitHub's 1 MiB
// limit) and points at the log for the rest.


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
/** What to do about use records nobody can judge (docs/design.md, "Doctor"). */
function unreadableHint(unreadable) {
    const owners = [...new Set(unreadable.flatMap((u) => u.owners))];
    return ('A use record this user cannot read counts as a live use (never removed on doubt), so it keeps its toolchain for good: ' +
        `run \`toolchain-cache gc\` as root (it reads them and reclaims those of finished jobs), or have ${owners.length ? owners.join(', ') : 'their owners'} ` +
        'make them group-readable (chmod g+r); `toolchain-cache doctor` lists them.');
}
/** The cache's size before and after, and the housekeeping, in a workflow author's words. */
function cacheRow(r) {
    const would = r.dryRun;
    const parts = [`${(0,format/* formatBytes */.z3)(r.totalBytesBefore)} → ${(0,format/* formatBytes */.z3)(r.totalBytesAfter)}`];
    if (r.reclaimedUses)
        parts.push(`${would ? 'would release' : 'released'} ${r.reclaimedUses} use(s) left by jobs that ended without their post step`);
    if (r.trashCleaned)
        parts.push(`${would ? 'would delete' : 'deleted'} ${r.trashCleaned} leftover(s) of interrupted installs and removals`);
    return parts.join('; ');
}
/**
 * The whole model as lines of text. `removedList` lays out the removed entries (the CLI as a
 * table, the log one line each).
 */
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
/** Ids and messages the summary shows of each list before "… and N more". */
const MAX_LISTED_IDS = 100;
const MAX_MESSAGES = 20;
const sentence = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/**
 * The whole model as HTML for the job summary, each list capped (`log` has them in full). A GC
 * that did not run is one paragraph; one that ran is a list under "GC:".
 */
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
        // Nearly every post step: one plain line, not a bold headline.
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
// Human output of the CLI: aligned tables and short values.


/** Columns padded to their widest cell; a header row and a rule under it. */
function formatTable(headers, rows, align = []) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
/** "key: value" lines with the values aligned. */
function formatFields(fields) {
    const width = Math.max(0, ...fields.map(([k]) => k.length));
    return fields.map(([k, v]) => `${`${k}:`.padEnd(width + 1)} ${v}`).join('\n');
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
/** ISO timestamp to the minute, UTC ("2024-05-01 12:34Z"); unreadable values as given. */
const formatTime = (iso) => {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? iso : `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')}Z`;
};

;// CONCATENATED MODULE: ./lib/cli/commands/gc.js
// `gc`: removes unused toolchains by age and by the cache's size (never one in use).









const gc = {
    summary: 'Remove unused toolchains (never one in use)',
    usage: 'toolchain-cache gc [--dry-run] [--max-unused-days N] [--max-size SIZE] [--root DIR] [--runner-dir DIR]… [--json]',
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
        throw new UsageError(`${flag} must be a whole number ≥ 0 (got "${value}")`);
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
/**
 * The host's bounds as the post step applies them, unless the operator gives others: the flag,
 * else the host configuration file, else TOOLCHAIN_CACHE_MAX_SIZE / …_MAX_UNUSED_DAYS in this
 * shell's environment, else in the runners' .env (--runner-dir; they must agree), else the default.
 */
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
// `list`: the installed toolchains with their size, live uses and times.





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
// The lockfile (docs/design.md, "Named toolchains"): a JSON file committed to the repository,
// `{"lockfileVersion": 1, "toolchains": {"node@24": {"linux-x64": {id, version, url, sha256,
// size}}}}`, keys in a stable order. A spec found there is installed with no index request; `url`
// is always the vendor's own (a mirror is applied when installing, never written here).





const LOCKFILE_VERSION = 1;
const DEFAULT_LOCKFILE = 'toolchains.lock.json';
/** Hundreds of specs × eight platforms fit; a lockfile is never megabytes. */
const MAX_LOCKFILE_BYTES = 4 * 1024 * 1024;
const emptyLockfile = () => ({ lockfileVersion: 1, toolchains: {} });
/** The lockfile's path: relative to the workspace (GITHUB_WORKSPACE, else the working directory), or absolute. */
function lockfilePath(input, workspace = process.env.GITHUB_WORKSPACE || process.cwd()) {
    return external_node_path_.resolve(workspace, input.trim());
}
/**
 * Reads and checks a lockfile (no link followed, a regular file, bounded). Missing: undefined when
 * `missingOk` (the `lock` command creates it), else an InputError naming it.
 */
function readLockfile(file, missingOk = false) {
    let text;
    try {
        text = (0,regular_file/* readRegularFileSync */.cG)(file, MAX_LOCKFILE_BYTES).toString('utf8');
    }
    catch (e) {
        if ((0,core_errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT') {
            if (missingOk)
                return undefined;
            throw new core_errors/* InputError */.dz(`The lockfile ${file} does not exist: create it with \`toolchain-cache lock SPEC… --out ${file}\`, or fix the "lockfile" input.`, 'lockfile');
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
/** An entry's fields in the lockfile's order. */
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
/** The lockfile's text: specs and platforms sorted, fields in a fixed order, two-space indent, a final newline. */
function formatLockfile(lock) {
    // fromEntries: a spec is data, never an object's prototype slot (`__proto__`).
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
/** The entry to add, as a line of JSON to paste under `"toolchains"` (for the warning and the summary). */
const lockEntryText = (spec, platform, r) => `${JSON.stringify(spec)}: { ${JSON.stringify(platform)}: ${JSON.stringify(pick(r))} }`;

// EXTERNAL MODULE: ./lib/core/named/settings.js
var settings = __nccwpck_require__(2264);
// EXTERNAL MODULE: ./lib/core/named/vendor-step.js + 2 modules
var vendor_step = __nccwpck_require__(6978);
// EXTERNAL MODULE: ./lib/vendors/platform.js
var platform = __nccwpck_require__(7088);
;// CONCATENATED MODULE: ./lib/cli/commands/lock.js
// `lock SPEC… [--platform P]… [--out FILE] [--check]`: resolves named toolchains for the given
// platforms (default this host's) and writes them to the lockfile, or checks the lockfile against
// the vendors (docs/design.md, "Named toolchains"). Mirrors from the environment (and the host
// file) are honoured; no cache root is needed (with one, its index cache is used).













/** `--check`: a newer version matches a locked spec (an update), or a locked file's sha256 changed (an alarm). */
const EXIT_NEWER = 1;
const EXIT_CHECKSUM_CHANGED = 2;
const lock = {
    summary: 'Resolve named toolchains into a lockfile, or check one',
    usage: 'toolchain-cache lock SPEC… [--platform P]… [--out FILE] [--check] [--root DIR] [--json]',
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
/** The cache root's index cache when a root is given or found and can be opened; else none. */
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
            // The locked file itself, by its exact version: the vendor's sha256 of it must not change.
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
/** The per-repository counters: metric name, help, and the figure of stats.json it shows. */
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
/** A label value in the text format: backslash, double quote and line feed escaped. */
function escapeLabelValue(value) {
    // A lone surrogate (possible in a hand-written stats.json) becomes U+FFFD, as it would on
    // writing, so what is escaped is exactly what the file holds.
    return wellFormed(value).replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}
/** HELP text: backslash and line feed escaped (quotes stay as they are). */
const escapeHelp = (text) => text.replace(/[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\\\'));
// In u-mode a surrogate pair is one code point: only lone surrogates match.
const wellFormed = (s) => s.replace(/[\ud800-\udfff]/gu, '\ufffd');
/** A sample value: Go's ParseFloat reads JavaScript's shortest round-trip form. */
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
/**
 * One line per series. Two label values that differ only in what cannot be written (lone
 * surrogates) would make one series twice, and node_exporter refuses a file with a duplicate:
 * such series are merged (counters added, gauges the largest).
 */
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
/**
 * The exposition: for each family with samples, `# HELP`, `# TYPE` and its series, names
 * `toolchain_cache_*`; a family without samples (free disk unknown, no repository yet) is left out.
 */
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
// `stats`: the cache's figures, then hit/miss counters per repository, then the GC counters.




const stats_stats = {
    summary: 'Cache-wide figures and hit/miss counters per repository',
    usage: 'toolchain-cache stats [--root DIR] [--json]',
    options: {},
    positionals: 0,
    run: runStats,
};
/** What `stats` prints, and `metrics` renders (so both say the same); warnings on stderr. */
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
/** The cache's figures, then one row per repository and their total. */
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
/** The GC counters, then each host's last run. */
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
// `metrics`: the figures and counters of `stats` in the Prometheus text format, on stdout or
// written atomically for node_exporter's textfile collector (README, "The operator CLI").








/** What the textfile collector (another user) must be able to read. */
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
/**
 * Replaces `file` atomically (the collector never reads half a file), refusing whatever is not a
 * regular file there: a symlink would be replaced, not followed, but an operator who put one there
 * meant something else, and should be told.
 */
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
// EXTERNAL MODULE: ./lib/core/named/table.js
var named_table = __nccwpck_require__(6917);
;// CONCATENATED MODULE: ./lib/core/named/resolve.js
// Named items (`node@24`) become ordinary ToolchainSpec items for acquireToolchains (no second
// install path): each from (a) the lockfile, with no network at all; else (b) the per-host
// table of resolutions while fresh; else (c) its vendor module, through the per-host index cache
// (./vendor-step.ts, loaded only then). What the vendor says about using an id (PATH, variables,
// its mirror bases) is kept in the table too, so (a) and (b) load no vendor module and no HTTP
// code. docs/design.md, "Named toolchains".






/** Resolves the named items of `items` (a list without any: returned as is, nothing read). */
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
    const table = options.layout ? (0,named_table/* readTable */.xz)(options.layout) : undefined;
    const update = { resolutions: {}, uses: {} };
    const resolved = new Map();
    for (const item of named)
        resolved.set(item, await resolveOne(item, table, update, now, options));
    if (options.layout && (Object.keys(update.resolutions).length || Object.keys(update.uses).length))
        await (0,named_table/* updateTable */.am)(options.layout, update, options).catch((e) => options.log.debug(`The table of resolutions was not updated: ${String(e)}`));
    return assemble(items, resolved, result, options);
}
async function resolveOne(item, table, update, now, options) {
    const { platform, settings } = options;
    const mirror = settings.mirrorOf(item.name);
    const locked = lockEntry(options.lockfile?.lock, item.spec, platform);
    const key = (0,named_table/* resolutionKey */.o2)(item.spec, platform, mirror);
    let resolution = locked;
    let from = 'lockfile';
    if (!resolution && table) {
        resolution = (0,named_table/* freshResolution */.L7)(table, key, settings.indexTtlSeconds * 1000, now);
        from = 'table';
    }
    const vendorStep = () => Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6978));
    if (!resolution) {
        resolution = await (await vendorStep()).resolveWithVendor(item, options);
        from = 'vendor';
        update.resolutions[key] = { ...resolution, resolvedAt: new Date(now).toISOString() };
    }
    let use = table && (0,named_table/* tableUse */.Ii)(table, resolution.id);
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
/** The ordered list, named items merged by id, the outputs and the lockfile notes. */
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
            continue; // the same archive twice (node@24 and node@24.11): installed and put on PATH once
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
// The toolchains list an operator gives the CLI (`prefetch --file`): the same YAML list the
// `toolchains` input takes (named items `- node@24` included), read from a file, then turned
// into specs by one function, toSpecs, through the same resolver as the main step (src/core/named/).








/** A toolchains list is a few kilobytes; a file much larger is not one (and is not read whole). */
const MAX_LIST_BYTES = 1024 * 1024;
/**
 * Reads and parses the list in `file`: the operator's own file (a link to it is fine), which must
 * be a regular file of at most MAX_LIST_BYTES (a FIFO is never waited on).
 */
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
/** The list's items in order, checked as the `toolchains` input's are. */
async function parseToolchainList(text) {
    const { toolchains, warnings } = await parseToolchains(text);
    return { items: toolchains, warnings };
}
/**
 * The specs to install, in the list's order: explicit items as they are, named ones resolved as
 * the main step resolves them (the lockfile, the host's table, else the vendor), for this host.
 */
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
// `prefetch`: installs every toolchain of a list (the `toolchains` input's YAML) as a job would,
// through the same locks, pipeline and use records (src/core/installer.ts), to bake a machine image
// or warm a host before it takes jobs (README, "Operating a fleet"). Safe while jobs run: a
// toolchain a job is installing is waited for, not downloaded again. Each toolchain counts as
// used now; the command's use records are released before it exits, on a failure or a signal too.











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
/** After a signal, how long releasing the uses may take before the command exits anyway. */
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
        throw new UsageError(`--wait-timeout must be a whole number of seconds ≥ 1 (got "${value}")`);
    return Number(value.trim());
}
/**
 * Every spec installed (or found) in parallel, each reported as it settles; a failure does not
 * stop the others. The uses recorded for them are released at the end whatever happened: the
 * release stamps each toolchain's last use, which is what keeps it from GC (docs/design.md,
 * "Uses and GC").
 */
async function installAll(ctx, layout, specs, options) {
    const owner = {
        key: (0,external_node_crypto_.randomUUID)(),
        job: prefetchJob(),
        // This very process: were it killed outright, its uses are dead at once (GC reclaims them).
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
/**
 * A failed toolchain; its error without the id it already starts with. After a signal, whatever
 * surfaced (an aborted download) is fallout: the cancellation is said first.
 */
function failed(id, e, signal) {
    const message = (0,core_errors/* errorMessage */.gJ)(e);
    let error = message.startsWith(`${id}: `) ? message.slice(id.length + 2) : message;
    if (signal.aborted && e !== signal.reason)
        error = `${(0,core_errors/* errorMessage */.gJ)(signal.reason)} ${error}`;
    return { id, ok: false, error };
}
/** The installer's options: the host file's limits, as the steps apply them. */
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
/** Who the use records and lock files name: this command on this host. */
const prefetchJob = () => ({
    repository: 'toolchain-cache prefetch',
    runId: String(process.pid),
    runAttempt: '1',
    job: external_node_os_namespaceObject.hostname(),
    action: 'prefetch',
});
/** The installer's messages (downloading, waiting for a job, …) as progress on stderr. */
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
/**
 * SIGINT/SIGTERM (an operator's Ctrl-C, a provisioning timeout) abort the downloads and
 * extractions, so the install locks and staging are cleaned up and the uses released, as the main
 * step does on a cancelled job (src/action/main-step.ts).
 */
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
// `remove <id>`: removes one toolchain (refused while jobs use it, unless --force).




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
// `repair`: reconciles the registry with the installed toolchains (the work is ../repair.ts).



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
// `verify`: every toolchain checked against its manifest and receipt (the checks are ../verify.ts).




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
                .map((e) => `${e.id} (${e.problems.slice(0, 3).join('; ')}${e.problems.length > 3 ? '; …' : ''})`)
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
// The operator CLI: `toolchain-cache <command> [options]`, sharing the core with the action.
// main() parses, runs and prints; it returns the exit code and never calls process.exit, so tests
// run it in-process. The commands themselves live in commands/, one file each.





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
                      bounds (TOOLCHAIN_CACHE_ROOT, TOOLCHAIN_CACHE_MAX_SIZE, …) as its jobs see them
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
/** Global options that take a value (as a separate argument, the value is no command). */
const VALUE_OPTIONS = new Set(['--root', '--runner-dir']);
/** The command is the first argument that is not an option (nor the value of --root). */
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
/** Runs the CLI; returns the exit code. */
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
            // A command that can do without a root (lock) runs without one when none is found.
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
/** The root when one is given or found; '' when none is (a command that needs none). */
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
/** No command to run: general help, a command's help, or a usage error. */
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
/** The command's options and the global ones; anything else is a usage error. */
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
// The steps' code cache (docs/design.md, "Start-up cost"). It lives in each runner user's own
// cache directory (src/action/code-cache-home.ts); earlier releases kept it in the cache root,
// under COMPILE_CACHE_DIR, which GC now removes whole. Imports nothing: the loaders import it
// before any step code.
/** `<cache-root>/compile-cache`: where earlier releases kept the code cache (removed by GC). */
const COMPILE_CACHE_DIR = 'compile-cache';
/** Code-cache files not rewritten for this long are pruned by the loaders (a step still using one writes it again). */
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
// Directory operations relative to an OPEN directory (docs/design.md, "Walks stay in the root"):
// what openat/unlinkat/fchmod give C, for Node, which has none of them. A directory is opened
// with O_DIRECTORY|O_NOFOLLOW and then acted on through its descriptor, so a name above it that
// another user renames or swaps for a symlink cannot redirect anything done below it.
//
// - Linux: a child is named `/proc/self/fd/<fd>/<name>`. The kernel resolves the magic link to the
//   open directory itself (not to a path), so every call on that name is an *at() call on the
//   descriptor; O_NOFOLLOW (open) and lstat/unlink/rmdir never follow `<name>` itself.
// - Elsewhere (macOS, BSD, a Linux without /proc): the directory's own path, then the object
//   opened is checked against what was listed (dev/ino) and the directory against its path (still
//   the same dev/ino). Between that check and the call there is a window of a few system calls.
// - Windows: directories cannot be opened; only the checks by path remain (symlinks there need a
//   privilege the runners' group does not have by default).





const isWindows = process.platform === 'win32';
const O_DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0;
const O_NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const OPEN_DIR = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | O_DIRECTORY | O_NOFOLLOW;
/** Whether `/proc/self/fd/<fd>` names the open directory (probed once per process). */
let procWorks;
/** Synchronous: one stat, once per process. */
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
/**
 * How a child `name` of the directory `dir` (open as `fd`) is reached: through the descriptor on
 * Linux (`viaProc`), by path elsewhere. Only a plain name of a directory entry.
 */
function childOf(dir, fd, viaProc, name) {
    const separator = name.includes('/') || (isWindows && name.includes('\\'));
    if (name === '' || name === '.' || name === '..' || separator)
        throw unsafe(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name), 'is not a plain name of a directory entry');
    return viaProc ? `/proc/self/fd/${fd}/${name}` : node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
}
/** Elsewhere than Linux: the directory's path must still lead to the directory opened. */
function checkUnmovedSync(dir, opened) {
    const now = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
    if (!now || !now.isDirectory() || !sameObject(now, opened))
        throw unsafe(dir, 'was moved or replaced while it was walked');
}
/** True for the errors of an open that met a symlink (or a non-directory) where a directory was asked for. */
const isNotDirectoryError = (e) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOTDIR' || e.code === 'ELOOP');
const sameObject = (a, b) => a.dev === b.dev && a.ino === b.ino;
function unsafe(p, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('UNSAFE_PATH', `${p} ${what}; toolchain-cache never follows a link or acts on a name swapped under it. ` +
        'Check who can write the cache root.');
}
/** How the object at a name looks: for messages. */
const kindOf = (st) => st.isSymbolicLink()
    ? 'is a symlink'
    : st.isDirectory()
        ? 'is a directory'
        : st.isFile()
            ? 'is a regular file'
            : 'is not a regular file or directory';
/** An open directory; every operation on a child is relative to it. Close it (or use `withDir`). */
class DirHandle {
    path;
    handle;
    stat;
    viaProc;
    constructor(
    /** The path it was opened by: for messages and the fallback. */
    path, 
    /** Undefined on Windows (directories cannot be opened there). */
    handle, 
    /** fstat of the descriptor (lstat of the path on Windows). */
    stat, viaProc) {
        this.path = path;
        this.handle = handle;
        this.stat = stat;
        this.viaProc = viaProc;
    }
    /**
     * Opens `dir`, never following its last component (a symlink there is an UNSAFE_PATH error; an
     * absent one ENOENT). The components above it are the caller's to trust: see `openDirInside`.
     */
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
            // O_DIRECTORY is 0 where the platform lacks it: check the type on the descriptor.
            if (!st.isDirectory())
                throw unsafe(dir, 'is not a directory');
            return new DirHandle(dir, handle, st, probeProc(handle.fd, st));
        }
        catch (e) {
            await handle.close();
            throw e;
        }
    }
    /** The name by which a child is reached: relative to the descriptor on Linux, a path elsewhere. */
    at(name) {
        return childOf(this.path, this.handle?.fd, this.viaProc, name);
    }
    /** Where a child is, for messages. */
    pathOf(name) {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.path, name);
    }
    /** Fallback only: the directory's path must still lead to this very directory. */
    async checkUnmoved() {
        if (this.viaProc)
            return;
        const now = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(this.path).catch(() => undefined);
        if (!now || !now.isDirectory() || !sameObject(now, this.stat))
            throw unsafe(this.path, 'was moved or replaced while it was walked');
    }
    /** Sync twin of checkUnmoved, for the callers that act in one synchronous block. */
    checkUnmovedSync() {
        if (!this.viaProc)
            checkUnmovedSync(this.path, this.stat);
    }
    /** The child's name to pass to a synchronous call (renameSync) made right away; see `at`. */
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
    /** lstat of a child; undefined when there is none. */
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
    /** The target of a child symlink (the link is read, never followed). */
    async readlink(name) {
        const target = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readlink(this.at(name));
        await this.checkUnmoved();
        return target;
    }
    /** Opens a child directory, never following a link there (UNSAFE_PATH) ; ENOENT when absent. */
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
    /**
     * Unlinks a child that is not a directory (a file, a link: the link itself). With `expected`
     * (what was lstat-ed), elsewhere than Linux the name must still be that object.
     */
    async unlink(name, expected) {
        if (!this.viaProc) {
            const now = await this.lstat(name);
            if (now && expected && !sameObject(now, expected))
                throw unsafe(this.pathOf(name), 'was replaced while it was removed');
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.unlink(this.at(name));
    }
    /** Removes an empty child directory. */
    async rmdir(name) {
        await this.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rmdir(this.at(name));
    }
    /** chmod on the descriptor (fchmod): whatever happened to the path, this directory gets it. */
    async chmod(mode) {
        if (this.handle)
            return this.handle.chmod(mode);
        await this.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(this.path, mode);
    }
    /**
     * Opens a child for reading: never through a link, never blocking (a FIFO), and only a regular
     * file (else UNSAFE_PATH); ENOENT when absent. The caller closes the handle.
     */
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
    /**
     * A child regular file's bytes, at most its size when opened and never more than `maxBytes`
     * (a larger file is an error: nobody reads an unbounded file of the root).
     */
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
    /**
     * Replaces a child with a new regular file holding `data`, its `mode` set on the descriptor
     * (whatever the umask): written to a temp name created exclusively (O_EXCL|O_NOFOLLOW), then
     * renamed over `name`. Nothing already at `name` is ever opened, truncated or chmod-ed: a hard
     * link another user put there to a file they cannot write (/etc/sudoers, on a host without
     * fs.protected_hardlinks) is replaced, not written through (docs/design.md, "Walks stay in the root").
     */
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
    /** Renames a child into `to` (another open directory of the same filesystem, or this one). */
    async rename(name, to, toName) {
        await this.checkUnmoved();
        await to.checkUnmoved();
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(this.at(name), to.at(toName));
    }
    async close() {
        await this.handle?.close();
    }
}
/**
 * DirHandle's synchronous little sibling, for the warm path's few calls in one directory (a use
 * record's write and release in `uses/<id>`): the same no-follow open and the same names bound to
 * the descriptor, without a thread-pool round trip per call. Close it (or use `withDirSync`).
 */
class SyncDirHandle {
    path;
    fd;
    stat;
    viaProc;
    constructor(path, 
    /** Undefined on Windows (directories cannot be opened there). */
    fd, stat, viaProc) {
        this.path = path;
        this.fd = fd;
        this.stat = stat;
        this.viaProc = viaProc;
    }
    /** Opens `dir` never following its last component (UNSAFE_PATH); ENOENT when absent. */
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
    /** The child's name for a synchronous call made right away (see DirHandle.nameForSyncCall). */
    nameOf(name) {
        if (!this.viaProc)
            checkUnmovedSync(this.path, this.stat);
        return childOf(this.path, this.fd, this.viaProc, name);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}
/** Runs `fn` with `dir` open, closing it after. */
async function withDir(dir, fn) {
    try {
        return await fn(dir);
    }
    finally {
        await dir.close();
    }
}
/**
 * Opens `target`, a directory at or below `root` (a real path, opened no-follow), one component
 * at a time, each opened no-follow relative to the one above: a link anywhere on the way is an
 * UNSAFE_PATH error, never followed, so nothing this returns lies outside the root.
 */
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
/** `openDirInside`, or undefined when the directory (or one above it) does not exist. */
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
// A full disk (ENOSPC) or an exhausted quota (EDQUOT), wherever it strikes — a download, an
// extraction, a use record, a state file — is one error that names the cache root's file system,
// its free space, the host's size bound and where that came from, and what to do
// (docs/design.md, "Errors name their fix"). Loaded on the warm path: only `isDiskFull` is cheap;
// the message is built on the failure path.




const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);
/** The errno error (ENOSPC or EDQUOT) behind `e`, following `cause`; undefined when there is none. */
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
/**
 * The directory `dir`'s file system is mounted at: the highest ancestor on the same device (cheap:
 * one lstat per level). `dir` itself where that cannot be told.
 */
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
/**
 * The error for a full disk under the cache root `root`. `what` says what could not be done
 * ("id: installing", "recording this job's use of id"); `consequence` an extra sentence; `bound`
 * the size bound in force (`{}`: none is set; undefined: not known here, not mentioned).
 */
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
// Typed errors. Each carries what a user needs to fix the problem; `code` is stable for tests and logs.

class ToolchainCacheError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** A bad input: names the item (index or id) and the field. */
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
/** An archive member that would escape the staging directory or is otherwise not allowed. */
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
/** The lock was taken over (we stalled past its stale time): the critical section must not commit. */
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
/**
 * Said of a bad TOOLCHAIN_CACHE_* value: where it comes from, and whose it is to fix (the runner's
 * administrator's, not the workflow author's).
 */
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
// Fault-injection points for the crash tests: with TOOLCHAIN_CACHE_FAULT=<phase> set, an installer
// reaching that phase writes `<TOOLCHAIN_CACHE_FAULT_DIR>/<phase>.<pid>` and then hangs, so a test can
// kill -9 it at exactly that point, or change the world (fill the disk) and let it go on by creating
// `<phase>.<pid>.resume` next to the marker. Unset (always, outside tests) this is a no-op.
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
        setInterval(() => undefined, 60_000); // keeps the event loop alive
        return;
    }
    throw new Error(`fault post-${phase}: an unexpected error in the post step`);
}


/***/ }),

/***/ 5888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ formatFree),
/* harmony export */   Up: () => (/* binding */ formatBytesExact),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export describeSource */
/** 1536 → "1.5 KiB". */
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i++;
    }
    return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
/** 200000000000 → "186.3 GiB (200000000000 bytes)": readable, with the exact figure beside. */
const formatBytesExact = (n) => n < 1024 ? `${n} bytes` : `${formatBytes(n)} (${n} bytes)`;
/** 0.75 → "75.0%"; no rate yet (no toolchain counted) → "–". */
const formatPercent = (rate) => rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;
/** Free disk space; null where the platform cannot tell (no statfs). */
const formatFree = (bytes) => bytes === null ? 'unknown (statfs unavailable)' : formatBytes(bytes);
/**
 * Where a toolchain came from, as the log and the summary say it: `remote (TIER)`, and after
 * waiting for a fleet lease's holder `remote (TIER, downloaded by host H)` (docs/design.md,
 * "Fleet lease").
 */
function describeSource(r) {
    if (!r.tier)
        return r.source;
    return `${r.source} (${r.tier}${r.leaseHolder ? `, downloaded by host ${r.leaseHolder}` : ''})`;
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
// File-system primitives shared by the registry, the installer and GC.







/** Directories: group-writable with setgid so runners of one group share them, whatever the umask. */
const SHARED_DIR_MODE = 0o2775;
/** State files (registry, stats, owners): group-writable, never world-writable. */
const SHARED_FILE_MODE = 0o664;
const isWindows = process.platform === 'win32';
const randomToken = () => (0,_random_js__WEBPACK_IMPORTED_MODULE_5__/* .randomHex */ .nw)(8);
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const DIRECTORY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0;
/**
 * mkdir -p, then force the shared mode on every directory it created (mkdir's mode is masked by
 * the umask). Set on a descriptor opened without following a link: a name swapped for a link
 * after the mkdir is refused, never chmod-ed through (docs/design.md, "Runner users in one group").
 */
async function ensureDir(dir) {
    // mkdirSync: a directory that is there (every hit's case) costs one call and no fs.promises.
    const created = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true, mode: SHARED_DIR_MODE });
    if (created === undefined || isWindows)
        return;
    for (let d = dir; d.length >= created.length; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        await chmodDirNoFollow(d, SHARED_DIR_MODE).catch(() => undefined);
        if (d === created)
            break;
    }
}
/** Sets a directory's mode through a descriptor (O_DIRECTORY|O_NOFOLLOW): never through a link. */
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
/** chmodDirNoFollow without yielding (the lock's epoch directories). */
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
/**
 * Creates `file` exclusively (never through a link, never over anything) with `data`, its mode set
 * on the descriptor: the umask of whoever creates it first must not decide who can read it.
 * Throws EEXIST when something is already there.
 */
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
/**
 * Durable, atomic replace: temp file in the same directory (created exclusively: never through a
 * link), `mode`, fsync, rename over, fsync the directory. `beforeRename` may veto (throw).
 */
async function atomicWriteFile(file, data, beforeRename, mode = SHARED_FILE_MODE) {
    const tmp = `${file}.tmp-${process.pid}-${randomToken()}`;
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(tmp, 'wx', mode);
    try {
        try {
            // On the descriptor, not by name: the umask masked open's mode.
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
        // Whatever failed (the write itself on a full disk, the veto, the rename), leave no temp file.
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(tmp, { force: true }).catch(() => undefined);
        throw e;
    }
    await fsyncDir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file));
}
/**
 * atomicWriteFile without yielding to the event loop, for short critical sections (the registry
 * commit). `checkSync` may veto the rename (throw); it runs right before the rename with nothing
 * of this process in between, so a check of "still ours, still unchanged" holds at the rename.
 */
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
/**
 * Atomic but not durable (no fsync), and synchronous: for small advisory files such as a lock's
 * owner record or the statistics, where a few system calls beat thread-pool round trips and
 * losing the last write to a power cut costs nothing. `check` runs right before the rename.
 */
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
/** renameSync over `file`, with `check` right before; Windows gets a few retries (see below). */
function renameOverSync(tmp, file, check) {
    for (let attempt = 1;; attempt++) {
        check?.();
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
            return;
        }
        catch (e) {
            // Windows: a scanner, an indexer or a reader holding the target open refuses the replace for a moment.
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
        return; // directories cannot be opened for fsync there; NTFS journals the rename
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
/** The small state files of the root (stats.json, gc-state.json, layout.json, lock owners): a few KB. */
const STATE_FILE_MAX_BYTES = 1024 * 1024;
/**
 * The text of `file`, a file of the root, or undefined when there is none. Read as every file of
 * the root is (regular-file.ts): no link followed, no blocking on a FIFO, a regular file of at
 * most `maxBytes`, else an UNSAFE_PATH error naming it.
 */
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
/**
 * True when `child` is `parent` or lies below it (both absolute, already resolved). A child named
 * `..foo` is inside; only a first segment of exactly `..` leaves. `paths` is injectable so Windows
 * semantics (drive letters, case-insensitive names) can be checked anywhere.
 */
function isInside(parent, child, paths = node_path__WEBPACK_IMPORTED_MODULE_1__) {
    const rel = paths.relative(parent, child);
    if (rel === '')
        return true;
    const escapes = rel === '..' || rel.startsWith(`..${paths.sep}`) || rel.startsWith('../');
    return !escapes && !paths.isAbsolute(rel);
}
/** Virus scanners and indexers open new files for a moment; Windows then refuses to move or delete them. */
const WINDOWS_RETRY_MS = 10_000;
const RENAME_TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const REMOVE_TRANSIENT = new Set([...RENAME_TRANSIENT, 'ENOTEMPTY']);
/**
 * Runs `op`, retrying with backoff for ~10 s while Windows refuses it with one of `codes`. Elsewhere
 * one attempt: EACCES or EPERM on Linux and macOS means a real permission problem, not a scanner.
 */
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
/**
 * fs.rename that survives Windows scanners (see retryTransient). A directory renamed onto an existing
 * directory also fails with EPERM on Windows: that is not retried, so callers see it at once.
 */
async function renameRetrying(from, to, options = {}) {
    const notOntoDirectory = async () => !(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(to).then((st) => st.isDirectory(), () => false));
    await retryTransient(async () => {
        (0,_faults_js__WEBPACK_IMPORTED_MODULE_6__/* .faultErrno */ .XR)('rename-eperm', 'rename', from);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(from, to);
    }, RENAME_TRANSIENT, `renaming ${from} to ${to}`, options, notOntoDirectory);
}
/**
 * Runs a rename of one's own (e.g. a check and a renameSync in one synchronous block) with the
 * same Windows retries as renameRetrying; every attempt runs the whole block again.
 */
function renameBlockRetrying(block, what) {
    return retryTransient(async () => block(), RENAME_TRANSIENT, what, {});
}
/**
 * Removes a tree that must lie inside `root` (a real path), walking it by descriptors (dir-handle.ts,
 * docs/design.md "Walks stay in the root"): every directory on the way and inside is opened
 * no-follow relative to its parent, a link is unlinked as a link, and nothing is deleted or
 * chmod-ed by a path another user could swap. A link on the way to `target` is refused.
 */
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
/** Removes the entry `name` of `parent` and, a real directory, everything below it. */
async function removeChild(parent, name) {
    const st = await parent.lstat(name);
    if (!st)
        return;
    if (!st.isDirectory())
        return removeNonDirectory(parent, name, st);
    // The window a path-based walk leaves between its type check and its chmod (a test swaps the
    // directory for a link here): the open below never follows a link, whatever is there now.
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
        await unlinkIfThere(parent, name, now); // swapped for a link (or a file) meanwhile: that goes
        return;
    }
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_3__/* .withDir */ .uM)(dir, async () => {
        await makeWritable(dir);
        // Files a few at a time (thousands go in a fraction of a second), subdirectories one after
        // the other: a walk holds one descriptor per level, whatever the tree.
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
/** A file, a link (the link itself), a FIFO…: unlinked; Windows' read-only attribute cleared first. */
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
/**
 * Installed toolchains are read-only: a directory needs its write and search bits back before its
 * entries can go (where we own it; the group's write bit serves the others). Set on the open
 * descriptor (fchmod), never by path; a set-uid bit is dropped, the set-gid bit of our
 * directories (2775) kept. Files are never chmod-ed (unlinking needs only the directory's write
 * bit), except for Windows' read-only attribute, which stops their deletion.
 */
async function makeWritable(dir) {
    const mode = dir.stat.mode & 0o7777;
    const wanted = (mode & 0o2777) | 0o700;
    if (wanted !== mode)
        await dir.chmod(wanted).catch(() => undefined);
}
/**
 * Sums the sizes of regular files below `dir` (opened no-follow), walking by descriptors: a link
 * is never followed, nothing is opened but directories (a FIFO cannot block it).
 */
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
/** Where a corrupt file is moved aside: kept for inspection beside it (a GC deletes a registry's copy after 30 days: gc-leftovers.ts). */
function corruptAsideName(file, now = new Date()) {
    return `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}


/***/ }),

/***/ 2885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ ID_PATTERN)
/* harmony export */ });
// What a toolchain id may be: one definition for spec validation, GC, the CLI and the layout.
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
// Downloads one file over HTTP(S), hashing it on the way to disk. Node built-ins only (no
// @actions/*) so the action and the CLI share it. Handles redirects, proxies from the
// environment, retries with backoff, and transfers that stall without closing.














const MAX_REDIRECTS = 10;
const MAX_DELAY_MS = 30_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Transient network failures worth another attempt. Anything else (TLS verification, a full
// disk, a bad proxy setting) fails the same way every time.
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
    'ENOTFOUND', // flaky runner DNS answers NXDOMAIN now and then; a typo costs a few seconds
    'ERR_STREAM_PREMATURE_CLOSE',
]);
/** One attempt's failure; carries the server's Retry-After for the backoff. */
class AttemptError extends errors/* DownloadError */.nV {
    retryAfterMs;
    constructor(message, status, retryable = false, retryAfterMs, options) {
        super(message, status, retryable, options);
        this.retryAfterMs = retryAfterMs;
    }
}
/**
 * Streams `url` to `dest` (created anew, exclusively, for each attempt) and checks its sha256. Retries transient
 * failures; throws ChecksumError on a digest mismatch (never retried), DownloadError otherwise,
 * or an error named AbortError when `signal` fires. `dest` is removed on failure.
 */
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
                // A full disk is the cache root's, not the origin's: the installer names the disk and the fix.
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
/**
 * Delay before the retry that follows `attempt` (1-based): the server's Retry-After if any
 * (capped), else exponential with jitter.
 */
function retryDelay(attempt, baseMs, retryAfterMs) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, MAX_DELAY_MS);
    const ceiling = Math.min(MAX_DELAY_MS, baseMs * 2 ** (attempt - 1));
    // Jitter spreads the retries of many runners hit by the same outage.
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
/**
 * Where a redirect leads: Location resolved against the current URL. Refuses https→http
 * and non-http schemes (thrown as a non-retryable DownloadError).
 */
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
/** False when `target` must be fetched directly: loopback, or matched by no_proxy / NO_PROXY. */
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
        // "host:port" or "[v6]:port"; a bare IPv6 address has several colons, so it does not match.
        const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(raw);
        if (m && Number(m[2]) !== port)
            continue;
        // ".example.com" and "*.example.com" mean the same as "example.com": it and its subdomains.
        const entry = bare(m ? m[1] : raw).replace(/^\*?\./, '');
        if (entry && (host === entry || host.endsWith(`.${entry}`)))
            return false;
    }
    return true;
}
/**
 * The proxy for `target` from https_proxy / http_proxy (lower case first), or undefined for a
 * direct connection. Throws on a proxy that is not http:// or https://.
 */
function proxyFor(target, env = process.env) {
    const url = new URL(target);
    const raw = url.protocol === 'https:'
        ? env.https_proxy || env.HTTPS_PROXY
        : env.http_proxy || env.HTTP_PROXY;
    if (!raw || !shouldProxy(url, env))
        return undefined;
    let proxy;
    try {
        proxy = new URL(raw.includes('://') ? raw : `http://${raw}`); // curl accepts "host:port"
    }
    catch {
        // reported below
    }
    if (!proxy || !isHttp(proxy)) {
        // Not silently bypassed: a runner behind a proxy would then hang on direct connections.
        throw new errors/* DownloadError */.nV(`unsupported proxy setting ${JSON.stringify(raw.replace(/\/\/[^@/]*@/, '//***@'))} (only http:// and https:// proxies)`);
    }
    return proxy;
}
async function attemptOnce(start, dest, opts, aborted) {
    // One controller per attempt: the caller's signal and the stall watchdog both abort through it.
    const ac = new AbortController();
    (0,external_node_events_.setMaxListeners)(4 * MAX_REDIRECTS, ac.signal); // each hop's request listens to it
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
                // Like curl and fetch: credentials meant for one origin are not sent to another
                // (GitHub's asset host even rejects a request carrying both a token and a signed URL).
                if (next.origin !== url.origin) {
                    headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'authorization' && k !== 'cookie'));
                }
                url = next;
                continue;
            }
            if (status < 200 || status > 299) {
                // After a redirect, say where from, without the (signed) query string.
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
        res?.destroy(); // with agent: false this closes the socket on every path
        opts.signal?.removeEventListener('abort', onAbort);
    }
}
/**
 * One request (a GET, or a POST of `body`): direct, via an http proxy, or via a CONNECT tunnel.
 * Resolves on the response head. Also the actions-cache tier's client (src/providers/).
 */
function httpRequest(url, headers, signal, body) {
    const method = body === undefined ? 'GET' : 'POST';
    const proxy = proxyFor(url);
    if (!proxy) {
        // agent: false gives each request its own socket, closed with the response, so nothing lingers.
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
/** Sends `req` (with `body`) and resolves on its response head. */
function send(req, body) {
    return new Promise((resolve, reject) => {
        req.on('error', reject).on('response', resolve).end(body);
    });
}
/** Plain http through a proxy: it gets the absolute URL; userinfo goes in Authorization instead. */
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
/** https through a proxy: a CONNECT tunnel, then TLS to the origin inside it. */
function httpsThroughTunnel(url, headers, via, signal, body) {
    return new Promise((resolve, reject) => {
        const authority = `${url.hostname}:${portOf(url)}`; // hostname keeps IPv6 brackets
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
            // The tunnel is ours until the TLS socket takes it over: close it on abort too.
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
/** Streams the body to `dest` while hashing it, then checks the length and fsyncs. */
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
    // Exclusive and no-follow: a link planted at `dest` is removed as a name, never written through.
    const file = await (0,staged_file/* createExclusive */.H0)(dest);
    let written = { dev: -1, ino: -1 };
    try {
        // Hash and write in one sink: the file is never read back. Our own Writable rather than
        // an fs stream, whose autoClose/emitClose interplay makes pipeline() wait forever.
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
            // Node reports a body cut short of content-length as a reset ("aborted").
            if (total !== undefined && bytes < total && isNetworkError(e))
                throw truncated(e);
            throw e;
        }
        watchdog.stop();
        if (total !== undefined && bytes !== total)
            throw truncated();
        opts.tee?.end();
        await file.sync(); // the caller renames this into the cache next; it must be on disk
        const st = await file.stat();
        written = { dev: st.dev, ino: st.ino };
    }
    finally {
        await file.close();
    }
    report();
    return { sha256: hash.digest('hex'), bytes, written };
}
/** Writes `chunk` to the tee, resolving once it takes more (never rejects: see DownloadOptions.tee). */
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
    // The digest is of the file as published; a compressed transfer would hash something else.
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
// Sealing an extracted tree before it is published: the modes every runner user of the group
// needs, whatever the umask, and no symlink that leads outside the toolchain root; and sealing
// the records that vouch for it (manifest.json, tree-stat, the receipt) read-only.




/** Directories of installed trees: the runners' group may delete them (GC by any runner user). */
const TREE_DIR_MODE = 0o2775;
/** A file's sealed mode: read-only for everyone, executable for everyone where the owner may execute it. */
const sealedFileMode = (mode) => (mode & 0o100 ? 0o555 : 0o444);
/** manifest.json, tree-stat and the receipt: read-only for everyone, once written. */
const SEALED_RECORD_MODE = 0o444;
/**
 * Makes the record `file` read-only (SEALED_RECORD_MODE, set on its descriptor: no path another
 * user can swap in between is chmod-ed) and returns its bytes, read through the same descriptor:
 * what the receipt's digest is taken of is exactly the sealed file. A link, a FIFO or anything but
 * a regular file of at most `maxBytes` is refused (regular-file.ts), and so is one with a second
 * name or another owner (the receipt is sealed by its name in `receipts/`, which the group can
 * write: a hard link put there meanwhile is not chmod-ed). On Windows the mode sets the read-only
 * attribute.
 */
function sealRecordSync(file, maxBytes) {
    return sealRecordIdentitySync(file, maxBytes).bytes;
}
/** sealRecordSync, with the sealed file's identity (fileIdentity) taken after the chmod. */
function sealRecordIdentitySync(file, maxBytes) {
    return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .withRegularFileSync */ .QI)(file, maxBytes, (fd, size) => {
        (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .assertOwnSingleName */ .eh)(file, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, SEALED_RECORD_MODE);
        return { bytes: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readUpToSync */ .Eg)(fd, size), identity: (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .fileIdentity */ .l6)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd)) };
    });
}
/**
 * Jobs share these trees. Files become read-only (on Windows: the read-only attribute), so a
 * build cannot change them by accident (`pip install` into a cached Python); directories become
 * group-writable with setgid and never world-writable, set explicitly rather than through the
 * umask, so a GC run by any runner user of the group can delete a tree completely. See
 * docs/design.md, "Runner users in one group". Staging is writable by the group: each mode is
 * set on a descriptor opened no-follow that is still what was listed (sealListed).
 */
async function sealTree(root, files) {
    const isWindows = process.platform === 'win32';
    const listed = [];
    const names = new Map(); // dev:ino of a file → its names in the tree
    for (const f of [{ path: '', type: 'directory' }, ...files]) {
        if (f.type !== 'file' && f.type !== 'directory')
            continue;
        if (isWindows && f.type === 'directory')
            continue; // no modes; the attribute is for files
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
/**
 * fchmod of `p` to `wanted` on a descriptor opened without following a link (a symlink swapped
 * in meanwhile is ELOOP, never followed), when it is still the object listed, ours (the extractor
 * never chowns), and a file has exactly the names it has in the tree: a hard link a group member
 * put there to a file with a name elsewhere has more. Our own file unreadable to us (an archive's
 * mode 0200) cannot be opened: it is chmod-ed by its name after the same checks on lstat.
 */
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
/**
 * Resolves every symlink of a tree over its file list, the way the OS would (through nested links),
 * and throws when one leads outside the toolchain root.
 */
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
// Files in staging. Staging is writable by every runner user of the group, so a name there may
// have been replaced by someone else between two of our calls: files are created only by
// exclusive, no-follow opens (a planted link is never written through), and an archive is read
// back through one descriptor, so what is extracted is exactly what was hashed, whatever happens
// to its name meanwhile.










/** 0 on Windows, which has no such flag (a symlink there needs a privilege most runners lack). */
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0;
/**
 * Creates `file` for writing, exclusively and without following a link. Whatever is already at
 * that name (a link or file someone planted, or an earlier attempt of ours) is unlinked first:
 * unlinking removes the name, never what a link points to.
 */
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
/**
 * Creates the directory `dir` itself (its parent must exist), never accepting one already there:
 * `mkdir -p` would be satisfied by a planted link to a directory elsewhere, and the extraction
 * would then write there. A planted link is unlinked (as a name) and the directory made anew.
 */
async function createFreshDir(dir, mode) {
    for (let attempt = 1;; attempt++) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { mode: 0o700 });
            await (0,_faults_js__WEBPACK_IMPORTED_MODULE_8__/* .faultPoint */ .Jd)('fresh-dir-chmod');
            // Set explicitly (mkdir's mode goes through the umask), on a descriptor opened no-follow:
            // a link swapped in at the name since the mkdir is refused, its target never chmod-ed.
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
/**
 * An archive opened once for reading; every read (hash, format probe, extraction) goes through it,
 * and none past the size it had when opened.
 */
class PinnedArchive {
    path;
    handle;
    size;
    constructor(path, handle, size) {
        this.path = path;
        this.handle = handle;
        this.size = size;
    }
    /** Opens `file` without following a link or blocking; it must be a regular file. */
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
/**
 * yauzl reading a zip through `handle`, which it never closes (its own fd reader closes the
 * descriptor it is given when the zip is closed).
 */
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
// The hit check: an installed tree compared with what it was when sealed, by the metadata of its
// directories only (type, size, mode, mtime, ctime and inode of the root and of every directory),
// so a job of another user that added, removed, renamed or replaced anything in a shared toolchain
// is caught before the next job runs it. Installed files are read-only and owned by their
// installer: another user can change a tree only through its directories (2775), and every such
// change sets the directory's mtime and ctime (the ctime no user can put back). A file changed in
// place by its own installer's user (who may chmod it) is not seen here: `verify` hashes every
// file. The metadata lives in a compact text file beside the manifest (`tree-stat`): a hit reads
// one small file and lstat()s each directory, never the manifest with its hashes. The file is
// trusted only when its bytes are the ones the installer's receipt records (docs/design.md, "The
// hit check"). Loaded on the warm path.





/**
 * The record's formats. Version 2 (written now) records the root and every directory, with its
 * ctime: the check grows with directories, not files. Version 1 (every entry, no ctime), written
 * by earlier releases and bound to their receipts, is still checked as it was.
 */
const FORMATS = {
    'tree-stat 1': { fields: 5, line: lineV1 },
    'tree-stat 2': { fields: 6, line: lineV2 },
};
const HEADER = 'tree-stat 2';
/**
 * A line is ~70 bytes and the path; an archive has at most a few hundred thousand members. A
 * larger file was not written by an installer (and is never read whole).
 */
const TREE_STAT_MAX_BYTES = 256 * 1024 ** 2;
const kind = (st) => st.isDirectory() ? 'd' : st.isFile() ? 'f' : st.isSymbolicLink() ? 'l' : '?';
/** The path last, JSON-quoted only when it could be misread (a newline, a leading quote). */
const shownName = (rel) => rel.includes('\n') || rel.startsWith('"') ? JSON.stringify(rel) : rel;
/** Version 1: one line per entry. */
function lineV1(rel, st) {
    return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ino} ${shownName(rel)}`;
}
/** Version 2: one line per directory; the ctime, which no user can set, after the mtime. */
function lineV2(rel, st) {
    return `${kind(st)} ${st.size} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs} ${st.ctimeMs} ${st.ino} ${shownName(rel)}`;
}
/**
 * Records the metadata of the tree at `root` and of every directory among the listed entries
 * (paths relative to the root, POSIX separators), after sealing: nothing changes them any more.
 * Files and links are not recorded: nobody but their installer can change one in place (they are
 * read-only and not theirs), and anything else another user can do to them (add, remove, rename,
 * replace) changes a directory (docs/design.md, "The hit check").
 */
async function writeTreeStats(file, root, entries) {
    const lines = [HEADER, lineV2('', (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(root))];
    for (const e of entries) {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, e.path));
        if (st.isDirectory())
            lines.push(lineV2(e.path, st));
    }
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .atomicWriteFile */ .Re)(file, lines.join('\n') + '\n');
}
/**
 * The first difference between the tree at `root` and its recorded metadata ("modified: bin/cc"),
 * or undefined when every entry is as sealed. `file` is read once (no link followed, a regular
 * file, bounded) and its bytes are trusted only when its descriptor still has the identity the
 * receipt recorded when it was sealed (`recordedIdentity`), or else when their sha256 is
 * `recordedSha256`, the receipt's: the tree is then checked against those very bytes.
 * Synchronous, and one string comparison per recorded line when nothing changed: a hit of a
 * toolchain of 50 000 files in 500 directories is one read of a file of about 40 KB, then 500
 * lstat calls and little else.
 */
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
    // The same file, unchanged since it was sealed, holds the bytes digested then; otherwise (a
    // receipt of an older release, a copied root) its bytes must have that digest.
    if (identity !== recordedIdentity && (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .recordDigest */ .kd)(bytes) !== recordedSha256)
        return 'its metadata file (tree-stat) is not the one its installer recorded';
    return treeDifference(bytes.toString('utf8'), root);
}
/** The first entry of the tree at `root` that differs from its line in `text` (tree-stat's). */
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
/**
 * Forward slashes work on Windows too (path.join would cost more than the lstat). A directory
 * replaced by a file makes its entries ENOTDIR: missing, like any other lstat failure.
 */
function lstatOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
/** What differs between a recorded line's fields (either version) and the entry now. */
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
    // Same mtime: a directory's ctime (version 2) says its entries changed and its mtime was put back.
    return `changed: ${shown}`;
}


/***/ }),

/***/ 3607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ resolved),
/* harmony export */   uJ: () => (/* binding */ startAcquiring)
/* harmony export */ });
/* unused harmony exports acquireToolchains, everyFailure, matchingEntry */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3828);
/* harmony import */ var _disk_full_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4454);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1422);
/* harmony import */ var _leases_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2624);
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2599);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(770);
/* harmony import */ var _receipt_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(7411);
// Finds each toolchain in the host-wide cache or installs it exactly once. A warm hit takes no
// lock and rewrites no shared file: it reads the registry and writes one use record (uses.ts).
// A miss takes the toolchain's install lock, which elects one installer; the others wait on it
// and then find the entry (source "peer"), or take over when the installer dies and its lock goes
// stale. The install pipeline itself is loaded only on a miss. See docs/design.md.









/** Resolves every spec: warm hits first without any lock, then the misses in parallel. */
async function acquireToolchains(specs, opts) {
    const results = await Promise.allSettled(await startAcquiring(specs, opts));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length)
        throw everyFailure(failures);
    return results.map((r) => r.value);
}
/**
 * acquireToolchains, one promise per spec (in order), each failure naming its toolchain: for a
 * caller that reports each toolchain as it settles and goes on past a failure (the CLI's prefetch).
 */
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
            return await installOrWait(spec, index, opts);
        }
        catch (e) {
            if ((0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .isDiskFull */ .b$)(e))
                throw await (0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFullError */ .vB)(opts.layout.root, e, `${spec.id}: installing`, opts.sizeBound);
            throw namingToolchain(spec.id, e);
        }
    });
}
/**
 * One error naming every toolchain that failed (each message already names its id); a
 * cancellation, shared by all, once.
 */
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
/**
 * A registered, matching entry whose tree is there and as it was sealed: record the use. False
 * sends it to the slow path, which moves a changed tree aside and installs it again.
 */
async function recordHit(doc, spec, opts) {
    const entry = matchingEntry(doc, spec);
    if (entry === undefined || !(await recordUseOrExplain(spec, opts)))
        return false;
    // Checked with our use recorded: no GC removes the tree meanwhile.
    const changed = (0,_receipt_js__WEBPACK_IMPORTED_MODULE_8__/* .treeChange */ .Th)(opts.layout, spec);
    if (changed === undefined)
        return true;
    // Said once, naming what changed, by the install path that moves it aside (moveChangedTreeAside).
    opts.log.debug(`${spec.id}: the hit check failed (${changed}); going to the install path`);
    await (0,_uses_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseUses */ .ez)(opts.layout, { key: opts.owner.key }, [spec.id]);
    return false;
}
/**
 * recordUse; on a full disk an error saying why the job cannot go on without its use record
 * (docs/design.md, "Uses and GC") and what to free.
 */
async function recordUseOrExplain(spec, opts) {
    try {
        return await (0,_uses_js__WEBPACK_IMPORTED_MODULE_6__/* .recordUse */ .zk)(opts.layout, spec.id, opts.owner);
    }
    catch (e) {
        if (!(0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .isDiskFull */ .b$)(e))
            throw e;
        throw await (0,_disk_full_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFullError */ .vB)(opts.layout.root, e, `${spec.id}: it is installed, but recording this job's use of it`, opts.sizeBound, 'A hit without a use record would not be safe from GC (a GC could remove the toolchain while this job runs it), so the step stops. ');
    }
}
/** With several toolchains in one step, every failure says which one it is about. */
function namingToolchain(id, e) {
    // A cancellation is the step's, not one toolchain's (and its error object is shared by all).
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg && e.code === 'CANCELLED')
        return e;
    if (e instanceof Error && !e.message.startsWith(`${id}:`) && !e.message.includes(`"${id}"`)) {
        e.message = `${id}: ${e.message}`;
    }
    return e;
}
/** The registered entry for `spec`, if any; an entry with another sha256, or another case, is an error. */
function matchingEntry(doc, spec) {
    // On a case-insensitive file system (macOS, Windows) `Foo` and `foo` would share one directory,
    // and installing or removing one would replace the other under the jobs using it: refuse everywhere.
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
/** The result for one spec. The toolchain's directory always comes from the layout. */
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
/**
 * The install lock of `spec`, or undefined when, while waiting for it, the install we waited for
 * finished and this job's use of it got recorded (nothing is left to do under the lock, and the
 * other waiters need not take it one after another).
 */
async function takeInstallLock(spec, opts) {
    let waited = false;
    // Asked several times a second while the installer works: a warning about the tree, once.
    const quiet = { ...opts, log: warningsOnce(opts.log) };
    const installedMeanwhile = async () => recordHit(await opts.registry.read(), spec, quiet);
    const options = {
        staleMs: opts.installStaleMs ?? _lock_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LOCK_STALE_MS */ .xL,
        timeoutMs: opts.waitTimeoutMs,
        pollMs: 1000,
        holder: (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .describeJob */ .hx)(opts.owner.job),
        onWait: (owner) => {
            waited = true;
            opts.log.info(`${spec.id}: another job is installing it (${(0,_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .describeOwner */ .$S)(owner)}); waiting up to ${Math.round(opts.waitTimeoutMs / 1000)}s`);
        },
    };
    const lockPath = opts.layout.lockPath(`install-${spec.id}`);
    // Every waiter watches the registry (the install's commit) and asks often while the installer
    // works: they all leave within moments of the commit (docs/design.md, "Install lock and waiters").
    const unless = { needless: installedMeanwhile, watch: [opts.layout.registryFile] };
    const lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .acquireLockUnless */ .eJ)(lockPath, `install ${spec.id}`, options, unless).catch((e) => {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg && e.code === 'LOCK_TIMEOUT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg('LOCK_TIMEOUT', `${spec.id}: ${e.message} Raise "wait-timeout" if installs of this toolchain are slow.`);
        }
        throw e;
    });
    return { lock, waited: () => waited };
}
/** `log` with each distinct warning passed on once. */
function warningsOnce(log) {
    const seen = new Set();
    return {
        info: (m) => log.info(m),
        debug: (m) => log.debug(m),
        warning: (m) => {
            if (seen.has(m))
                return;
            seen.add(m);
            log.warning(m);
        },
    };
}
async function installOrWait(spec, index, opts) {
    const waitStart = Date.now();
    const { lock, waited } = await takeInstallLock(spec, opts);
    const waitMs = waited() ? Date.now() - waitStart : 0;
    if (!lock) {
        const entry = (await opts.registry.read()).entries[spec.id];
        return resolved(opts.layout, spec, index, entry, 'peer', { waitMs, installMs: 0 });
    }
    try {
        const entry = await useInstalledEntry(spec, opts);
        if (entry) {
            const source = waited() ? 'peer' : 'local';
            return await resolved(opts.layout, spec, index, entry, source, { waitMs, installMs: 0 });
        }
        const { install } = await Promise.all(/* import() */[__nccwpck_require__.e(697), __nccwpck_require__.e(811)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1811));
        return await install(spec, index, opts, lock, waitMs);
    }
    finally {
        await lock.release();
    }
}
/**
 * With the install lock held, under the registry lock: the entry installed meanwhile (by the job
 * we waited for), with this job's use recorded; undefined when it must be installed. No GC can be
 * removing anything while we hold the registry lock, so a removal mark found here is one a GC left
 * when it died: it is taken away, and a registered entry whose tree is gone is dropped.
 */
async function useInstalledEntry(spec, opts) {
    const { layout } = opts;
    return opts.registry.update(async (doc, tx) => {
        const entry = matchingEntry(doc, spec);
        let state = entry ? await (0,_uses_js__WEBPACK_IMPORTED_MODULE_6__/* .entryState */ ._8)(layout, spec.id) : 'missing';
        if (state === 'removing') {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(layout.removalMark(spec.id), { force: true });
            state = await (0,_uses_js__WEBPACK_IMPORTED_MODULE_6__/* .entryState */ ._8)(layout, spec.id);
        }
        if (entry && state === 'ready') {
            const changed = (0,_receipt_js__WEBPACK_IMPORTED_MODULE_8__/* .treeChange */ .Th)(layout, spec);
            if (changed === undefined && (await recordUseOrExplain(spec, opts))) {
                tx.skipWrite();
                return { ...entry };
            }
            if (changed !== undefined)
                await moveChangedTreeAside(layout, spec.id, changed, opts.log);
        }
        if (entry)
            delete doc.entries[spec.id];
        else
            tx.skipWrite();
        return undefined;
    });
}
/**
 * A registered tree that is not as it was sealed (a job changed, added or replaced files) is
 * broken for every job: to the trash with its receipt, under the registry lock, so the installer
 * that follows puts a verified copy in its place.
 */
async function moveChangedTreeAside(layout, id, changed, log) {
    const trash = node_path__WEBPACK_IMPORTED_MODULE_1__.join(layout.trashDir, `${id}.${(0,_fsx_js__WEBPACK_IMPORTED_MODULE_7__/* .randomToken */ .zs)()}`);
    const { namedTreeChange } = await __nccwpck_require__.e(/* import() */ 252).then(__nccwpck_require__.bind(__nccwpck_require__, 252));
    const named = await namedTreeChange(layout, id, changed);
    log.warning(`${id}: the installed tree is not as it was installed (${named}); moved it aside to ${trash} (jobs still running it may fail) and installing it again`);
    await (0,_receipt_js__WEBPACK_IMPORTED_MODULE_8__/* .removeReceipt */ .LY)(layout, id);
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_7__/* .renameRetrying */ .bz)(layout.entryDir(id), trash);
}


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
// The modes of the root's state files (layout.json, registry.json, stats.json, gc-state.json):
// 0664, so every runner user of the group can read them (docs/design.md, "Runner users in one
// group"). Files created with a narrower mode (by a release that let the umask decide) are mended
// here by their owner, on a descriptor opened without following a link.



const NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = external_node_fs_.constants.O_NONBLOCK ?? 0;
const stateFiles = (layout) => [
    layout.layoutFile,
    layout.registryFile,
    layout.statsFile,
    layout.gcStateFile,
];
const octal = (mode) => (mode & 0o7777).toString(8).padStart(4, '0');
/**
 * Sets every state file of the root that is not 0664 to 0664 where it is this user's own
 * (root's included: root mends only its own too), and lists the others. Only a regular file of
 * the effective user with one name (nlink 1) that starts as a JSON object (`{`) is mended, checked
 * on the descriptor that is fchmod-ed: a hard link a group member planted at the name (to
 * /etc/shadow, or to a runner user's own 0600 file, on a host without fs.protected_hardlinks) has
 * two names or another owner, and a file whose other name was replaced meanwhile (a planted link
 * left as the only name of an old /etc/shadow) is not JSON. Those are `refused`: reported, never
 * changed. Missing files and anything that is not a regular file are left alone
 * (checkRootMembers refuses the latter). Nothing to do on Windows.
 */
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
/** Why a file of this user at a state file's name is not one to mend (undefined: it is). */
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
/**
 * fchmod of `file` if it is still the regular file `listed` and mendable (see notMendable); the
 * reason when it is not ('' when it changed or vanished meanwhile: nothing of ours to mend).
 */
function setModeNoFollow(file, listed) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    }
    catch {
        return ''; // replaced by a link, or gone
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
// Where everything lives under a cache root. One place, so the CLI, GC and the installer agree.
// The layout is versioned (layout.json): a root written by another layout is refused, never mixed.









const isWindows = process.platform === 'win32';
/** Version of the on-disk layout below a cache root (see docs/design.md, "On disk"). */
const LAYOUT_VERSION = 2;
class CacheLayout {
    root;
    /** `root` must be the real path of the cache root (see openCacheRoot). */
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
    /** Use records (GC roots): `uses/<id>/<key>.json`, one file per live use of a toolchain. */
    get usesDir() {
        return external_node_path_.join(this.root, 'uses');
    }
    usesOf(id) {
        return external_node_path_.join(this.usesDir, id);
    }
    useFile(id, key) {
        return external_node_path_.join(this.usesOf(id), `${key}.json`);
    }
    /** When the toolchain was last released: refreshed without touching the registry. */
    lastUsedStamp(id) {
        return external_node_path_.join(this.usesOf(id), 'last-used');
    }
    /** Present while a GC or `remove` is taking the entry away; an acquire that sees it backs off. */
    removalMark(id) {
        return external_node_path_.join(this.entryDir(id), 'removing');
    }
    /** An installed toolchain: `manifest.json` and `files/` (the toolchain root). */
    entryDir(id) {
        return external_node_path_.join(this.toolchainsDir, id);
    }
    toolchainRoot(id) {
        return external_node_path_.join(this.entryDir(id), 'files');
    }
    manifestFile(id) {
        return external_node_path_.join(this.entryDir(id), 'manifest.json');
    }
    /** Install receipts: `receipts/<id>.json`, the installer's evidence, outside the tree. */
    get receiptsDir() {
        return external_node_path_.join(this.root, 'receipts');
    }
    receiptFile(id) {
        return external_node_path_.join(this.receiptsDir, `${id}.json`);
    }
    /** The hit check's metadata of every entry of the tree (size, mode, mtime, inode). */
    treeStatsFile(id) {
        return external_node_path_.join(this.entryDir(id), 'tree-stat');
    }
    lockPath(name) {
        return external_node_path_.join(this.locksDir, name);
    }
    /** Named toolchains' caches (src/core/named/): `resolutions.json` and `docs/`, the vendors' indexes. */
    get namedDir() {
        return external_node_path_.join(this.root, 'named');
    }
}
/** A staging directory of an install of `id`: `<id>.<16 hex>`. */
const stagingName = (id, token) => `${id}.${token}`;
/** The id a staging directory belongs to (exactly: `go-1.22` never claims `go-1.22.5.<token>`). */
function stagingId(name) {
    const m = /^(.+)\.[0-9a-f]{16}$/.exec(name);
    return m ? m[1] : undefined;
}
/**
 * The host file's cacheRoot → the cache-root input → TOOLCHAIN_CACHE_ROOT →
 * $RUNNER_TOOL_CACHE/toolchain-cache. A relative path is refused, naming where it came from: it
 * would resolve against each job's working directory (its workspace), a root per job.
 */
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
        // Not an InputError: the CLI reads an InputError here as "no root given".
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
/** The cache root's path (see chooseCacheRoot). */
const resolveCacheRoot = (input, env = process.env, sources = {}) => chooseCacheRoot(input, env, sources).root;
/**
 * Creates the root if needed and checks it: an absolute path to a real directory (not a symlink),
 * writable, not inside another cache root, and, when its group can write it, carrying the set-gid
 * bit (docs/design.md, "Runner users in one group"). Then its members and their modes.
 */
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
    const dirs = [
        layout.locksDir,
        layout.toolchainsDir,
        layout.stagingDir,
        layout.trashDir,
        layout.usesDir,
        layout.receiptsDir,
    ];
    // Checked before and after creating: mkdir -p is satisfied by a symlink to a directory elsewhere.
    await checkRootMembers(layout);
    checkStateFilesReadable(layout);
    await checkLayoutVersion(layout, create);
    if (create) {
        for (const dir of dirs)
            await (0,fsx/* ensureDir */.A0)(dir);
        await checkRootMembers(layout);
    }
    return layout;
}
/** lstatSync, or what `failed` makes of its error. */
function lstatOrThrown(p, failed) {
    try {
        return (0,external_node_fs_.lstatSync)(p);
    }
    catch (e) {
        return failed(e);
    }
}
/**
 * Where to set the root, by who chose it (chooseCacheRoot's `from`): the host file's cacheRoot,
 * the input, TOOLCHAIN_CACHE_ROOT (the runner's `.env`), or RUNNER_TOOL_CACHE's default.
 */
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
/**
 * Why this user cannot write the root, with the fix: a group-writable root whose group this
 * process is not in needs the user added to the group, and the runner restarted (a process keeps
 * the groups it started with). POSIX only; elsewhere, the general advice.
 */
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
/** lstat of the root; a missing one is created (when `create`) after checking where it would go. */
async function statOrCreateRoot(root, create) {
    // Synchronous calls on the way of every hit: nothing there loads fs.promises (docs/design.md,
    // "Start-up cost").
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
/**
 * A root this user cannot reach (EACCES on the way to it): the message names the first directory
 * above it that this user cannot search, with its mode and owner, never "does not exist".
 */
function unreachableRoot(root, code) {
    const blocked = firstUnsearchable(external_node_path_.dirname(root));
    const where = blocked
        ? `${blocked.dir} (mode ${(blocked.mode & 0o7777).toString(8).padStart(4, '0')}, owner ${(0,names/* userName */.nT)(blocked.uid)}, group ${(0,names/* groupName */.hv)(blocked.gid)}) is not searchable by this user`
        : `${code} on the way to it`;
    return new errors/* InputError */.dz(`Cache root ${root} cannot be reached by this user: ${where}. Every directory above the root must be searchable by the runners' group ` +
        `(e.g. chmod o+x or chgrp the runners' group and chmod g+x ${blocked ? shellWord(blocked.dir) : 'each directory above it'}; see README).`, 'cache-root');
}
/** The highest directory on the way to `dir` (inclusive) that this user cannot search, if any. */
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
/**
 * A root another job is creating this very moment is `0775` (mkdir's mode, less the umask) until
 * its fchmod to `2775` right after: one changed in the last 2 s is looked at again before it is
 * refused. A long-standing root is refused at once.
 */
async function settledRootStat(root, st) {
    for (let i = 0; i < 20 && !rootModeOk(st) && Date.now() - st.ctimeMs < 2000; i++) {
        await (0,fsx/* sleep */.yy)(50);
        st = await external_node_fs_.promises.lstat(root);
    }
    return st;
}
const rootModeOk = (st) => isWindows || ((st.mode & 0o002) === 0 && ((st.mode & 0o020) === 0 || (st.mode & 0o2000) !== 0));
/** A word for the shell: quoted unless it is made of safe characters only. */
const shellWord = (s) => /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
/**
 * A root its group can write needs the set-gid bit: without it, every directory a runner user
 * creates there (locks/, uses/<id>/, …) gets that user's own primary group, and the other users
 * fail with EACCES. A root every user can write is refused too. POSIX only (Windows has ACLs).
 */
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
/**
 * A root inside another root would be walked by that root's GC, repair and verify (its trees in
 * toolchains/ or staging/ taken for foreign ones). Checked on every directory above `root`: one
 * whose layout.json is ours is a cache root; one whose own directory (toolchains/, uses/…) the
 * path goes through is one too when it holds a layout.json or registry.json of any kind (ours,
 * momentarily unreadable, or of the first layout). A `registry.json` of some other tool in a
 * home directory is no cache root.
 */
function checkNotInsideAnotherRoot(root) {
    for (let child = root, dir = external_node_path_.dirname(root);; child = dir, dir = external_node_path_.dirname(dir)) {
        const other = new CacheLayout(dir);
        const marker = hasOurLayoutFile(other)
            ? other.layoutFile
            : rootMemberDirs(other).includes(child)
                ? [other.layoutFile, other.registryFile].find(isFileSync)
                : undefined;
        if (marker) {
            throw new errors/* InputError */.dz(`Cache root ${root} lies inside another cache root, ${dir} (it has ${external_node_path_.basename(marker)}); that root's GC and repair would walk it. Choose a directory outside ${dir}.`, 'cache-root');
        }
        if (external_node_path_.dirname(dir) === dir)
            return;
    }
}
/** The directories a root's walks go into. */
const rootMemberDirs = (l) => [
    l.toolchainsDir,
    l.stagingDir,
    l.trashDir,
    l.usesDir,
    l.locksDir,
    l.receiptsDir,
    l.namedDir,
];
/** Whether `file` is a regular file; false where it is not, or cannot be looked at. */
function isFileSync(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false; // a directory we cannot search: not one we could share a root with
    }
}
/** Whether `l.layoutFile` is ours: a regular file (read no-follow, bounded) of JSON with a numeric layoutVersion. */
function hasOurLayoutFile(l) {
    try {
        const text = (0,regular_file/* readRegularTextIfExistsSync */.cL)(l.layoutFile, fsx/* STATE_FILE_MAX_BYTES */.e);
        const version = text && JSON.parse(text)?.layoutVersion;
        return typeof version === 'number';
    }
    catch {
        return false;
    }
}
/**
 * State files of this root another user left unreadable (made under umask 077 by an older
 * release, say) stop every other job with a bare EACCES: our own are mended here, anyone else's
 * named with who must run `repair` (root mends only its own: see mendStateFileModes).
 */
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
/** Thrown for a root written by another layout version: acting on it could lose uses or trees. */
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
/**
 * Reads layout.json; a new root gets one. A root without it that already holds a registry or
 * toolchains was written by the first layout (version 1: uses inside registry.json).
 */
async function checkLayoutVersion(layout, create) {
    const text = await (0,fsx/* readFileIfExists */.QD)(layout.layoutFile);
    if (text !== undefined)
        return checkRecordedVersion(layout, text);
    const legacy = (await (0,fsx/* pathExists */.s0)(layout.registryFile)) ||
        (await external_node_fs_.promises.readdir(layout.toolchainsDir).catch(() => [])).length > 0;
    if (legacy) {
        // Another job may have created this root since we looked: it writes layout.json before
        // anything else, so whoever sees its registry finds layout.json on a second look.
        const again = await (0,fsx/* readFileIfExists */.QD)(layout.layoutFile);
        if (again !== undefined)
            return checkRecordedVersion(layout, again);
        throw new LayoutVersionError(layout.root, 1);
    }
    if (create) {
        // layout.json first: a job opening the root meanwhile must never see our registry without it
        // (that is what a root of the first layout looks like).
        (0,fsx/* writeFileReplacingSync */.WF)(layout.layoutFile, JSON.stringify({ layoutVersion: LAYOUT_VERSION }));
        // An empty registry from the start: a registry.json missing later was lost (and is rebuilt,
        // with a warning), never merely not yet written when the first install registers.
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
/**
 * Whoever can write the root could plant a symlink in it: `locks/ -> /etc` would send our lock
 * files there, `registry.json -> /somewhere` would be read through. Refuse to act on a root where
 * any of our own names is a symlink or of the wrong type, naming what to remove.
 */
async function checkRootMembers(layout) {
    const expected = [
        [layout.locksDir, 'directory'],
        [layout.toolchainsDir, 'directory'],
        [layout.stagingDir, 'directory'],
        [layout.trashDir, 'directory'],
        [layout.usesDir, 'directory'],
        [layout.receiptsDir, 'directory'],
        [layout.namedDir, 'directory'],
        [external_node_path_.join(layout.namedDir, 'docs'), 'directory'],
        // Earlier releases' code cache: GC removes it, and must never walk a link planted there.
        [external_node_path_.join(layout.root, compile_cache_dir/* COMPILE_CACHE_DIR */.k), 'directory'],
        [layout.registryFile, 'file'],
        [layout.statsFile, 'file'],
        [layout.gcStateFile, 'file'],
        [layout.layoutFile, 'file'],
    ];
    for (const [p, type] of expected) {
        const st = (0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false });
        if (!st)
            continue;
        const ok = type === 'directory' ? st.isDirectory() : st.isFile();
        if (ok)
            continue;
        const what = st.isSymbolicLink()
            ? `a symlink (to ${await external_node_fs_.promises.readlink(p).catch(() => '?')})`
            : 'not a regular ' + type;
        throw new errors/* ToolchainCacheError */.mg('UNSAFE_PATH', `${p} is ${what}; toolchain-cache never follows a link planted in its cache root. ` +
            `Remove it (toolchain-cache recreates it as needed) and check who can write ${layout.root}.`);
    }
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
// SHA-256 in plain JavaScript, for the one short string a warm hit hashes (the host id, from the
// machine id): loading `node:crypto` costs a warm hit more than hashing a block here does
// (docs/design.md, "Start-up cost"). Anything longer goes to `node:crypto` (cold JavaScript hashes
// a few MB/s); both give the same hex digest (test/sha256.test.ts compares them).

/** Inputs up to this size are hashed here; larger ones by node:crypto. */
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
/** The message padded as SHA-256 pads it: 0x80, zeros, the bit length big-endian. */
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
/** SHA-256 of a small input in JavaScript (exported for the tests). */
function sha256Js(data) {
    const h = new Uint32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]);
    compress(h, padded(data), new Int32Array(64));
    return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}
/** The sha256 of `data` (a string as UTF-8), in hex. */
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



/**
 * node:child_process, loaded when a command is about to run: loading it also loads `net` and
 * `dgram`, which a hit on Linux (where no command runs) would pay for and never use
 * (docs/design.md, "Start-up cost"). A builtin resolves the same from any base path; not the
 * module's own URL, whose mention would keep the bundle's chunk out of the steps' code cache
 * (src/action/chunk-code-cache.ts runs only chunks that never ask for it as scripts).
 */
const childProcess = () => (0,external_node_module_.createRequire)(external_node_path_.resolve('/'))('node:child_process');
const WINDOWS = {
    reg: ['System32', 'reg.exe'],
    powershell: ['System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'],
};
const POSIX = {
    ps: ['/bin/ps', '/usr/bin/ps'],
    ioreg: ['/usr/sbin/ioreg'],
};
/** The absolute path of a system command where it is known to live, else the bare name (PATH). */
function systemCommand(name, platform = process.platform) {
    if (platform === 'win32') {
        const parts = WINDOWS[name];
        const root = process.env.SystemRoot ?? process.env.windir ?? 'C:\\Windows';
        return parts ? external_node_path_.win32.join(root, ...parts) : name;
    }
    return (POSIX[name] ?? []).find((p) => (0,external_node_fs_.existsSync)(p)) ?? name;
}

;// CONCATENATED MODULE: ./lib/core/platform/host-id.js
// Which machine this is, for uses on a cache root shared by several hosts (NFS): a use of this host
// is judged by its process, a use of another host by its lease. Two hosts must never share an id,
// so the platform's machine identity counts first and the hostname (cloned VMs share it) comes last.




const systemHostIdSources = () => ({
    platform: process.platform,
    hostname: () => (0,builtins.os)().hostname(),
    readFile: (file) => (0,external_node_fs_.readFileSync)(file, 'utf8'),
    run: (command, args) => childProcess().execFileSync(systemCommand(command), args, {
        encoding: 'utf8',
        timeout: 5000,
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'ignore'],
    }),
});
/**
 * `hostname/<12 hex>`: the digest of the machine id (never the id itself, which systemd asks
 * applications not to expose), or the bare hostname when the platform has no usable id.
 */
function readHostId(sources = systemHostIdSources()) {
    const id = machineId(sources);
    const name = sources.hostname();
    if (!id)
        return name;
    return `${name}/${sha256Hex(`toolchain-cache:${id}`).slice(0, 12)}`;
}
/** The platform's own machine identity, normalised to lower case; undefined when none is usable. */
function machineId(sources) {
    for (const read of idReaders(sources)) {
        try {
            const id = read()?.trim().toLowerCase();
            // systemd writes "uninitialized" until first boot completes; ids are hex (with dashes for UUIDs).
            if (id && /^[0-9a-f-]{16,}$/.test(id) && /[1-9a-f]/.test(id))
                return id;
        }
        catch {
            // this source is missing here: try the next
        }
    }
    return undefined;
}
function idReaders({ platform, readFile, run }) {
    if (platform === 'win32') {
        // /reg:64: a 32-bit node would otherwise read the WOW64 view, which has no MachineGuid.
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
        () => readFile('/etc/hostid'), // FreeBSD
    ];
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./lib/core/platform/start-time.js



// node:child_process loads only when a command runs (never with /proc): see system-command.ts.
const execFileAsync = (file, args, options) => (0,external_node_util_.promisify)(childProcess().execFile)(file, args, { ...options, encoding: 'utf8' });
let procMounted;
function defaultStartTimeMethod(platform = process.platform) {
    if (platform === 'win32')
        return 'windows';
    procMounted ??= platform === 'linux' && (0,external_node_fs_.existsSync)('/proc/self/stat');
    return procMounted ? 'proc' : 'ps';
}
/** What the platform says about `pid`; undefined when it is not running or could not be asked. */
async function processInfo(pid, method) {
    if (method === 'proc')
        return procInfo(pid);
    if (method === 'ps')
        return psInfo(pid);
    const start = (await windowsStartTimes(pid))?.get(pid);
    return { start, zombie: false };
}
/**
 * processInfo memoised per pid, for one liveness pass. On Windows one PowerShell call lists every
 * process (starting PowerShell costs far more than the listing), instead of one call per use.
 */
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
        // Synchronous (a /proc file): every hit asks, and nothing else there loads fs.promises.
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) may contain spaces and parentheses: split after its last ')'.
        // Then field 3 is the state and field 22 the start time (in clock ticks since boot).
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { start: fields[19], zombie: fields[0] === 'Z' || fields[0] === 'X' };
    }
    catch {
        return undefined;
    }
}
async function psInfo(pid) {
    try {
        // `lstart` is printed in the caller's time zone and locale: pin both, then parse to epoch seconds.
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
        return undefined; // exit status 1: no such process; or ps is missing or hung
    }
}
const LSTART = /^(?:[A-Za-z]{3} +)?([A-Za-z]{3}) +(\d{1,2}) +(\d{1,2}):(\d{2}):(\d{2}) +(\d{4})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/**
 * `ps -o lstart` in the C locale and UTC ("Sun Nov 29 09:28:03 2026") as epoch seconds. A format
 * this does not know stays as text (still stable: the time zone and locale are pinned).
 */
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
/**
 * Creation times (epoch milliseconds) of one process or of all, from CIM, which needs no privilege
 * over other users' processes (Get-Process's StartTime does). Undefined when PowerShell failed.
 */
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
/** Lines of "<pid> <epoch ms>"; anything else is ignored. */
function parsePidTimes(text) {
    const times = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
        if (m)
            times.set(Number(m[1]), m[2]);
    }
    return times;
}

;// CONCATENATED MODULE: ./lib/core/leases.js
// Uses (the reference counts). A use is a record tied to the job's long-lived process, not a bare
// counter, so a job that dies without its post step is reclaimed instead of pinning a toolchain forever.


/** Longest a self-hosted job may run (5 days) plus a day: a lease never expires under a live job. */
const DEFAULT_LEASE_MS = 6 * 24 * 3600_000;
/** Clocks of hosts sharing an NFS root are trusted only this far. */
const CLOCK_SKEW_MARGIN_MS = 10 * 60_000;
let cachedHostId;
/**
 * hostname + a digest of the platform's machine identity (hostnames repeat across a pool more often
 * than one would like; cloned machines keep their names). Computed once per process.
 */
function hostId() {
    cachedHostId ??= readHostId();
    return cachedHostId;
}

/**
 * A stable fingerprint of when `pid` started, or undefined if it is not running or the platform
 * cannot tell. Linux: /proc start ticks; macOS and BSD: ps, as epoch seconds; Windows: the process's
 * creation time, as epoch milliseconds. See ./platform/start-time.ts.
 */
async function processStartTime(pid, options = {}) {
    return (await processInfo(pid, options.method ?? defaultStartTimeMethod()))?.start;
}
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM'; // exists, owned by another user
    }
}
/** Decides whether a use still counts. Uses of this host are judged by their process; others by lease. */
function livenessChecker(now = Date.now(), thisHost = hostId(), options = {}) {
    const infoOf = processInfoMemo(options.method ?? defaultStartTimeMethod());
    return async (use) => {
        if (use.host !== thisHost)
            return Date.parse(use.leaseExpiresAt) + CLOCK_SKEW_MARGIN_MS > now;
        if (!isProcessAlive(use.pid))
            return false;
        const info = await infoOf(use.pid);
        // A job process killed while its parent (the runner) has not reaped it yet still answers kill 0.
        if (info?.zombie)
            return false;
        if (use.pidStart === undefined)
            return Date.parse(use.leaseExpiresAt) > now;
        // A start time we cannot read now (ps missing, PowerShell slow) keeps the use: never release on doubt.
        return info?.start === undefined || info.start === use.pidStart;
    };
}
/** The job's long-lived process: our parent when run by a runner. */
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
        createdAt: new Date(now).toISOString(),
        leaseExpiresAt: new Date(now + leaseMs).toISOString(),
    };
}
const describeJob = (j) => `${j.repository} run ${j.runId}/${j.runAttempt} job ${j.job}`;


/***/ }),

/***/ 1422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ stale/* DEFAULT_LOCK_STALE_MS */.xL),
  IZ: () => (/* binding */ acquireLock),
  eJ: () => (/* binding */ acquireLockUnless),
  $S: () => (/* binding */ describeOwner),
  Dh: () => (/* binding */ readLockOwner),
  bh: () => (/* binding */ tryLock),
  kK: () => (/* binding */ withLock)
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
// The waiters' line of one lock. Every waiter watching the lock would wake on every release and
// race for it (a thundering herd: with 16 jobs, 15 wake-ups per handoff, most of the CPU time of a
// busy host). Waiters instead queue: each takes a ticket (a file in `<lock>.queue/`, named so that
// names sort in arrival order) and watches only the ticket ahead of it; the head watches the lock.
// A handoff then wakes the head, which takes the lock and removes its ticket, which wakes the
// next. The queue only decides who tries when; the lock itself stays the epoch mkdir.
// Nothing can wedge it: every waiter also polls, and removes the tickets ahead of it whose owner is
// gone (same host: its pid is not running; any host: the ticket's heartbeat is older than the
// stale time, e.g. a waiter stopped or killed on another host).







const queueDirOf = (lockPath) => `${lockPath}.queue`;
let ticketSeq = 0;
/** Queued ticket names, oldest first. */
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
    // Arrival time first (fixed width, so names sort by it), then a per-process sequence and a token.
    const name = `${String(Date.now()).padStart(15, '0')}-${String(ticketSeq++ % 1e6).padStart(6, '0')}-${(0,fsx/* randomToken */.zs)()}`;
    const file = external_node_path_.join(queueDir, name);
    const content = JSON.stringify({ pid: process.pid, host: (0,builtins.os)().hostname() });
    (0,epochs/* assertNotPlanted */.EN)(queueDir);
    // Readable by the group whatever the umask (its mode set on the descriptor): other users'
    // waiters check whether we are alive.
    try {
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    catch (e) {
        if (!((0,errors/* isErrnoException */.s$)(e) && e.code === 'ENOENT'))
            throw e;
        await (0,fsx/* ensureDir */.A0)(queueDir); // the first waiter of this lock
        (0,epochs/* assertNotPlanted */.EN)(queueDir);
        (0,fsx/* createFileSync */.EX)(file, content);
    }
    return { name, file };
}
/** Keeps the ticket's heartbeat going (its mtime) until the returned function is called. */
function keepTicketAlive(ticket, staleMs) {
    const timer = setInterval(() => {
        const now = new Date();
        try {
            (0,external_node_fs_.utimesSync)(ticket().file, now, now);
        }
        catch {
            // removed as stale (we stalled): the waiting loop takes a new one
        }
    }, Math.max(10, Math.floor(staleMs / 4)));
    timer.unref();
    return () => clearInterval(timer);
}
/** Whether the ticket's waiter is gone: its heartbeat stopped, or (this host) its process did. */
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
        if (host !== (0,builtins.os)().hostname())
            return false;
        process.kill(pid, 0);
        return false;
    }
    catch (e) {
        return (0,errors/* isErrnoException */.s$)(e) && e.code === 'ESRCH';
    }
}
/**
 * The ticket right ahead of ours, after removing dead ones in front of it (dead ones further up
 * are their successors' business); undefined when we are the head.
 */
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
// Change notifications for waiters, with polling as the fallback wherever they do not work.


/**
 * fs.watch of a file or directory that others may delete, where the platform supports it; polling
 * covers the rest (and NFS, where events do not cross hosts). Windows cannot delete a directory that
 * is being watched, so there the parent is watched for that name (and every change inside counts).
 */
function watchTarget(target, onChange, 
/** For a directory: the entries whose changes matter (the directory's own always do). */
entries) {
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
/**
 * Sleeps until one of `targets` changes, a poll is due or the probe says yes. `changed` is asked
 * once the watchers are set up: what happened between the caller's look and the watch would
 * otherwise sleep until the next poll. Periods are jittered (0.5–1.5×) so pollers sharing a lock
 * do not wake in step. The watchers stay set up across the probes: a probe costs one question.
 */
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
            // Once woken, nothing else starts: no new question, no second answer.
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
        // A question in flight when something else woke us may have had its effect: take its answer.
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

;// CONCATENATED MODULE: ./lib/core/lock.js
// Cross-process locks with an atomic takeover. A lock is a sequence of numbered epochs (see
// lock/epochs.ts): acquiring, and taking over a dead or stalled holder's lock, both mean creating
// the next epoch directory with mkdir, which exactly one of any number of racers can do. A holder
// stays the holder until a newer epoch exists; it checks that (and its token) before committing.
// A lost lock only marks the handle lost (its signal fires); release() leaves a lock it no longer
// owns alone. Waiters queue (lock/queue.ts) and sleep on file-system events, never spin.
//
// Staleness: a holder refreshes its epoch directory's mtime every quarter of the stale time with
// its own clock; a waiter compares that mtime with its own clock. Hosts sharing a root must keep
// their clocks in step (NTP) to well within the stale time. On NFS a client may see another
// host's directory times up to `acdirmax` (60 s by default) late, so the stale time must be at
// least twice that there: TOOLCHAIN_CACHE_LOCK_STALE=120 (see lock/stale.ts).











/** Who holds the lock now (or held it, if it is stale); undefined when it is free. */
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
/** Releases, synchronously, the locks this process holds: run on exit so others need not wait. */
const heldHere = new Set();
let exitHookInstalled = false;
function releaseOnExit(release) {
    heldHere.add(release);
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    // First of the exit listeners (the steps' code cache writes its files in one): waiters first.
    process.prependOnceListener('exit', () => {
        for (const r of [...heldHere]) {
            try {
                r();
            }
            catch {
                // exiting anyway: the lock goes stale instead
            }
        }
    });
}
/** One attempt: the lock, or undefined when someone else holds a fresh one. */
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
        host: (0,builtins.os)().hostname(),
        holder: options.holder,
        acquiredAt: new Date().toISOString(),
        epoch,
    };
    try {
        await (0,faults/* faultPoint */.Jd)('lock-owner');
        (0,epochs/* writeOwnerSync */.Gg)(lockPath, epoch, owner);
    }
    catch (e) {
        // No owner record (disk full, …): give the epoch back at once rather than leave a lock that
        // nobody can name and everyone must wait out.
        (0,epochs/* removeEpochSync */.Xb)(lockPath, epoch);
        throw e;
    }
    if (!(0,epochs/* ownsEpochSync */.Kz)(lockPath, epoch, token)) {
        // We stalled past the stale time between mkdir and now, and were taken over.
        (0,epochs/* removeEpochSync */.Xb)(lockPath, epoch);
        return undefined;
    }
    return holdEpoch(lockPath, name, epoch, token, staleMs);
}
/** Creates the next epoch if the newest one is free; its number, or undefined when busy or beaten. */
function claimNextEpoch(lockPath, staleMs) {
    const newest = (0,epochs/* newestEpoch */.Kw)(lockPath);
    if (!(0,epochs/* isFree */.xp)(newest, staleMs))
        return undefined;
    const epoch = newest.epoch + 1;
    if (!(0,epochs/* claimEpochSync */.Fj)(lockPath, epoch))
        return undefined; // another racer created it first
    if ((0,epochs/* epochsAbove */.mW)(lockPath, epoch)) {
        // Our view was old: that number had been used and cleaned up since. Not ours.
        (0,epochs/* removeEpochSync */.Xb)(lockPath, epoch);
        return undefined;
    }
    return epoch;
}
/** The handle of a held epoch, with its heartbeat. */
function holdEpoch(lockPath, name, epoch, token, staleMs) {
    const dir = (0,epochs/* epochDirOf */.yS)(lockPath, epoch);
    const controller = new AbortController();
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
        controller.abort(new errors/* LockLostError */.yx(name));
    };
    const heartbeat = startHeartbeat(dir, staleMs, owns, markLost);
    const releaseSync = () => {
        if (released)
            return;
        // A lock taken over by someone else is theirs now: leave it alone.
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
        // After the release, so the next holder need not wait for it.
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
        signal: controller.signal,
        assertHeldSync,
        async assertHeld() {
            assertHeldSync();
        },
        async release() {
            releaseSync();
        },
    };
}
/**
 * Refreshes the epoch directory's mtime every quarter of the stale time, after checking the lock
 * is still ours (a holder that was taken over must not refresh, and learns it here: `onLost`).
 */
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
/** The newest epoch's directory while someone holds it; undefined when the lock is free. */
function busyEpochDir(lockPath, staleMs) {
    const newest = (0,epochs/* newestEpoch */.Kw)(lockPath);
    return (0,epochs/* isFree */.xp)(newest, staleMs) ? undefined : (0,epochs/* epochDirOf */.yS)(lockPath, newest.epoch);
}
/** Waits for the lock up to `timeoutMs` (0: one attempt), then throws LockTimeoutError naming the holder. */
async function acquireLock(lockPath, name, options) {
    return (await acquireUnlessNeedless(lockPath, name, options));
}
/** A check is a few reads of cached files: 15 waiters asking 4 times a second cost ~1% of a core. */
const NEEDLESS_POLL_MS = 250;
/**
 * acquireLock for a waiter that may find the lock needless while it waits (e.g. the install it
 * waits for is done): `needless` is asked after every wake-up, and when it says so the waiter
 * leaves the line without the lock (undefined). Every waiter, wherever it stands in the line, is
 * woken by the holder's release and by changes of the `watch` files, and asks at least every
 * `pollMs` while the lock is held: a crowd of waiters leaves at once when the install is done,
 * not one after another (docs/design.md, "Install lock and waiters").
 */
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
    // Nobody queued (or no time to queue): one attempt straight away.
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
/** The waiting loop: only the head of the line tries; everyone sleeps on a watcher or a poll. */
async function waitInLine(lockPath, name, options, deadline, ticket, unless) {
    const pollMs = options.pollMs ?? 100;
    const staleMs = (0,stale/* effectiveStaleMs */.pv)(options.staleMs);
    const queueDir = queueDirOf(lockPath);
    // Look for a dead ticket ahead on joining and on every poll (no event comes from a dead waiter).
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
        // Only the head tries: first come, first served. (A head that is stuck, not just slow, stops
        // its ticket's heartbeat and is skipped once that is stale.) A waiter that may find the lock
        // needless watches the holder from anywhere in the line: its release may mean "done".
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
        // While someone holds the lock its work may end any moment: ask often, whatever the events.
        const probe = unless && busyDir !== undefined
            ? { everyMs: unless.pollMs ?? NEEDLESS_POLL_MS, ask: unless.needless }
            : undefined;
        // What changes from here on must still wake us: see `moved`.
        await (0,faults/* faultPoint */.Jd)('waiter-looked');
        const wake = await sleepUntilChange(wakeTargets(lockPath, place, unless), { period: waitPeriod(pollMs, ahead === undefined, waits), pollMs, deadline }, () => moved(lockPath, staleMs, place), probe);
        if (wake === 'probe')
            return undefined;
        scan = wake === 'poll';
    }
}
/**
 * What wakes a waiter: the ticket ahead going away; at the head (or when the lock may become
 * needless), the holder's epoch being released (not its owner record being written: that would
 * only wake us for nothing), or, with the lock free, any change of the epochs; the needless
 * check's own files.
 */
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
/** Whether the line or the lock moved since the waiter looked (then it looks again at once). */
function moved(lockPath, staleMs, place) {
    if (place.ahead !== undefined && !(0,external_node_fs_.existsSync)(external_node_path_.join(queueDirOf(lockPath), place.ahead)))
        return true;
    return place.sawLock && busyEpochDir(lockPath, staleMs) !== place.busyDir;
}
/**
 * Polls are the fallback for what a watcher cannot see (other hosts on NFS, a dead or stuck
 * waiter ahead). The head backs off to 8 × pollMs; the others, who only need to notice a stuck
 * queue eventually, poll about once a second (or every 8 × pollMs if that is longer).
 */
function waitPeriod(pollMs, head, waits) {
    return head ? pollMs * Math.min(8, 1.25 ** waits) : Math.max(8 * pollMs, 1000);
}
/** Runs `fn` while holding the lock; the lock is released whatever happens. */
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
// The on-disk state of one lock: numbered epochs. The lock `<name>` is the directory
// `<name>.lock/`, holding one directory per epoch: `<name>.lock/<n>/`. Whoever creates epoch n with
// mkdir (atomic on local disks and NFS: exactly one creator wins) holds the lock until epoch n+1
// exists. Taking over a stale or released epoch n means creating n+1, so of any number of racers
// exactly one succeeds; a racer that finds a higher epoch after its own mkdir backs off.
//
// Inside an epoch directory: `owner` (who holds it, with a random token; written as
// `owner.tmp-<pid>-<token>` and renamed, so a killed writer leaves only a `*.tmp-*` file), renamed
// to `released` on release. The epoch directory's mtime is the holder's heartbeat.
//
// Invariants the checks rely on:
// - epoch numbers only grow: the newest epoch is never removed except by its own creator backing
//   out before it held anything (no owner record yet), so a released lock keeps its number;
// - a holder removes the epochs below its own, lowest first: when epoch n+1 is gone, epoch n (and
//   its owner record) is gone too. "My owner record carries my token and there is no newer epoch"
//   is therefore exactly "nobody took over epoch n".
// The epochs directory itself is never removed while the lock may be used: numbering would start
// again, and a process about to create epoch n+1 from an old view could then hold it alongside a
// new holder of epoch 1 until that one checks.






const OWNER = 'owner';
const RELEASED = 'released';
/** What a waiter watches for in an epoch directory: its release (its removal shows anyway). */
const RELEASE_EVENTS = [RELEASED];
const epochsDirOf = (lockPath) => `${lockPath}.lock`;
const epochDirOf = (lockPath, epoch) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(epochsDirOf(lockPath), String(epoch));
/**
 * Lock paths are made by the cache only. Anything else found there (a symlink someone planted, a
 * file) is refused, never followed: a takeover must not act on another directory. Returns whether
 * the directory exists.
 */
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
/** The lock's epochs directory, created (shared mode) if missing; the locks directory must exist. */
async function prepareEpochsDir(lockPath) {
    const dir = epochsDirOf(lockPath);
    if (assertNotPlanted(dir))
        return;
    // A missing locks directory is a broken root, not something to create silently here.
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir));
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureDir */ .A0)(dir);
    assertNotPlanted(dir);
}
/** Epoch numbers present, lowest first. */
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
        // No link followed, no wait on a FIFO, bounded (regular-file.ts).
        const read = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularTextIfExistsSync */ .cL)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(epochDir, OWNER), _fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_FILE_MAX_BYTES */ .e);
        if (read === undefined)
            return undefined;
        text = read;
    }
    catch (e) {
        if (!(e instanceof _regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .NotRegularFileError */ .iZ))
            throw e;
        text = ''; // something else than our rename put there: a holder, unknown (below)
    }
    try {
        return JSON.parse(text);
    }
    catch {
        // Written by rename, so never torn; unparsable means someone else wrote it: a holder, unknown.
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
/** The newest epoch and what it says. */
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
            // Its creator backed out (or failed to write its owner) meanwhile: look again.
            if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT' && attempt < 10))
                throw e;
        }
    }
}
/** Whether the next epoch may be created: never taken, released, or its heartbeat stopped. */
function isFree(state, staleMs, now = Date.now()) {
    if (state.kind === 'none' || state.kind === 'released')
        return true;
    return (state.heartbeatMs ?? 0) < now - staleMs;
}
/**
 * mkdir of epoch n: true for the one process that created it; false if it exists, or if the
 * epochs directory itself went away meanwhile (the caller prepares it again and retries).
 */
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
    // mkdir's mode is masked by the umask; set on the descriptor, never through a swapped-in link.
    (0,_fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .chmodDirNoFollowSync */ .o5)(dir, _fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .SHARED_DIR_MODE */ .ex);
    return true;
}
function epochsAbove(lockPath, epoch) {
    return listEpochs(lockPath).some((e) => e > epoch);
}
function writeOwnerSync(lockPath, epoch, owner) {
    (0,_fsx_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileReplacingSync */ .WF)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(epochDirOf(lockPath, epoch), OWNER), JSON.stringify(owner));
}
/**
 * Still ours: our owner record in epoch n, and no newer epoch. (Epoch n+1 alone would do, by the
 * invariants above; any newer one also covers an epochs directory that someone removed and a
 * process with an old view re-created.)
 */
function ownsEpochSync(lockPath, epoch, token) {
    try {
        return readOwner(epochDirOf(lockPath, epoch))?.token === token && !epochsAbove(lockPath, epoch);
    }
    catch {
        return false;
    }
}
/** Release: the owner record becomes the `released` marker (one rename, so never half done). */
function markReleasedSync(lockPath, epoch) {
    const dir = epochDirOf(lockPath, epoch);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, OWNER), node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, RELEASED));
}
/** Removes one epoch (never the newest one of a holder: see the invariants). */
function removeEpochSync(lockPath, epoch) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(epochDirOf(lockPath, epoch), { recursive: true, force: true });
}
/** Removes the epochs below `epoch`, lowest first. Best effort: the next holder tries again. */
function removeEpochsBelow(lockPath, epoch) {
    for (const e of listEpochs(lockPath)) {
        if (e >= epoch)
            break;
        try {
            removeEpochSync(lockPath, e);
        }
        catch {
            return; // keep the lowest-first order: stop at the first one that resists (Windows)
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
// How long a silent holder keeps its lock: one definition for every lock of the cache.

/** Default stale time of the install, registry and stats locks (local disks). */
const DEFAULT_LOCK_STALE_MS = 10_000;
/** The host's setting, in seconds (e.g. `120` for a root on NFS). */
const LOCK_STALE_ENV = 'TOOLCHAIN_CACHE_LOCK_STALE';
/** Below this a heartbeat (a quarter of the stale time) would be mostly timer noise. */
const MIN_LOCK_STALE_MS = 50;
/** A day: a lock silent for that long is dead whatever the file system. */
const MAX_LOCK_STALE_MS = 86_400_000;
/**
 * The stale time set by the host through TOOLCHAIN_CACHE_LOCK_STALE (seconds, fractions allowed),
 * or DEFAULT_LOCK_STALE_MS when it is unset or empty. Anything else is an InputError naming the
 * variable, so a typo never silently falls back to a stale time that is too short for NFS.
 * (The host configuration file's `lockStale` comes first: src/core/host-config.ts.)
 */
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
/** Seconds (fractions allowed) → ms, within the bounds; else an InputError naming `source`. */
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
/** A caller's stale time, kept above the floor where heartbeats stop making sense. */
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
// The manifest recorded beside each installed toolchain: what the tree held at install time.
// It makes an install self-describing (the registry can be rebuilt from it) and lets `verify`
// name any file a job modified. Its own module, below both the install pipeline (which writes it)
// and the registry (which rebuilds from it): see docs/design.md, "The registry".





const MANIFEST_SCHEMA_VERSION = 1;
/** A regular file's sha256 (no link followed, no blocking open, no read past its size at open). */
const hashFile = (file) => (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashRegularFile */ .vF)(file);
/**
 * Walks the tree by descriptors (never following a link: dir-handle.ts) and hashes every regular
 * file, a few at a time per directory: each opened no-follow and non-blocking, checked to be a
 * regular file on its descriptor, read no further than its size (a FIFO or a file swapped in
 * cannot block or stretch the walk). An install does not call this (the extractor hashes each
 * file as it writes it); `verify`, adoption and the tests do. `root` is opened no-follow; pass an
 * open directory (openDirInside) to keep the way to it in the cache root too.
 */
async function scanTree(root) {
    const files = [];
    const walk = async (dir, rel) => {
        const hashes = [];
        for (const name of await dir.list()) {
            const relPath = rel ? `${rel}/${name}` : name;
            const st = await dir.lstat(name);
            if (st?.isDirectory()) {
                files.push({ path: relPath, type: 'directory' });
                const sub = await dir.openDir(name).catch(() => undefined); // swapped meanwhile: its entries are missing
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
/** Size, mode and sha256 of a regular file of `dir`, from its descriptor; a file that is no longer one hashes as nothing. */
async function hashInto(record, dir, name) {
    let opened;
    try {
        opened = await dir.openFile(name);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainCacheError */ .mg || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e)))
            throw e;
        record.sha256 = 'not a regular file'; // swapped after the listing: reported as modified
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
/** A manifest lists every file of a tree: large, but never this large. */
const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
/** The manifest at `file`: read no-follow, non-blocking, bounded (readFileIfExists); undefined when missing. */
async function readManifest(file) {
    const text = await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .readFileIfExists */ .QD)(file, MAX_MANIFEST_BYTES);
    return text === undefined ? undefined : parseManifest(text);
}
/**
 * The manifest `name` (layout.manifestFile's) of an entry directory opened no-follow
 * (openDirInside): read no-follow, non-blocking, bounded; undefined when missing or unreadable.
 */
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
/** Differences between the tree and its manifest, one line each ("modified: bin/cc"). */
async function verifyTree(root, manifest) {
    const actual = new Map((await scanTree(root)).map((f) => [f.path, f]));
    const problems = [];
    for (const want of manifest.files) {
        const got = actual.get(want.path);
        actual.delete(want.path);
        if (!got)
            problems.push(`missing: ${want.path}`);
        else if (got.type !== want.type)
            problems.push(`type changed (${want.type} → ${got.type}): ${want.path}`);
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
// A vendor's per-job setup (VendorLayout.job: a global npm prefix in RUNNER_TEMP, GOPATH/bin on
// PATH) without loading the vendor module on a hit: the table keeps the setup made with
// placeholder directories, and each job fills in its own. The placeholders are relative names
// (`path.join` keeps them as they are); a setup that would depend on a variable the job sets
// (GOPATH) is made by the vendor module instead. Then the job's part: directories and links made,
// PATH and variables handed back for the runner.



const JOB_TEMP = '\u0000job-temp';
const JOB_HOME = '\u0000job-home';
/** The setup with placeholders, and the job variables it read. */
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
/** The setup for this job, or undefined when the template cannot serve it (ask the vendor). */
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
    // A placeholder the vendor moved (path.resolve of it, say) is left over: not a setup to use.
    return JSON.stringify(setup).includes('\\u0000') ? undefined : setup;
}
/**
 * Makes the setup's directories and links (what is there already is left alone: the job's own
 * directories, outside the cache root).
 */
async function applyJobSetup(setup) {
    // Synchronous: a warm hit of a named toolchain does this, and fs.promises is not loaded on a hit
    // (docs/design.md, "Start-up cost"). The job's own directories, a few calls.
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
// The host's settings for named toolchains (docs/design.md, "Named toolchains"): how long a
// vendor's index stays fresh, and the mirror of each vendor. The host file's values beat the
// environment's (a workflow can set those: they are the workflow's level, as every
// TOOLCHAIN_CACHE_* variable is); there is no workflow input for either.

const INDEX_TTL_ENV = 'TOOLCHAIN_CACHE_INDEX_TTL';
const DEFAULT_INDEX_TTL_SECONDS = 3600;
/** `TOOLCHAIN_CACHE_MIRROR_NODE`, `…_MIRROR_GO`: the vendor's name upper-cased, `-` as `_`. */
const mirrorEnvName = (vendor) => `TOOLCHAIN_CACHE_MIRROR_${vendor.toUpperCase().replaceAll('-', '_')}`;
/** The host file's `indexTtl` and `mirrors`, else TOOLCHAIN_CACHE_INDEX_TTL and TOOLCHAIN_CACHE_MIRROR_<NAME>. */
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Environment variable ${INDEX_TTL_ENV} must be a whole number of seconds ≥ 0 (got "${raw}").`, INDEX_TTL_ENV);
    return Number(raw);
}
function checkMirror(raw, variable) {
    if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Environment variable ${variable} must be an http(s) URL, the base of the mirror (got "${raw}").`, variable);
    return raw.replace(/\/+$/, '');
}
/**
 * The URL to fetch for the vendor's own `url`: with a mirror, `base.url + rest` becomes
 * `mirror + base.mirrorPath + rest` for the first of the vendor's bases that `url` starts with;
 * without one (or under none of the bases), `url` itself.
 */
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

/***/ 6917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ii: () => (/* binding */ tableUse),
/* harmony export */   L7: () => (/* binding */ freshResolution),
/* harmony export */   P1: () => (/* binding */ namedDir),
/* harmony export */   am: () => (/* binding */ updateTable),
/* harmony export */   o2: () => (/* binding */ resolutionKey),
/* harmony export */   xz: () => (/* binding */ readTable)
/* harmony export */ });
/* unused harmony exports TABLE_FILE, MAX_TABLE_BYTES, MAX_ENTRIES, tableFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _fsx_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(770);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1422);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9558);
// The per-host table of resolutions (docs/design.md, "Named toolchains"): what a hit reads
// instead of the vendor's multi-megabyte index. `named/resolutions.json` in the cache root, a few
// KB: spec + platform + mirror → the resolution and when it was made, and per id what the vendor
// module says about using it (PATH directories, strip-components, variables, its mirror bases),
// so a job whose spec is in the lockfile or freshly resolved here loads no vendor module and no
// HTTP code. Written like stats.json (a temp file renamed over, 0664, under a lock): every runner
// user of the group can read and replace it. Bounded: the oldest entries go past MAX_ENTRIES.




const TABLE_FILE = 'resolutions.json';
/** A table of MAX_ENTRIES resolutions and uses is ~0.5 MB; anything larger is not ours. */
const MAX_TABLE_BYTES = 1024 * 1024;
const MAX_ENTRIES = 1000;
/** The root's directory of named-toolchain caches (this table and `docs/`, the index cache). */
const namedDir = (layout) => layout.namedDir;
const tableFile = (layout) => node_path__WEBPACK_IMPORTED_MODULE_0__.join(namedDir(layout), TABLE_FILE);
/** The key of a resolution: the spec as written, the platform, the mirror (`-`: none). */
const resolutionKey = (spec, platform, mirror) => `${spec} ${platform} ${mirror ?? '-'}`;
const emptyTable = () => ({ version: 1, resolutions: {}, uses: {} });
/**
 * The table, read no-follow and bounded (regular-file.ts); empty when missing. One that does not
 * parse or has another shape reads as empty (it is a cache: the next resolution rewrites it).
 */
function readTable(layout) {
    const text = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularTextIfExistsSync */ .cL)(tableFile(layout), MAX_TABLE_BYTES);
    if (text === undefined)
        return emptyTable();
    try {
        const doc = JSON.parse(text);
        if (doc?.version !== 1 || !isRecord(doc.resolutions) || !isRecord(doc.uses))
            return emptyTable();
        return { version: 1, resolutions: doc.resolutions, uses: doc.uses };
    }
    catch {
        return emptyTable();
    }
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A resolution of the table that is well-formed and younger than `ttlMs`. */
function freshResolution(table, key, ttlMs, now = Date.now()) {
    const r = Object.hasOwn(table.resolutions, key) ? table.resolutions[key] : undefined;
    if (!r || typeof r.id !== 'string' || typeof r.sha256 !== 'string' || typeof r.url !== 'string')
        return undefined;
    const age = now - Date.parse(r.resolvedAt);
    return age >= 0 && age < ttlMs ? r : undefined;
}
/** How `id` is used, when the table has a well-formed record of it. */
function tableUse(table, id) {
    const u = Object.hasOwn(table.uses, id) ? table.uses[id] : undefined;
    if (!u || !Array.isArray(u.bin) || !isRecord(u.env) || !Array.isArray(u.bases))
        return undefined;
    return u;
}
/** Merges `update` into the table under its lock (a lost update would only cost a resolution). */
async function updateTable(layout, update, options = {}) {
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureDir */ .A0)(namedDir(layout));
    await (0,_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .withLock */ .kK)(layout.lockPath('named-table'), 'named-table', {
        staleMs: options.staleMs ?? _lock_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LOCK_STALE_MS */ .xL,
        timeoutMs: 30_000,
        pollMs: 25,
        holder: options.holder,
    }, async (lock) => {
        const table = readTable(layout);
        Object.assign(table.resolutions, update.resolutions);
        Object.assign(table.uses, update.uses);
        table.resolutions = newest(table.resolutions, (r) => r.resolvedAt);
        table.uses = newest(table.uses, (u) => u.recordedAt);
        (0,_fsx_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileReplacingSync */ .WF)(tableFile(layout), JSON.stringify(table), () => lock.assertHeldSync());
    });
}
/** The MAX_ENTRIES newest of `records`. */
function newest(records, at) {
    const entries = Object.entries(records);
    if (entries.length <= MAX_ENTRIES)
        return records;
    entries.sort(([, a], [, b]) => Date.parse(at(b)) - Date.parse(at(a)));
    return Object.fromEntries(entries.slice(0, MAX_ENTRIES));
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
// EXTERNAL MODULE: ./lib/core/named/table.js
var table = __nccwpck_require__(6917);
;// CONCATENATED MODULE: ./lib/core/named/doc-cache.js
// The per-host cache of the vendors' documents (indexes, checksum files): `named/docs/<key>` in
// the cache root, one file per URL actually fetched (the mirror's when there is one), holding a
// line of JSON (the URL, when it was fetched, the ETag/Last-Modified to revalidate with) and the
// document's text. Only a document its vendor module parsed is stored. Written like stats.json
// (a temp file renamed over, 0664): any runner user of the group can read and replace it.




/** The largest document read or stored: nodejs.org's index is ~0.3 MB, go.dev's with every release ~2 MB. */
const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
const docsDir = (layout) => external_node_path_.join((0,table/* namedDir */.P1)(layout), 'docs');
/** The file of `url`: a digest of it (URLs hold `/`, `?`, and may be long). */
const docFile = (layout, url) => external_node_path_.join(docsDir(layout), (0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 32));
/** The cached copy of `url`, or undefined (missing, unreadable, another URL's, or malformed). */
async function readCachedDocument(layout, url) {
    let raw;
    try {
        raw = await (0,fsx/* readFileIfExists */.QD)(docFile(layout, url), MAX_DOCUMENT_BYTES + 64 * 1024);
    }
    catch {
        return undefined; // a link or a FIFO at the name: no copy (the next fetch replaces it)
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
// The VendorFetch of the resolver (src/vendors/types.ts): a vendor's document by the vendor's own
// URL, fetched from the host's mirror when there is one, served from the per-host cache while
// fresh, revalidated with ETag/Last-Modified, one fetch at a time per document across the
// processes of the host (16 jobs resolving node@24 at once make one request), and the cached copy
// of any age, with a warning naming its age, when the vendor cannot be reached. See
// docs/design.md, "Named toolchains".






/** A vendor answering nothing for this long is unreachable (then the cached copy serves). */
const DOCUMENT_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;
class CachedVendorFetch {
    options;
    /** One answer per URL per process: several specs and platforms read the same index. */
    texts = new Map();
    records = [];
    constructor(options) {
        this.options = options;
    }
    /** `url` is the one to fetch (the caller applied the mirror). */
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
        // One fetch per document at a time: the others wait for its answer, then read the copy.
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
            // Written and replaced meanwhile by something we cannot read: ask ourselves.
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
    /** The cached copy when its vendor module still reads it. */
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
    /** Asks the vendor (revalidating `cached`), stores what parses; unreachable → `cached` with a warning. */
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
    /** One GET (conditional when `cached` has validators), its body bounded and parsed. */
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
/** `3 h 20 min`, `2 days`, `45 s`. */
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
;// CONCATENATED MODULE: ./lib/core/named/vendor-step.js
// The part of the resolver a hit never loads: the vendor modules, the index cache and the HTTP
// code (src/core/named/resolve.ts decides when it is needed).





// Keyed by the run: its options, or the session its per-platform copies share.
const fetchers = new WeakMap();
/** The shared fetcher of one resolution run: each document read once however many specs need it. */
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
/** What `vendor` reads: its own URLs, fetched from its mirror when the host has one. */
function vendorFetch(options, vendor) {
    const shared = fetcherOf(options);
    const mirror = options.settings.mirrorOf(vendor.name);
    return {
        document: (url, parse) => shared.document((0,settings/* mirrored */.VV)(url, vendor.bases, mirror), parse),
    };
}
/** The vendor module of `name` (the registry lists the known names when it is none). */
const findVendor = async (name, options, spec) => options.vendor
    ? options.vendor(name)
    : (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1748))).loadVendor(name, spec);
/** The spec resolved by its vendor, checked: an id, a URL, a sha256 the rest of the code accepts. */
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
/** How `resolution.id` is used (the vendor's layout, its variables for this cache root, its bases). */
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
        recordedAt: new Date(options.now?.() ?? Date.now()).toISOString(),
    };
}
/** The vendor's per-job setup made by the vendor module (a job variable it reads is set). */
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
/* harmony export */   Td: () => (/* binding */ stream),
/* harmony export */   os: () => (/* binding */ os)
/* harmony export */ });
/* unused harmony export builtin */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
// Node builtins that a warm hit never needs, loaded on first use instead of at start-up. A bundle
// loads every builtin its modules import when its chunk runs, and `node:crypto`, `node:stream` or
// `node:zlib` each cost a warm hit more than its own work does (Node 24 compiles them on demand:
// they are not in its start-up snapshot). docs/design.md, "Start-up cost". Type-only imports: the
// modules themselves load only through `builtin`.

let requireBuiltin;
/** A builtin by id: `process.getBuiltinModule` (Node ≥ 20.16), else a require made here. */
function builtin(id) {
    if (!requireBuiltin) {
        const get = process.getBuiltinModule;
        requireBuiltin =
            typeof get === 'function'
                ? get.bind(process)
                : (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(`${process.cwd()}/`);
    }
    return requireBuiltin(id);
}
const crypto = () => builtin('node:crypto');
const os = () => builtin('node:os');
const stream = () => builtin('node:stream');
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
// The names of users and groups, for messages that tell an operator what to run. Read from
// /etc/passwd and /etc/group (bounded); where a name is not found there (a directory service,
// Windows), the number itself, which chgrp, chown and sudo -u (as #uid) accept as well.

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
/** The user's name, else its uid as a string. */
const userName = (uid) => (process.platform === 'win32' ? undefined : nameOf('/etc/passwd', uid)) ?? String(uid);
/** The group's name, else its gid as a string. */
const groupName = (gid) => (process.platform === 'win32' ? undefined : nameOf('/etc/group', gid)) ?? String(gid);
/**
 * Whether the user `uid` is in the group `gid`: its primary group (/etc/passwd) or a member
 * listed in /etc/group (what `usermod -aG` writes). Undefined when the user is not found there
 * (a directory service, Windows): nobody can tell from here.
 */
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
// Random names (temp files, use keys, the runner's heredoc delimiters) without loading
// `node:crypto` on a warm hit (docs/design.md, "Start-up cost"): the kernel's CSPRNG read from
// /dev/urandom where there is one (checked to be a character device), node:crypto elsewhere.


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
/** `n` bytes from the system's CSPRNG. */
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
/** `2n` hex characters of randomness. */
const randomHex = (n) => randomBytes(n).toString('hex');
/** An RFC 4122 version 4 UUID, as crypto.randomUUID makes. */
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
// Install receipts: the evidence an installer writes, outside the tree, before it publishes one.
// A tree in toolchains/ says what it is through its manifest, but anyone who can write the root can
// plant a tree with a manifest claiming any sha256. A tree is trusted (adopted after a crash, or
// registered by a rebuild) only when the receipt of its id names that sha256 and the manifest's
// exact bytes; every hit trusts tree-stat only when its bytes are the ones the receipt names.
// See docs/design.md, "Evidence" and "The hit check".






const RECEIPT_SCHEMA_VERSION = 1;
/** A receipt is a few hundred bytes; anything much larger was not written by an installer. */
const RECEIPT_MAX_BYTES = 64 * 1024;
/** manifest.json: one line per member, and an archive has at most a few hundred thousand. */
const MANIFEST_MAX_BYTES = 256 * 1024 ** 2;
/**
 * Written under the install lock, after the manifest and tree-stat and before the rename that
 * publishes the tree. Seals both (read-only, on their descriptors) and digests the very bytes
 * sealed; the receipt itself is sealed too.
 */
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
        writtenAt: new Date().toISOString(),
    };
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureDir */ .A0)(layout.receiptsDir); // a root of an older release, or made by hand, may lack it
    // A sealed receipt left by an earlier install of the id: Windows refuses to rename over a
    // read-only file. No tree of the id is published now (we hold its install lock, before the rename).
    await removeReceipt(layout, id);
    await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .atomicWriteFile */ .Re)(layout.receiptFile(id), JSON.stringify(receipt));
    (0,_install_seal_js__WEBPACK_IMPORTED_MODULE_3__/* .sealRecordSync */ .U4)(layout.receiptFile(id), RECEIPT_MAX_BYTES);
}
/**
 * The receipt of `id` for `sha256` (when given), read as every record in the root is (no link
 * followed, a regular file, bounded), or why there is none to go by.
 */
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
/** The digest of the record at `file`, or undefined when it is missing, not a regular file or too large. */
function digestOf(file, maxBytes) {
    try {
        return (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .recordDigest */ .kd)((0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFileSync */ .cG)(file, maxBytes));
    }
    catch {
        return undefined;
    }
}
/**
 * Why the installed files of `id` are not what its installer published, or undefined when the
 * receipt names `sha256` (when given) and the manifest (and metadata file) byte for byte.
 */
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
/**
 * What a hit goes by: the digest of tree-stat that the receipt of `id` for `sha256` records, or
 * why there is none (no receipt, an unreadable one, one for another archive, one without it).
 * The hit then checks tree-stat's bytes against it (install/tree-stat.ts, treeStatProblem).
 */
function recordedTreeStat(layout, id, sha256) {
    const found = receiptFor(layout, id, sha256);
    if ('problem' in found)
        return found;
    const { statsSha256: recorded, statsIdentity: identity } = found.receipt;
    if (typeof recorded !== 'string')
        return { problem: 'its install receipt records no metadata file (tree-stat)' };
    return typeof identity === 'string' ? { sha256: recorded, identity } : { sha256: recorded };
}
/** Removed with the entry (GC, `remove`): a receipt outliving its tree would vouch for a planted one. */
async function removeReceipt(layout, id) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(layout.receiptFile(id), { force: true }).catch((e) => {
        if (!((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENOENT'))
            throw e;
    });
}
/**
 * The hit check (metadata only, see install/tree-stat.ts): how the tree changed since it was
 * sealed, by the tree-stat its installer's receipt vouches for (docs/design.md, "The hit check").
 * No receipt for this archive, or a tree-stat other than the one it records, is a changed tree.
 */
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
// One way to show a URL: its userinfo (`user:pass@`) and its query string (signed URLs, tokens)
// become `***`. Every log line, error, warning, summary and statistic shows URLs through this,
// and the root stores only this form (registry.json, manifest.json): every local user can read
// them (docs/design.md, "Security model"). The download itself uses the real URL.
/** `https://user:pass@host/x.tar.gz?token=s#f` → `https://***@host/x.tar.gz?***#***`. */
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
/** The same, for text that is not a URL a parser takes (an invalid input, shown in its error). */
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
// Rebuilding the registry's entries from the installed trees: each complete install carries a
// manifest and a receipt, both written before it was published (see docs/design.md, "The registry"
// and "Evidence").





/** The entry a manifest describes; its last use is `registeredAt` until a use says otherwise. */
function entryFromManifest(m, registeredAt) {
    return {
        id: m.id,
        sha256: m.sha256,
        url: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .B)(m.url),
        sizeBytes: m.sizeBytes,
        fileCount: m.fileCount,
        installedAt: m.installedAt,
        lastUsedAt: registeredAt.toISOString(),
    };
}
/**
 * Entries for every complete install under toolchains/: a valid manifest for its own id, vouched
 * for by its installer's receipt (a planted tree carries a manifest, never a receipt matching it).
 * The rebuild counts as a use: age-based GC then waits a full period before removing any.
 */
async function scanInstalled(layout, now = new Date()) {
    const scan = { entries: [], rejected: [] };
    const toolchains = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.toolchainsDir);
    if (!toolchains)
        return scan;
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_1__/* .withDir */ .uM)(toolchains, async (dir) => {
        for (const name of await dir.list()) {
            // Never read through a link planted in place of a tree: opened no-follow, read through it.
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
/** The entries scanInstalled accepts. */
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
// The registry's on-disk shape, validated on every read: a registry that fails validation is never
// treated as empty. Entries only: uses live in their own records (uses.ts), and a toolchain's
// directory always comes from the layout, never from this file.
// Hand-written rather than a schema library: the check runs on the warm path of every job.

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
/** Why `e` is not a registry entry, as "field: expected …", or undefined when it is one. */
function entryProblem(e) {
    if (!isObject(e))
        return 'expected an object';
    for (const [field, ok, expected] of ENTRY_FIELDS) {
        if (!ok(e[field]))
            return `${field}: expected ${expected}`;
    }
    return undefined;
}
/**
 * Why `raw` is not a registry document ("entries.cmake.sha256: expected …"), or undefined when it
 * is one. Unknown keys are kept.
 */
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
/**
 * Entries written before URLs were stored redacted lose their credentials as they are read (the
 * next write stores them without): only redacted URLs live in the root (src/core/redact.ts).
 */
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
// Reading a file someone else may have put at its name: a record in the root (registry.json, a
// receipt, manifest.json, tree-stat, a lock's owner), an archive in staging, an object in a tier
// directory. The open follows no link and never blocks (opening a FIFO for reading waits for a
// writer, forever), the descriptor must be a regular file, and reads stop at the size it had when
// it was opened (and at a bound per kind of file): a file that keeps growing (or a FIFO fed
// slowly) never holds a step. Synchronous entry points for the warm path and the registry's
// critical sections, asynchronous ones for the rest. See docs/design.md, "Staging", "Remote tiers"
// and "Walks stay in the root".



/** 0 on Windows, which has neither flag (a symlink there needs a privilege; no FIFOs in the file system). */
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
/** Every read open of this module: no link followed, no wait for a FIFO's writer. */
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
/** No O_TRUNC: what is there is checked (assertOwnSingleName) before a byte of it changes. */
const WRITE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | NO_FOLLOW | NON_BLOCK;
/** What a name holds instead of a regular file, for messages. */
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
/**
 * A name that holds something else than it must (a regular file of at most some size, or for a
 * tier's own names a directory). The one error of this module, an UNSAFE_PATH.
 */
class NotRegularFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolchainCacheError */ .mg {
    file;
    kind;
    constructor(file, kind, expected = 'a regular file') {
        super('UNSAFE_PATH', `${file} is ${kind}, not ${expected}: it was neither followed nor read. Check who can write there.`);
        this.file = file;
        this.kind = kind;
    }
}
/** The errors of an open that met a link (ELOOP; EMLINK on FreeBSD) or a FIFO/socket (ENXIO), named. */
function openFailure(file, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && (e.code === 'ELOOP' || e.code === 'EMLINK'))
        return new NotRegularFileError(file, 'a symlink');
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrnoException */ .s$)(e) && e.code === 'ENXIO')
        return new NotRegularFileError(file, 'a FIFO or a socket');
    return e;
}
/** Throws unless the opened object is a regular file of at most `maxBytes`. */
function checkOpened(file, st, maxBytes) {
    if (!st.isFile())
        throw new NotRegularFileError(file, fileKind(st));
    if (st.size > maxBytes)
        throw new NotRegularFileError(file, `${st.size} bytes`, `at most ${maxBytes} bytes`);
}
/**
 * Throws unless the opened object is a regular file of the effective user with one name: what
 * may be written, truncated or chmod-ed. A hard link a group member planted at a name we write (to
 * /etc/sudoers, or to a runner user's own 0600 file, on a host without fs.protected_hardlinks)
 * has a second name, or another owner; writing or chmod-ing it would reach that file. Windows:
 * the regular-file check only.
 */
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
/** Without O_NOFOLLOW (Windows): look first; a swap in between needs a privilege there. */
function lookedAt(file, st) {
    if (!st.isFile())
        throw new NotRegularFileError(file, fileKind(st));
}
// ------------------------------------------------------------------------------------ synchronous
/**
 * Opens `file` (no-follow, non-blocking), checks that it is a regular file of at most `maxBytes`,
 * and hands its descriptor and size to `use`. Throws the open's errno error (ENOENT…) or a
 * NotRegularFileError.
 */
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
/** Reads at most `size` bytes from the start of `fd` (fewer when the file shrank meanwhile). */
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
/** The bytes of the regular file `file` (see withRegularFileSync for what is refused). */
const readRegularFileSync = (file, maxBytes) => withRegularFileSync(file, maxBytes, readUpToSync);
/** readRegularFileSync as text, or undefined when there is no such file. */
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
/**
 * What a receipt records of a sealed record besides its digest: inode, size, mtime and ctime. Any
 * change to the file, or another file put in its place, changes one of them (ctime cannot be set
 * back by anyone but root), so a hit whose tree-stat still has it need not hash the bytes
 * (docs/design.md, "The hit check"). The device is left out: it may change across reboots.
 */
const fileIdentity = (st) => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
/** readRegularFileSync, with the identity (fileIdentity) of the descriptor the bytes came from. */
function readRegularFileIdentitySync(file, maxBytes) {
    return withRegularFileSync(file, maxBytes, (fd, size) => ({
        bytes: readUpToSync(fd, size),
        identity: fileIdentity((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd)),
    }));
}
/** The digest a receipt records of a file: sha256 of its exact bytes, in hex. */
const recordDigest = (data) => (0,_platform_builtins_js__WEBPACK_IMPORTED_MODULE_2__/* .crypto */ .Et)().createHash('sha256').update(data).digest('hex');
/**
 * Opens `file` for reading: no link followed, no blocking open, a regular file of at most
 * `maxBytes` only (anything else throws NotRegularFileError naming the file and what it is).
 */
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
/** Reads exactly up to `size` bytes from the start (fewer when the file shrank). */
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
/** The bytes of the regular file `file`, bounded (see openRegularFile for what is refused). */
async function readRegularFile(file, maxBytes) {
    // Read synchronously (records, bounded): a hit loads no fs.promises (docs/design.md, "Start-up cost").
    return Promise.resolve(readRegularFileSync(file, maxBytes));
}
/**
 * Bytes `start` to `end` (exclusive) of `handle`, by positional reads: the descriptor's offset
 * never moves, and destroying the stream leaves the descriptor open (an fs read stream given a
 * handle closes it when destroyed, whatever its autoClose).
 */
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
/** Writes to `handle` at its offset, in order, and leaves it open (an fs write stream may not). */
const writeTo = (handle) => new (stream().Writable)({
    write(chunk, _encoding, done) {
        handle.write(chunk).then(() => done(), done);
    },
});
/** The sha256 of the regular file `file`, of at most the bytes it had when opened. */
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
/**
 * Opens `file` for writing, created when missing (with `mode`), emptied, without following a
 * link and without blocking (ENXIO: a FIFO without a reader); what is there must be a regular
 * file of this user with one name (assertOwnSingleName), checked before it is truncated. For a
 * file whose name we made ourselves in a directory others can write (a tier's part file in staging).
 */
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
/* harmony import */ var _uses_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2599);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1422);
// Usage statistics: counters per repository (namespace) and GC counters in stats.json, and
// cache-wide figures. The counters have their own file and lock, so recording them never holds up
// an install; they are written like the registry (under the lock, atomic replace, ownership
// re-checked before the rename; docs/design.md, "Statistics").





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
/** Why `raw` is not a GcCounters record, or undefined when it is one. */
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
/** Why `raw` is not a statistics document ("namespaces.o/r.jobs: …"), or undefined when it is one. */
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
    updatedAt: new Date(0).toISOString(),
});
const zeroGcCounters = () => ({
    runs: 0,
    toolchainsRemoved: 0,
    bytesFreed: 0,
    hosts: {},
});
// A repository name is "owner/name" (a host id "name/hex"); never let one be read as an object's
// prototype slot.
const safeNamespace = (ns) => ns === '__proto__' || ns === 'constructor' || ns === 'prototype' ? `(${ns})` : ns || 'unknown';
/**
 * Reads stats.json under the stats lock, lets `change` modify it, and replaces it atomically (the
 * lock re-checked right before the rename): many jobs and GCs of every host record at once, and
 * none may lose another's update.
 */
async function updateStats(layout, options, change) {
    return (0,_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .withLock */ .kK)(layout.lockPath('stats'), 'stats', {
        staleMs: options.staleMs ?? _lock_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LOCK_STALE_MS */ .xL,
        timeoutMs: options.lockTimeoutMs ?? 10_000,
        pollMs: 25,
        holder: options.holder,
    }, async (lock) => {
        const { doc } = await readStats(layout, { moveCorruptAside: true });
        const result = change(doc);
        // Not fsynced: statistics lost to a power cut (on some file systems the whole file: then it is
        // moved aside and counting starts again) are not worth two fsyncs in every job (16 jobs
        // ending together queue on this lock).
        (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileReplacingSync */ .WF)(layout.statsFile, JSON.stringify(doc), () => lock.assertHeldSync());
        return result;
    });
}
/** Adds one job's results to its namespace's counters; returns the namespace's new counters. */
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
        c.updatedAt = new Date(now).toISOString();
        doc.namespaces = { ...doc.namespaces, [ns]: c };
        return c;
    });
}
/** Counts one full GC of host `host` (the post step's or the CLI's); returns the new GC counters. */
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
            lastRunAt: new Date(now).toISOString(),
            lastRunRemoved: run.removed.length,
            lastRunBytesFreed: freed,
        };
        gc.hosts = { ...gc.hosts, [id]: last };
        doc.gc = gc;
        return gc;
    });
}
/**
 * Lock-free read (the file is replaced atomically). A missing file reads as empty; so does an
 * unreadable one, with a warning; under the stats lock it is also moved aside.
 */
async function readStats(layout, options = {}) {
    const text = await (0,_fsx_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileIfExists */ .QD)(layout.statsFile);
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
/** Every namespace with its hit rate, and the sums over all of them. */
function summarizeStats(doc) {
    const total = zeroCounters();
    const sorted = Object.entries(doc.namespaces).sort(([a], [b]) => (a < b ? -1 : 1));
    // fromEntries defines own properties: a "__proto__" key read from the file stays a key.
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
/** An entry's live uses; unreadable records count as live (as GC counts them: isInUse). */
const liveUseCount = (u) => (u?.live.length ?? 0) + (u?.unreadable.length ?? 0);
/** Live uses per entry id, judged without changing anything. */
async function liveUseCounts(layout, doc, now = Date.now()) {
    const usage = await (0,_uses_js__WEBPACK_IMPORTED_MODULE_3__/* .usageOfAll */ .Gy)(layout, Object.keys(doc.entries), now);
    return new Map([...usage].map(([id, u]) => [id, liveUseCount(u)]));
}
/** Entries, bytes, in use / unused (live uses) and free disk space. */
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
/** fs.statfs (Node ≥ 18.15); null where it is missing or the filesystem does not say. */
async function freeDiskBytes(dir) {
    if (typeof node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.statfs !== 'function')
        return null;
    try {
        const s = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.statfs(dir);
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
// Uses as their own records (the GC roots): one small file per use, `uses/<id>/<key>.json`,
// published by a rename and removed on release. No rewrite of the registry can lose them, and a
// warm hit records one without any lock. The protocol against GC (docs/design.md, "Uses and
// GC"): an acquire writes its record, then looks for the entry's removal mark and its tree; a GC
// writes the mark, then looks for records. Whichever comes second sees the other.








const USE_SUFFIX = '.json';
const isWindows = process.platform === 'win32';
/** A new file, never an existing name, never through a link. */
const CREATE_EXCLUSIVE = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
/** The name of a use record in `uses/<id>` (layout.useFile's). */
const useFileName = (layout, id, key) => node_path__WEBPACK_IMPORTED_MODULE_1__.basename(layout.useFile(id, key));
/** The last-use stamp's name in `uses/<id>` (layout.lastUsedStamp's). */
const LAST_USED = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(new _layout_js__WEBPACK_IMPORTED_MODULE_4__/* .CacheLayout */ .lB(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).lastUsedStamp('id'));
async function lstatIfExists(p) {
    try {
        // Synchronous: on every hit's way, and nothing there loads fs.promises ("Start-up cost").
        return await Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p));
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isErrnoException */ .s$)(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR'))
            return undefined;
        throw e;
    }
}
/** Where an installed entry stands. A tree replaced by a link (or a file) is an UNSAFE_PATH error. */
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
/**
 * `uses/<id>`, opened without following a link (O_DIRECTORY|O_NOFOLLOW, synchronously: this is
 * the warm hit's path), made when missing: a job's record goes into that very directory and is
 * removed from it, never through a link planted there by another user. A link (or anything but a
 * directory) there stops the job naming it (docs/design.md, "Uses and GC"); undefined when it is
 * missing and `create` is false.
 */
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
        // The first use of this id.
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
/**
 * Publishes `text` as `name` in the open `uses/<id>`: written to a temp name, then renamed (a
 * reader never sees half a record). Both names are bound to the directory's descriptor.
 */
function publishSync(dir, name, text) {
    const tmp = `${name}.tmp-${process.pid}-${(0,_fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .randomToken */ .zs)()}`;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(dir.nameOf(tmp), CREATE_EXCLUSIVE, _fsx_js__WEBPACK_IMPORTED_MODULE_3__/* .SHARED_FILE_MODE */ .bG);
    try {
        // Explicitly: the umask must not keep the runners' group from reading it (GC judges it).
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
/** Runs `fn` with `uses/<id>` open (made when missing). */
async function withUsesDir(layout, id, fn) {
    const dir = (await openUsesDir(layout, id, true));
    try {
        return await fn(dir);
    }
    finally {
        dir.close();
    }
}
/** Unlinks `name` of the open `uses/<id>`; false when it was not there. */
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
/** Writes a use record as is (recordUse adds the checks); the file's path. */
async function writeUseRecord(layout, id, record) {
    await withUsesDir(layout, id, async (dir) => publishSync(dir, useFileName(layout, id, record.key), JSON.stringify(record)));
    return layout.useFile(id, record.key);
}
/**
 * Records this step's use of `id`, then checks the entry is still there and not being removed.
 * True when the use holds; false (and no record left) when the caller must install it again.
 */
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
/** A use belongs to this step when it has the step's key, or (the key being lost with a crashed
 * main) the same job process and the same action step. */
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
/**
 * Releases this step's uses of `ids`; idempotent. Returns the ids released. The release is the
 * unlink, in `uses/<id>` opened no-follow; refreshing the last-use stamp afterwards is best effort
 * and never makes it fail.
 */
async function releaseUses(layout, owner, ids, now = Date.now()) {
    const host = (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .hostId */ .My)();
    const released = [];
    for (const id of new Set(ids)) {
        const dir = await openUsesDir(layout, id, false);
        if (!dir)
            continue;
        let removed = false;
        try {
            const names = new Set();
            if (owner.key)
                names.add(useFileName(layout, id, owner.key));
            if (owner.process && owner.job) {
                const { records } = await readUses(layout, id);
                for (const r of records)
                    if (ownedBy(r.use, owner, host))
                        names.add(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(r.file));
            }
            for (const name of names)
                removed = unlinkIn(dir, name) || removed;
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
/** Refreshes the last-use stamp of the open `uses/<id>` (advisory: GC's age and LRU decisions read it). */
function stampIn(dir, at) {
    try {
        publishSync(dir, LAST_USED, new Date(at).toISOString());
    }
    catch {
        // Advisory: a stamp that cannot be written only makes the entry look older to GC.
    }
}
/** stampIn for `id`, when its `uses/<id>` exists (and is a directory, not a link). */
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
/** A use record is a few hundred bytes: anything much larger is not one (and is not read whole). */
const MAX_RECORD_BYTES = 64 * 1024;
/**
 * Every use record of `id` (temp files of writers in progress are not records). `uses/<id>` is
 * opened no-follow from the root and its files read through that descriptor, no-follow and
 * non-blocking: a link or a FIFO planted there is an unreadable record (the entry stays in use),
 * never followed nor waited on.
 */
async function readUses(layout, id) {
    const result = { records: [], unreadable: [], temps: [] };
    let dir;
    try {
        dir = await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .openDirInsideIfExists */ .Z1)(layout.root, layout.usesOf(id));
    }
    catch {
        // A directory of uses we cannot open (or a link in its place) may hold live uses: the caller
        // must treat the entry as in use.
        result.unreadable.push(layout.usesOf(id));
        return result;
    }
    if (!dir)
        return result;
    await (0,_dir_handle_js__WEBPACK_IMPORTED_MODULE_6__/* .withDir */ .uM)(dir, (d) => readUsesIn(d, result));
    return result;
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
                continue; // released meanwhile
            result.unreadable.push(file);
        }
    }
}
/**
 * Unlinks files of `uses/<id>` by name, through the directory opened no-follow from the root (a
 * link planted at `uses/<id>` is never deleted through). Returns the names that were there.
 */
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
/** Judges every record of `id` (liveness may run `ps`: never call this under a busy lock in a loop). */
async function usageOf(layout, id, alive) {
    const { records, unreadable, stampMs, temps } = await readUses(layout, id);
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
/** Usage of each id, judged with one liveness checker. */
async function usageOfAll(layout, ids, now = Date.now()) {
    const alive = (0,_leases_js__WEBPACK_IMPORTED_MODULE_5__/* .livenessChecker */ .J3)(now);
    const out = new Map();
    for (const id of ids)
        out.set(id, await usageOf(layout, id, alive));
    return out;
}
/** A temp file this old belongs to a writer that was killed (a record is written in microseconds). */
const STALE_TEMP_MS = 3600_000;
/**
 * Removes the regular files among `names` (entries of the open directory `dir`) not modified for
 * `maxAgeMs` (by default: temp files of killed writers); returns how many. Relative to the
 * descriptor: a link is never followed, a directory swapped in above never redirects it.
 */
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
/**
 * Removes the records of jobs that are gone, for every id that has a uses directory. A dead use
 * cannot come back to life (a refreshed use is a new record), so unlinking it needs no lock; its
 * time goes into the last-use stamp so LRU still sees the job's use.
 */
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
// The runner's platform as ids name it (`linux-x64`, `darwin-arm64`, `linux-x64-musl`), from the
// OS, the architecture and the C library. Called on every named job, hits too, so it finds the
// platform key cheaply: the C library is read from the Node executable's ELF interpreter (one
// small read), the costly diagnostic report only as a fallback (docs/design.md, "Vendors").



const OS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'win',
};
const ARCH = { x64: 'x64', arm64: 'arm64' };
/**
 * The platform of `facts` (default: this process's host). Throws naming the OS and architecture
 * when no id platform covers them (32-bit, ppc64, FreeBSD…).
 */
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
/** This process's OS and architecture, and on Linux its C library. */
function hostFacts() {
    const facts = { platform: process.platform, arch: process.arch };
    if (process.platform === 'linux')
        facts.musl = isMusl();
    return facts;
}
let muslCache;
/**
 * The C library of the running Node: first from the ELF interpreter its executable names
 * (`/lib64/ld-linux-x86-64.so.2` vs `/lib/ld-musl-x86_64.so.1`: one small read, tens of µs, so a
 * hit may ask), else (a static or unreadable executable) from Node's diagnostic report.
 */
const isMusl = () => (muslCache ??=
    muslFromInterpreter(elfInterpreter(process.execPath)) ??
        detectMusl(process.report));
/** `ld-musl-*` → true, `ld-linux-*` → false, anything else (none, unknown) → undefined. */
function muslFromInterpreter(interpreter) {
    const name = interpreter?.split('/').pop() ?? '';
    if (name.startsWith('ld-musl-'))
        return true;
    if (name.startsWith('ld-linux'))
        return false;
    return undefined;
}
const PT_INTERP = 3;
/**
 * The program interpreter (PT_INTERP) an ELF executable names, read from its headers; undefined
 * for a file that is not ELF, has none (static), or cannot be read. Bounded reads of one file.
 */
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
/**
 * musl when Node's own diagnostic report has no `glibcVersionRuntime` (Node fills it from
 * gnu_get_libc_version(), which musl lacks). Works without /proc or `ldd`, but costs tens of ms:
 * only when the executable names no known interpreter. The report's network section is switched
 * off while it is made, and restored.
 */
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
/** `linux-x64-musl` → `linux-x64` (the same OS and architecture, any C library). */
const withoutLibc = (p) => p.replace(/-musl$/, '');
/** The OS part of a platform: `linux`, `darwin` or `win`. */
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
// Vendor name → module, loaded on first use: a job whose named toolchains are all answered by the
// lockfile or the resolution table imports no vendor code at all. Adding a vendor is adding a file
// and a line here (docs/design.md, "Vendors").

const LOADERS = {
    node: async () => (await __nccwpck_require__.e(/* import() */ 619).then(__nccwpck_require__.bind(__nccwpck_require__, 8619))).node,
    go: async () => (await __nccwpck_require__.e(/* import() */ 721).then(__nccwpck_require__.bind(__nccwpck_require__, 6721))).go,
    python: async () => (await __nccwpck_require__.e(/* import() */ 542).then(__nccwpck_require__.bind(__nccwpck_require__, 7542))).python,
    temurin: async () => (await __nccwpck_require__.e(/* import() */ 633).then(__nccwpck_require__.bind(__nccwpck_require__, 3633))).temurin,
    zig: async () => (await __nccwpck_require__.e(/* import() */ 617).then(__nccwpck_require__.bind(__nccwpck_require__, 4617))).zig,
};
/** The names users may write before `@`, in the order errors list them. */
const VENDOR_NAMES = Object.keys(LOADERS);
const isVendorName = (name) => Object.hasOwn(LOADERS, name);
/** Throws an InputError listing the known names when `name` is not one (no import). */
function checkVendorName(spec, name) {
    if (!isVendorName(name)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${spec}: unknown toolchain name "${name}". Known names: ${VENDOR_NAMES.join(', ')}; ` +
            'for anything else give an {id, url, sha256} item.', 'toolchains');
    }
}
/** The vendor module for `name` (imported on first call); an unknown name throws as checkVendorName. */
async function loadVendor(name, spec = `${name}@…`) {
    checkVendorName(spec, name);
    return LOADERS[name]();
}


/***/ }),

/***/ 5386:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PLATFORMS)
/* harmony export */ });
// The contract every vendor module implements (src/vendors/<name>.ts): how a named toolchain
// (`node@24`) becomes an ordinary {id, url, sha256} item, from the vendor's own index and its own
// published checksums. A vendor module does no I/O of its own: it asks `VendorFetch` for the
// documents it needs (by the vendor's own URLs), and the resolver applies the host's mirror, the
// per-host index cache, the TTL and the one-fetch-at-a-time lock (docs/design.md, "Named toolchains").
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
