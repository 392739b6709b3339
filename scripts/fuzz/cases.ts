import { between, pick, prng, type Random } from '../random';

export interface FuzzCase {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Only these hosts: the fuzzer must never be pointed at someone else's server. */
export function loopbackUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--url must be an address such as http://127.0.0.1:3000 (got "${raw}")`);
  }
  const loopback = /^127(?:\.\d{1,3}){3}$/.test(url.hostname) || url.hostname === '[::1]';
  if (url.protocol !== 'http:' || !loopback) {
    throw new Error(`--url must be http on a loopback address (127.x.x.x or [::1]); refusing ${url.origin}`);
  }
  return url;
}

const PREFIXES = ['', '/pt', '/en', '/PT', '/En', '/xx', '/pt-BR', '/p%74', '/%70%74', '/en%00', '//pt', '/.'];
const KINDS = [
  '',
  '/posts',
  '/tags',
  '/series',
  '/archive',
  '/search',
  '/feed.xml',
  '/404',
  '/tags/kafka/page',
  '/_next',
  '/images',
  '/sitemap.xml',
  '/robots.txt',
];
const NASTY = [
  '..',
  '%2e%2e',
  '%252e%252e',
  '%c0%ae%c0%ae',
  '..%2f..%2fetc%2fpasswd',
  '%5c..%5c',
  '%00',
  '%00.html',
  '%ff',
  '%fe%ff',
  '%E0%A4%A',
  '%',
  '%zz',
  '%%',
  '%25',
  '%F0%9F%98%80',
  '%F0%9F%A6%84',
  '%E2%80%AE',
  '%CC%81',
  'caf%C3%A9',
  '%3Cscript%3E',
  '%22%27',
  'a%20b',
  '%09',
  '%0d%0aSet-Cookie:x=1',
  'index.html',
  '.env',
  '.git%2fconfig',
  'wp-login.php',
  '~root',
  ';jsessionid=1',
  '*',
  '$',
  '%2F',
  'kafka',
  '2023',
  'page',
  '1',
  '0',
  '-1',
  '999999999999',
];
const QUERIES = [
  '',
  '?a=1',
  '?_rsc=abc',
  '?_rsc=',
  '?%ff',
  '?q=%3Cscript%3E',
  '?__nextLocale=xx',
  '?__nextDataReq=1',
  '?utm_source=x&utm_source=y',
  '?a[b]=c',
  '?=',
  '?&&&',
];
const METHODS = [
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'HEAD',
  'HEAD',
  'OPTIONS',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'TRACE',
  'PROPFIND',
];
const HEADER_VALUES: Record<string, (random: Random) => string> = {
  'Accept-Language': (r) =>
    pick(r, [
      'en',
      'pt-BR,pt;q=0.9',
      '*',
      ';;;q=abc',
      'en;q=nan',
      'x'.repeat(between(r, 100, 6000)),
      'zz-ZZ',
      'EN-us',
      '\u00e9\u00ff',
      '',
    ]),
  Cookie: (r) =>
    pick(r, [
      'blog-locale=en',
      'blog-locale=pt',
      'blog-locale=xx',
      'blog-locale=%ff',
      'blog-locale="en',
      '=;;;',
      `blog-locale=${'e'.repeat(between(r, 10, 6000))}`,
      'a=b; a=c',
    ]),
  RSC: () => '1',
  'Next-Router-Prefetch': () => '1',
  'Next-Router-State-Tree': (r) => pick(r, ['garbage', '%7B%7D', '%5B%22%22%5D', '[', '%ff']),
  'Next-Router-Segment-Prefetch': (r) => pick(r, ['/_tree', '/garbage', '/..']),
  'Next-Url': (r) => pick(r, ['/../../etc/passwd', '/pt', 'garbage']),
  'Next-Action': (r) => pick(r, ['abc', '7f00', '']),
  'X-Forwarded-Host': () => 'evil.example',
  'X-Forwarded-Proto': (r) => pick(r, ['https', 'gopher', '']),
  Host: (r) => pick(r, ['evil.example', 'localhost', '[::1]', 'a'.repeat(300)]),
  Range: (r) => pick(r, ['bytes=0-10', 'bytes=garbage', 'bytes=-1,-2,-3']),
  'If-None-Match': () => '"garbage"',
  Accept: (r) => pick(r, ['text/x-component', 'application/json', '*/*;q=garbage']),
  'x-middleware-subrequest': () => 'proxy:proxy:proxy:proxy:proxy',
};

/** One generated request: a path assembled from pieces, a method, and a few odd headers. */
function nextCase(random: Random, pages: readonly string[]): FuzzCase {
  let path: string;
  if (pages.length > 0 && random() < 0.3) {
    // A real page, bent: capitals, trailing slashes, appended or doubled bits.
    const page = pick(random, pages);
    path = pick(random, [
      page,
      page.toUpperCase(),
      `${page}/`,
      `${page}//`,
      `${page}/${pick(random, NASTY)}`,
      `${page}${pick(random, NASTY)}`,
      page.replace('/', '//'),
    ]);
  } else {
    path = pick(random, PREFIXES) + pick(random, KINDS);
    for (let n = between(random, 0, 3); n > 0; n--) {
      path += '/' + (random() < 0.08 ? 'a'.repeat(between(random, 100, 8000)) : pick(random, NASTY));
    }
    if (!path.startsWith('/')) path = `/${path}`;
  }
  path += pick(random, QUERIES);

  const headers: Record<string, string> = {};
  const names = Object.keys(HEADER_VALUES);
  for (let n = between(random, 0, 3); n > 0; n--) {
    const name = pick(random, names);
    headers[name] = HEADER_VALUES[name]!(random);
  }
  const method = pick(random, METHODS);
  const body = ['POST', 'PUT', 'PATCH'].includes(method) ? pick(random, ['a=b', '[]', '{"x":1}', '--x--']) : undefined;
  if (body !== undefined)
    headers['Content-Type'] = pick(random, [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]);
  return { method, path, headers, body };
}

/** `count` requests, the same for the same seed and pages. */
export function fuzzCases(seed: string, count: number, pages: readonly string[] = []): FuzzCase[] {
  const random = prng(`fuzz/${seed}`);
  return Array.from({ length: count }, () => nextCase(random, pages));
}
