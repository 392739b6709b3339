// Makes sure the end-to-end suite has a Chromium to drive, an nginx to serve the static export
// (the `export` project) and a Java for the HTML validity check, before Playwright starts.
// Chromium: $CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download.
// On Debian as root it installs the chromium and nginx packages; elsewhere it says what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser.mjs';

function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function found() {
  const path = chromiumPath();
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
    process.exit(1);
  }
  return (path && existsSync(path) ? path : undefined) ?? playwrightBrowser();
}

let browser = found();
const canApt = existsSync('/etc/debian_version') && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!browser && canApt) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get) ...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], {
    stdio: 'inherit',
    env,
  });
  browser = found();
}
if (!browser) {
  console.error(
    'No Chromium for the end-to-end tests: install one (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
console.log(`End-to-end tests will drive ${browser}`);

const nginxAt = () => ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
if (!nginxAt() && canApt) {
  console.log("No nginx found: installing Debian's nginx package (apt-get) for the static export's tests ...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env });
}
if (!nginxAt()) {
  console.error(
    'No nginx for the static export tests: install it (Debian/Ubuntu: sudo apt-get install nginx; macOS: brew install nginx).',
  );
  process.exit(1);
}
console.log(`The static export will be served by ${nginxAt()}`);

// The HTML validity check (tests/e2e/html-valid.spec.ts) runs the W3C Nu checker, a Java program.
const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
if (!hasJava() && canApt) {
  console.log("No Java found: installing Debian's default-jre-headless (apt-get) for the HTML validity check ...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'default-jre-headless'], {
    stdio: 'inherit',
    env,
  });
}
if (!hasJava()) {
  console.error(
    'No Java for the HTML validity check: install one (Debian/Ubuntu: sudo apt-get install default-jre-headless).',
  );
  process.exit(1);
}
