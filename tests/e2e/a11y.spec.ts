import type { Page } from '@playwright/test';
import { axeViolations, expect, kafkaPost, secondKafkaPost, test, thirdKafkaPost } from './fixtures';
import { FIXTURE_URL } from './servers';

const pages = [
  '/pt',
  '/en',
  kafkaPost.pt.path,
  kafkaPost.en.path,
  secondKafkaPost.pt.path,
  secondKafkaPost.en.path,
  thirdKafkaPost.pt.path,
  thirdKafkaPost.en.path,
  '/pt/search',
  '/en/search',
  '/pt/nada-aqui',
  '/en/nothing-here',
  '/pt/archive',
  '/en/archive',
  '/pt/tags',
  '/en/tags',
  '/pt/tags/kafka',
  '/en/tags/kafka',
  '/pt/series',
  '/en/series',
  '/pt/series/kafka',
  '/en/series/kafka',
  // The fixture blog: code, a table, an attributed quote, an untranslated post's switcher, a series
  // with planned and other-language parts, marked one-language posts, a tag's second page.
  `${FIXTURE_URL}/pt/posts/so-em-portugues`,
  `${FIXTURE_URL}/en/posts/bilingual-post`,
  `${FIXTURE_URL}/pt/posts/serie-parte-dois`,
  `${FIXTURE_URL}/pt`,
  `${FIXTURE_URL}/en`,
  `${FIXTURE_URL}/pt/series/demo`,
  `${FIXTURE_URL}/en/series`,
  `${FIXTURE_URL}/pt/tags/lote/page/2`,
  `${FIXTURE_URL}/en/tags/lote/page/2`,
  `${FIXTURE_URL}/pt/tags/mdx`,
  // What authors bring from other blogs (callouts, footnotes, details, math, diff), and media
  // (images beside the post, a video, a Mermaid diagram).
  `${FIXTURE_URL}/pt/posts/recursos-de-escrita`,
  `${FIXTURE_URL}/en/posts/writing-features`,
  `${FIXTURE_URL}/pt/posts/midia`,
  `${FIXTURE_URL}/en/posts/media`,
];

/** The last-resort 404 (a missing image), outside every locale's layout: it has no header or footer. */
const ROOT_NOT_FOUND = '/images/posts/nada.svg';

/** A page with a highlighted code block, a table of contents and figures. */
const CODE_POST = `${FIXTURE_URL}/pt/posts/so-em-portugues`;

const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];

const htmlLang = { pt: 'pt-BR', en: 'en' } as const;
const localeOf = (path: string) => (new URL(path, 'http://x').pathname.startsWith('/en') ? 'en' : 'pt');
const other = (locale: 'pt' | 'en') => (locale === 'pt' ? 'en' : 'pt');

/**
 * Opens `path` in the chosen theme the way a returning reader gets it: remembered by the
 * theme control (localStorage), applied by the head script before the first paint. The system
 * asks for the other scheme, so nothing may follow prefers-color-scheme against the choice.
 */
async function openInTheme(page: Page, path: string, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme === 'light' ? 'dark' : 'light' });
  await page.addInitScript((theme) => localStorage.setItem('theme', theme), scheme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
}

/** Scanned once, on the desktop project (playwright.config.ts); the phone has its own checks. */
const DESKTOP = { tag: '@desktop' };

/** Switches the open page to `scheme` with the theme control, as a reader does, the system asking for the other. */
async function switchTheme(page: Page, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme === 'light' ? 'dark' : 'light' });
  const names = { light: /^(Claro|Light)$/, dark: /^(Escuro|Dark)$/ };
  await page
    .getByRole('group', { name: /^(Tema|Theme)$/ })
    .getByRole('button', { name: names[scheme] })
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
}

