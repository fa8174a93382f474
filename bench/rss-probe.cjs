// Preloaded (node --require) into a step the bench measures for memory: on exit, writes the
// process's peak resident set size (KiB) to BENCH_RSS_FILE. Loaded only in the memory runs.
// CommonJS and --require, not --import: an ES module preload starts Node's module loader in
// every process, ~11 MiB more in a CommonJS step (ours) that never loads it otherwise.
// Linux: VmHWM of /proc/self/status, because getrusage's ru_maxrss survives exec and so reports
// the bench process's own peak for a child it forked; elsewhere, process.resourceUsage().
const fs = require('node:fs');

function peakKiB() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(peakKiB()));
});
