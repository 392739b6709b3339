import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page a test opens through the `page` fixture fails the test if it logged a console error,
 * threw, or broke its Content-Security-Policy, so these are checked on every page the suite visits,
 * not in one test. The check is on the fixture itself rather than an automatic one, so a test that
 * only sends requests does not open a browser page for nothing.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  // What the page reported so far; a test that provokes an error on purpose reads and clears it.
  consoleErrors: async ({}, provide) => provide([]),
  page: async ({ page, consoleErrors: errors }, provide) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // On a 404 page Chromium reports the document's own status; any other failed resource counts.
      const ownStatus = /status of 404/.test(message.text()) && message.location().url === page.url();
      if (!ownStatus) errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    // Chromium logs most CSP violations, but not every kind; the event catches them all.
    await page.exposeFunction('__reportCspViolation', (text: string) => errors.push(`CSP violation: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
        report(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    await provide(page);
    expect(errors, 'console errors on the page').toEqual([]);
  },
});

export { expect };

/** The projects that serve the static export: behind nginx, and behind Cloudflare's local runtime. */
const STATIC_EXPORT_PROJECTS = ['export', 'cloudflare'];

/** Whether the project serves the static export at its own baseURL instead of a Node server. */
export function servesExport(projectName: string): boolean {
  return STATIC_EXPORT_PROJECTS.includes(projectName);
}

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, or only the `rules` named. */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}) {
  const builder = new AxeBuilder({ page }).setLegacyMode();
  if (rules) builder.withRules(rules);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** The post, as the suite expects to find it in each language. */
export const kafkaPost = {
  pt: {
    path: '/pt/posts/integrando-sistemas-com-kafka',
    title: 'Integrando sistemas com Kafka: uma breve introdução',
    lang: 'pt-BR',
    date: '2 de outubro de 2023',
    figure: 'Figura 1',
    caption: 'Sistemas antes e depois de usarem o Kafka.',
    credit: 'Fonte: adaptado de freeCodeCamp',
    altStart: 'Dois diagramas lado a lado. Antes do Kafka',
    image: '/images/posts/2023-10-02-kafka-intro/antes-e-depois-do-kafka.pt.svg',
    quotes: [
      'um evento é qualquer acontecimento em um sistema',
      'Uma mensagem é uma forma de integrar diferentes sistemas',
    ],
    headings: ['O que é o Kafka', 'Alguns casos de uso', 'O que vem por aí', 'Links de referência'],
    series: 'Parte 1 de 5 da série Kafka do começo',
    switchTo: { name: 'Read in English', lang: 'en' },
  },
  en: {
    path: '/en/posts/integrating-systems-with-kafka',
    title: 'Integrating systems with Kafka: a brief introduction',
    lang: 'en',
    date: 'October 2, 2023',
    figure: 'Figure 1',
    caption: 'Systems before and after adopting Kafka.',
    credit: 'Source: adapted from freeCodeCamp',
    altStart: 'Two diagrams side by side. Before Kafka',
    image: '/images/posts/2023-10-02-kafka-intro/before-and-after-kafka.en.svg',
    quotes: ['an event is anything that happens in a system', 'A message is a way of integrating different systems'],
    headings: ['What is Kafka', 'Some use cases', "What's coming next", 'Reference links'],
    series: 'Part 1 of 5 in the series Kafka from the start',
    switchTo: { name: 'Ler em português', lang: 'pt-BR' },
  },
} as const;

/** The series' second part, as the lists should show it. */
export const secondKafkaPost = {
  pt: { path: '/pt/posts/kafka-topicos-particoes-e-offsets', title: 'Kafka: tópicos, partições e offsets' },
  en: { path: '/en/posts/kafka-topics-partitions-and-offsets', title: 'Kafka: topics, partitions and offsets' },
} as const;

export const thirdKafkaPost = {
  pt: { path: '/pt/posts/kafka-produtores-a-fundo', title: 'Produtores a fundo: acks, retentativas e idempotência' },
  en: { path: '/en/posts/kafka-producers-in-depth', title: 'Producers in depth: acks, retries and idempotence' },
} as const;
