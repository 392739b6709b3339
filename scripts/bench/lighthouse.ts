// Lighthouse with its default (mobile) settings on the system Chromium, headless.
import { chromiumPath, CHROMIUM_ARGS } from '../browser.mjs';

export interface LighthouseFigures {
  path: string;
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  cls: number;
  tbtMs: number;
  lcpMs: number;
  requests: number;
  /** Requests whose origin is not the page's. */
  otherOrigins: string[];
  /** Runs made; the figures are those of the run with the median performance score. */
  runs: number;
}

interface Lhr {
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { url?: string }[] } }>;
  runtimeError?: { message: string };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export function figuresFrom(pagePath: string, lhr: Lhr, runs: number): LighthouseFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const origin = new URL(lhr.finalDisplayedUrl).origin;
  const urls = (lhr.audits['network-requests']?.details?.items ?? [])
    .map((item) => item.url ?? '')
    .filter((url) => /^https?:/.test(url));
  return {
    path: pagePath,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    },
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    requests: urls.length,
    otherOrigins: [...new Set(urls.filter((url) => new URL(url).origin !== origin))],
    runs,
  };
}

/** Audits each path on `origin`, `runs` times each, in one headless Chromium. */
export async function runLighthouse(
  origin: string,
  paths: string[],
  options: { runs: number; chromePort?: number },
): Promise<LighthouseFigures[]> {
  // Loaded here, not at the top: Lighthouse is large, and the unit tests need only figuresFrom().
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--disable-dev-shm-usage'],
    port: options.chromePort,
    logLevel: 'silent',
  });
  try {
    const results: LighthouseFigures[] = [];
    for (const pagePath of paths) {
      const runs: Lhr[] = [];
      for (let i = 0; i < options.runs; i++) {
        const result = await lighthouse(`${origin}${pagePath}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        const lhr = result?.lhr as unknown as Lhr | undefined;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${pagePath}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${pagePath}: ${lhr.runtimeError.message}`);
        runs.push(lhr);
      }
      runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      results.push(figuresFrom(pagePath, runs[Math.floor(runs.length / 2)]!, runs.length));
    }
    return results;
  } finally {
    chrome.kill();
  }
}