// Once per page and theme, on the desktop: the rules do not depend on the viewport. The page opens
// in the light theme as a returning reader gets it, then the theme control switches it to dark, and
// the second scan reuses the page (the colours are light-dark() pairs: only color-scheme changes).
test.describe('axe (WCAG 2.2 A/AA)', DESKTOP, () => {
  for (const path of pages) {
    test(`${path}, light and dark themes`, async ({ page }) => {
      await openInTheme(page, path, 'light');
      expect(await axeViolations(page), 'light theme').toEqual([]);
      await switchTheme(page, 'dark');
      expect(await axeViolations(page), 'dark theme').toEqual([]);
    });
  }
  // No header, so no theme control: the theme is the remembered one.
  for (const scheme of schemes) {
    test(`${ROOT_NOT_FOUND}, ${scheme} theme`, async ({ page }) => {
      await openInTheme(page, ROOT_NOT_FOUND, scheme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('code colours', DESKTOP, () => {
  // axe's contrast rule only means something for code if the spans it measures wear the theme's colours.
  for (const scheme of schemes) {
    test(`are Shiki's ${scheme} ones in the ${scheme} theme`, async ({ page }) => {
      await openInTheme(page, CODE_POST, scheme);
      const spans = await page.locator('pre code span[style*="--shiki-"]').evaluateAll(
        (all, variable) =>
          all.map((span) => {
            const probe = document.createElement('span');
            probe.style.color = getComputedStyle(span).getPropertyValue(variable).trim();
            span.append(probe);
            const expected = getComputedStyle(probe).color;
            probe.remove();
            return { painted: getComputedStyle(span).color, expected };
          }),
        `--shiki-${scheme}`,
      );
      expect(spans.length).toBeGreaterThan(3);
      for (const span of spans) expect(span.painted).toBe(span.expected);
    });
  }
});

/** Interactive controls that 2.5.8's inline exception does not cover. */
const CONTROLS = [
  '.skip-link',
  '.site-name',
  '.site-nav a',
  '.switch-link',
  '.theme-control button',
  '.tag',
  '.tag-index a',
  '.pagination a',
  '.toc a',
  '.toc summary',
  '.code-copy',
  '.site-footer a',
];

/**
 * The visible controls smaller than 24×24 CSS px. Stricter than axe's target-size rule, which
 * lets a small target pass on spacing alone: these get the size itself.
 */
function smallControls(page: Page) {
  return page.locator(CONTROLS.join(', ')).evaluateAll((controls) =>
    controls
      .filter((control) => control.checkVisibility())
      .map((control) => ({ control, box: control.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ control, box }) => `${control.outerHTML.slice(0, 80)}: ${box.width}×${box.height}`),
  );
}

test.describe('on a phone', { tag: '@phone' }, () => {
  // The narrowest width reflow (1.4.10) asks for; the header and lists wrap here.
  test.use({ viewport: { width: 320, height: 720 } });
  for (const path of pages) {
    test(`${path}: targets of 24 px or more, no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      // The table of contents is collapsed above the text here; open, its links count too.
      const toc = page.getByRole('navigation', { name: /^(Neste artigo|On this page)$/ });
      for (const summary of await toc.getByText(/^(Neste artigo|On this page)$/).all()) await summary.click();
      expect(await axeViolations(page, { rules: ['target-size'] })).toEqual([]);
      expect(await smallControls(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    });
  }
});

test.describe('structure', DESKTOP, () => {
  for (const path of pages) {
    test(`${path}: landmarks, headings, other languages, figures`, async ({ page }) => {
      await page.goto(path);
      const locale = localeOf(path);

      // One of each page-wide landmark, and every navigation named, each name once.
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      const navNames = await page
        .getByRole('navigation')
        .evaluateAll((navs) => navs.map((nav) => nav.getAttribute('aria-label') ?? ''));
      expect(navNames.length).toBeGreaterThan(0);
      for (const name of navNames) expect(name.trim()).not.toBe('');
      expect(new Set(navNames).size).toBe(navNames.length);

      // One h1, first; no level skipped on the way down.
      const levels = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((headings) =>
          headings
            .filter((h) => h.checkVisibility() && !h.closest('[aria-hidden="true"]'))
            .map((h) => Number(h.tagName[1])),
        );
      expect(levels[0]).toBe(1);
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0)
          expect(level, `heading ${i + 1} follows an h${levels[i - 1]}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });

      expect(await smallControls(page)).toEqual([]);

      // No tabindex that reorders the keyboard's path.
      await expect(page.locator('[tabindex]:not([tabindex="0"], [tabindex="-1"])')).toHaveCount(0);

      // A link to a page in the other language says so: hreflang, and lang on its text.
      const foreign = await page
        .locator(`a[href^="/${other(locale)}/"], a[href="/${other(locale)}"]`)
        .evaluateAll((links) =>
          links.map((link) => ({
            href: link.getAttribute('href'),
            hreflang: link.getAttribute('hreflang'),
            lang: link.closest('[lang]')?.getAttribute('lang'),
          })),
        );
      for (const link of foreign) {
        const want = htmlLang[other(locale)];
        expect(link, `the link to ${link.href}`).toEqual({ href: link.href, hreflang: want, lang: want });
      }
      // And any link that names its target's language (a reference) has its text in that language.
      const named = await page.locator('a[hreflang]').evaluateAll((links) =>
        links.map((link) => ({
          hreflang: link.getAttribute('hreflang'),
          lang: link.closest('[lang]')?.getAttribute('lang'),
        })),
      );
      for (const link of named) expect(link.lang).toBe(link.hreflang);

      // Every figure shows one image with a text alternative, or one video (its captions are media.spec.ts's).
      for (const figure of await page.locator('figure.figure').all()) {
        const videos = await figure.locator('video').count();
        if (videos > 0) {
          expect(videos).toBe(1);
          continue;
        }
        const images = figure.getByRole('img');
        await expect(images).toHaveCount(1);
        await expect(images).toHaveAccessibleName(/\S/);
      }
    });
  }
});

/** How the focused element shows its focus, and the background behind it. */
function focusStyle(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      html: element.outerHTML.slice(0, 80),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? style.outlineColor : null,
      shadow: style.boxShadow !== 'none' ? style.boxShadow : null,
      // What the outline is drawn over: the nearest painted background around the element.
      background: (() => {
        for (let around = element.parentElement; around; around = around.parentElement) {
          const color = getComputedStyle(around).backgroundColor;
          if (color !== 'rgba(0, 0, 0, 0)') return color;
        }
        return 'rgb(255, 255, 255)';
      })(),
      visible: box.width > 0 && box.height > 0 && element.checkVisibility(),
    };
  });
}

