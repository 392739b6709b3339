// Memory of a process and everything it started, read from /proc (Linux only).
import fs from 'node:fs';

/** Parent pid of every running process. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (field 2) is in parentheses and may hold spaces; ppid follows the last ')'.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
}

/** The pid and all its descendants. */
export function processTree(root: number): number[] {
  const parents = parentsByPid();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of the process tree under `root`, summed, in bytes (0 once it has ended). */
export function treeRss(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + rssBytes(pid), 0);
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux this runs on). */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds a process has used so far (its own, not its children's). */
function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export interface TreeWatch {
  /** Stops sampling: the highest summed RSS seen, and the CPU seconds of every process seen. */
  stop: () => { peakRssBytes: number; cpuSeconds: number };
}

/**
 * Samples the process tree under `root` every `everyMs` until stopped: its summed RSS, and each
 * process's CPU time as last seen. Unlike GNU time's figure, the CPU time counts worker
 * processes their parent never waited for; a process that lives less than `everyMs` is missed.
 */
export function watchTree(root: number, everyMs = 200): TreeWatch {
  let peak = 0;
  const cpu = new Map<number, number>();
  const sample = () => {
    let rss = 0;
    for (const pid of processTree(root)) {
      rss += rssBytes(pid);
      const used = cpuSeconds(pid);
      if (used > 0) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, used));
    }
    peak = Math.max(peak, rss);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakRssBytes: peak, cpuSeconds: [...cpu.values()].reduce((sum, s) => sum + s, 0) };
    },
  };
}

/** Samples treeRss(root) every `everyMs` until stopped; stop() returns the highest sample. */
export function watchPeakRss(root: number, everyMs = 200): { stop: () => number } {
  const watch = watchTree(root, everyMs);
  return { stop: () => watch.stop().peakRssBytes };
}

export const canReadProc = fs.existsSync('/proc/self/status');

/**
 * CPU time (user + system) used so far by the process tree under `root`, in seconds. Unlike
 * wall-clock throughput, CPU time per request barely moves when other work shares the machine.
 */
export function treeCpuSeconds(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + cpuSeconds(pid), 0);
}
