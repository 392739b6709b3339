// The budgets of issues 9, 10 and 17, checked against what the bench measured. A budget whose
// figure was not measured in this run is reported as skipped, never as passed.
import { kib } from './format';
import type { LighthouseFigures } from './lighthouse';
import type { LoadResult } from './load';
import type { RouteTypeFigures } from './site-output';

export interface BudgetCheck {
  budget: string;
  measured: string;
  status: 'PASS' | 'FAIL' | 'SKIP';
}

export interface LoadTarget extends LoadResult {
  name: string;
  /** The status class every answer should have: 2xx, or 4xx for the 404 target. */
  expect: '2xx' | '4xx';
}

export interface LoadFigures {
  targets: LoadTarget[];
  nginx?: LoadResult & { file: string; workers: string };
  /** A bare Next app's post-sized page under `next start`: what Next alone costs per request, and its tail. */
  bareNext?: LoadResult & { bytes: number };
  /** A bare Node http server on the same HTML file: the floor any Node server has here. */
  nodeFloor?: LoadResult & { file: string };
  /** Our req/s on the post as a percentage of nginx's on the same HTML file. */
  percentOfNginx?: number;
  serverRssBytes: { start: number; beforeLoad: number; afterLoad: number };
  /** A long run on the post, with the server's memory at its start, halfway and at its end. */
  steady?: { seconds: number; result: LoadResult; rssBytes: { start: number; middle: number; end: number } };
}

export const BUDGETS = {
  ourPostJsGzip: 10 * 1024,
  performance: 98,
  perfectScore: 100,
  cls: 0,
  percentOfNginx: 8,
  p99Ms: 100,
} as const;

function check(budget: string, measured: string, pass: boolean): BudgetCheck {
  return { budget, measured, status: pass ? 'PASS' : 'FAIL' };
}

const skip = (budget: string, why: string): BudgetCheck => ({ budget, measured: why, status: 'SKIP' });

/** The worst page for a figure, as "value (path)". */
function worst<T>(
  items: T[],
  value: (item: T) => number,
  label: (item: T) => string,
  lowIsWorst: boolean,
): { value: number; text: string } {
  const sorted = [...items].sort((a, b) => (lowIsWorst ? value(a) - value(b) : value(b) - value(a)));
  const first = sorted[0]!;
  return { value: value(first), text: label(first) };
}

