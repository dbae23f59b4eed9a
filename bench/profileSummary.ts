/**
 * `node --import tsx bench/profileSummary.ts FILE.cpuprofile`: a V8 CPU profile (from
 * `node --cpu-prof dist/main.js`) summarised by self time per package and per function, and
 * by total (subtree) time per function, each as a share of the process's busy (non-idle) time.
 * How docs/benchmarks-scale.md says where a request's CPU goes.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  startTime: number;
  endTime: number;
}

const profile = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const msPerSample = (profile.endTime - profile.startTime) / profile.samples.length / 1000;

const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/dist\//, 'dist/')}:${n.callFrame.lineNumber + 1}`;
/** The npm package, Node module or dist folder a frame belongs to. */
function packageOf(n: ProfileNode): string {
  const url = n.callFrame.url;
  if (!url) return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  if (url.includes('/dist/')) return `stancegraph ${url.replace(/^.*\/dist\//, '').split('/').slice(0, 2).join('/')}`;
  return url;
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const self = new Map<string, number>();
const selfByPackage = new Map<string, number>();
const subtree = new Map<string, number>();
const hits = new Map<number, number>();
for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
for (const [id, count] of hits) {
  const n = byId.get(id)!;
  const ms = count * msPerSample;
  add(self, label(n), ms);
  add(selfByPackage, packageOf(n), ms);
  // Each function once per stack, so recursion does not count twice.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at)!);
    if (!seen.has(l)) add(subtree, l, ms);
    seen.add(l);
  }
}
const idle = [...self].filter(([k]) => k.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
const busy = (profile.endTime - profile.startTime) / 1000 - idle;
const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
const line = ([k, ms]: [string, number]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)} %  ${k}`;
console.log(`${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s profiled, ${(busy / 1000).toFixed(1)} s busy; shares of busy time`);
console.log('\nself time by package');
top(selfByPackage, 25).forEach((e) => console.log(line(e)));
console.log('\nself time by function');
top(self, 30).forEach((e) => console.log(line(e)));
console.log('\ntotal (subtree) time by function');
top(subtree, 45).forEach((e) => console.log(line(e)));