/** WCAG's contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string) {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test.describe('keyboard', DESKTOP, () => {
  const skipText = { pt: 'Pular para o conteúdo', en: 'Skip to content' } as const;
  for (const scheme of schemes) {
    for (const path of [CODE_POST, `${FIXTURE_URL}/en/tags/lote/page/2`]) {
      test(`${path}, ${scheme} theme: skip link first, then every stop in order with a visible focus`, async ({
        page,
      }) => {
        await openInTheme(page, path, scheme);

        await page.keyboard.press('Tab');
        const skip = page.locator(':focus');
        await expect(skip).toHaveText(skipText[localeOf(path)]);
        await expect(skip).toHaveAttribute('href', '#content');
        await expect(skip).toBeInViewport();

        // Every stop after it comes later in the page, and shows its focus clearly (1.4.11: 3:1).
        const position = () =>
          page.evaluate(() => [...document.querySelectorAll('*')].indexOf(document.activeElement!));
        let previous = await position();
        let stops = 0;
        for (; stops < 200; stops++) {
          const style = await focusStyle(page);
          expect(style, 'focus left the page early').not.toBeNull();
          expect(style!.visible, style!.html).toBe(true);
          if (style!.outline)
            expect(contrast(style!.outline, style!.background), style!.html).toBeGreaterThanOrEqual(3);
          else expect(style!.shadow, `${style!.html} shows no focus`).not.toBeNull();
          await page.keyboard.press('Tab');
          if (await page.evaluate(() => document.activeElement === document.body)) break;
          const current = await position();
          expect(current, 'focus went backwards').toBeGreaterThan(previous);
          previous = current;
        }
        expect(stops).toBeGreaterThan(10);

        // The skip link leads into the main content.
        await page.goto(path);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect(page.locator('main')).toBeFocused();
      });
    }
  }
});

test.describe('reduced motion', DESKTOP, () => {
  for (const motion of ['reduce', 'no-preference'] as const) {
    test(`prefers-reduced-motion: ${motion}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto(CODE_POST);
      const scroll = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
      expect(scroll).toBe(motion === 'reduce' ? 'auto' : 'smooth');
      if (motion === 'no-preference') return;
      // A contents link jumps to its section at once: by the next frame the page is where it stays.
      await page.getByRole('navigation', { name: 'Neste artigo' }).getByRole('link').last().click();
      // Then it stays there: the scroll position of the next 30 frames (half a second) never moves.
      const frames = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const seen: number[] = [];
            const record = () => {
              seen.push(scrollY);
              if (seen.length < 31) requestAnimationFrame(record);
              else resolve(seen);
            };
            requestAnimationFrame(record);
          }),
      );
      const atOnce = frames[0]!;
      expect(atOnce).toBeGreaterThan(0);
      expect(new Set(frames)).toEqual(new Set([atOnce]));
      const moving = await page.locator('body *').evaluateAll((elements) =>
        elements.flatMap((element) =>
          [null, '::before', '::after'].flatMap((pseudo) => {
            const style = getComputedStyle(element, pseudo);
            const seconds = (list: string) =>
              list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1));
            const longest = Math.max(
              ...seconds(style.transitionDuration),
              ...(style.animationName === 'none' ? [0] : seconds(style.animationDuration)),
            );
            return longest > 0
              ? [`${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ''}: ${longest}s`]
              : [];
          }),
        ),
      );
      expect(moving).toEqual([]);
    });
  }
});