export function checkBudgets(input: {
  routeTypes?: RouteTypeFigures[];
  lighthouse?: LighthouseFigures[];
  load?: LoadFigures;
}): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const post = input.routeTypes?.find((type) => type.label === 'post');
  const jsBudget = `our client JS on a post page ≤ ${kib(BUDGETS.ourPostJsGzip)} gzip beyond the framework's`;
  if (post)
    checks.push(
      check(
        jsBudget,
        `${kib(post.js.ours)} (${post.js.path}; framework ${kib(post.js.framework)})`,
        post.js.ours <= BUDGETS.ourPostJsGzip,
      ),
    );
  else checks.push(skip(jsBudget, input.routeTypes ? 'no post page in the build' : 'no build measured'));

  const lh = input.lighthouse ?? [];
  const scoreBudgets: [string, keyof LighthouseFigures['scores'], number][] = [
    [`Lighthouse performance ≥ ${BUDGETS.performance}`, 'performance', BUDGETS.performance],
    ['Lighthouse accessibility 100', 'accessibility', BUDGETS.perfectScore],
    ['Lighthouse best practices 100', 'bestPractices', BUDGETS.perfectScore],
    ['Lighthouse SEO 100', 'seo', BUDGETS.perfectScore],
  ];
  for (const [budget, key, limit] of scoreBudgets) {
    if (lh.length === 0) {
      checks.push(skip(budget, 'Lighthouse not run'));
      continue;
    }
    const low = worst(
      lh,
      (page) => page.scores[key],
      (page) => `${page.scores[key]} (${page.path})`,
      true,
    );
    checks.push(check(budget, `lowest ${low.text}`, low.value >= limit));
  }
  if (lh.length === 0) {
    checks.push(skip('no layout shift (CLS 0)', 'Lighthouse not run'));
  } else {
    const high = worst(
      lh,
      (page) => page.cls,
      (page) => `${page.cls.toFixed(3)} (${page.path})`,
      false,
    );
    checks.push(check('no layout shift (CLS 0)', `highest ${high.text}`, high.value <= BUDGETS.cls));
  }
  const scriptsElsewhere = (input.routeTypes ?? []).flatMap((type) => type.js.external);
  const requestsElsewhere = [...new Set([...lh.flatMap((page) => page.otherOrigins), ...scriptsElsewhere])];
  if (lh.length === 0 && !input.routeTypes) checks.push(skip('no request to another origin', 'nothing measured'));
  else
    checks.push(
      check(
        'no request to another origin',
        requestsElsewhere.length === 0
          ? `none${lh.length === 0 ? ' (page scripts only; Lighthouse not run)' : ''}`
          : requestsElsewhere.slice(0, 3).join(', '),
        requestsElsewhere.length === 0,
      ),
    );

  const load = input.load;
  if (!load) {
    checks.push(skip(`throughput ≥ ${BUDGETS.percentOfNginx}% of nginx's`, 'load not run'));
    checks.push(skip(`p99 ≤ ${BUDGETS.p99Ms} ms`, 'load not run'));
    checks.push(skip('zero errors; non-2xx only on the 404', 'load not run'));
    return checks;
  }
  if (load.percentOfNginx === undefined)
    checks.push(skip(`throughput ≥ ${BUDGETS.percentOfNginx}% of nginx's`, 'nginx not installed'));
  else
    checks.push(
      check(
        `throughput ≥ ${BUDGETS.percentOfNginx}% of nginx's (post)`,
        `${load.percentOfNginx.toFixed(1)}%`,
        load.percentOfNginx >= BUDGETS.percentOfNginx,
      ),
    );
  const slow = worst(
    load.targets,
    (t) => t.latencyMs.p99,
    (t) => `${t.latencyMs.p99} ms (${t.name})`,
    false,
  );
  checks.push(check(`p99 ≤ ${BUDGETS.p99Ms} ms`, `highest ${slow.text}`, slow.value <= BUDGETS.p99Ms));
  const wrong = load.targets.filter((t) => t.errors > 0 || t.statuses[t.expect] !== t.requests);
  checks.push(
    check(
      'zero errors; non-2xx only on the 404',
      wrong.length === 0
        ? 'none'
        : wrong
            .map(
              (t) =>
                `${t.name}: ${t.errors} errors (${t.timeouts} timeouts), ${t.requests - (t.statuses[t.expect] ?? 0)} not ${t.expect}`,
            )
            .join('; '),
      wrong.length === 0,
    ),
  );
  return checks;
}

export interface ScaleStep {
  posts: number;
  pages: number;
  buildMs: number;
  prerenderMs?: number;
  peakTreeRssBytes: number | null;
  rebuildMs?: number;
  /** CPU seconds of the whole build's process tree: what other work on a shared machine disturbs least. */
  cpuSeconds?: number | null;
}

/**
 * How cost per page changes from the smallest tree to the largest: the ratio of ms per page
 * (whole build, the prerender phase alone, which is the part that scales with posts, and CPU
 * time, which other work on a shared machine disturbs least). Linear or better when the ratio
 * stays at most 1 + `tolerance`: the CPU ratio when measured, else the prerender's, else the build's.
 */
export function growth(
  steps: ScaleStep[],
  tolerance = 0.25,
): { buildRatio: number; prerenderRatio?: number; cpuRatio?: number; linear: boolean } | undefined {
  if (steps.length < 2) return undefined;
  const sorted = [...steps].sort((a, b) => a.pages - b.pages);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const buildRatio = last.buildMs / last.pages / (first.buildMs / first.pages);
  const prerenderRatio =
    first.prerenderMs !== undefined && last.prerenderMs !== undefined
      ? last.prerenderMs / last.pages / (first.prerenderMs / first.pages)
      : undefined;
  const cpuRatio =
    first.cpuSeconds && last.cpuSeconds ? last.cpuSeconds / last.pages / (first.cpuSeconds / first.pages) : undefined;
  return { buildRatio, prerenderRatio, cpuRatio, linear: (cpuRatio ?? prerenderRatio ?? buildRatio) <= 1 + tolerance };
}
