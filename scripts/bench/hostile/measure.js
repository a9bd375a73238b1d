// Runs a command as a child process and measures its wall time and peak memory (VmHWM from
// /proc, polled, so a process that dies of exhaustion is still measured). Kills it at `cutoffMs`.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');

function peakKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resolves to { ms, peakMb, code, signal, killed, stdout, stderr }. */
function measure(command, args, { cutoffMs = 60000, cwd } = {}) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    let killed = false;
    child.stdout.on('data', (d) => {
      if (stdout.length < 64e6) stdout += d;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < 1e5) stderr += d;
    });
    const poll = setInterval(() => (peak = Math.max(peak, peakKb(child.pid))), 20);
    const cutoff = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, cutoffMs);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(cutoff);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      // Let the pipes drain.
      setImmediate(() => resolve({ ms, peakMb: peak / 1024, code, signal, killed, stdout, stderr }));
    });
  });
}

/** "1.23 s, 85 MB, rc 2" or "killed at 60 s, 1200 MB". */
function describe(r) {
  const mem = r.peakMb ? `${r.peakMb.toFixed(0)} MB` : '? MB';
  if (r.killed) return `did not end, killed at ${(r.ms / 1000).toFixed(1)} s, ${mem}`;
  return `${(r.ms / 1000).toFixed(2)} s, ${mem}, rc ${r.code ?? r.signal}`;
}

module.exports = { measure, describe };
