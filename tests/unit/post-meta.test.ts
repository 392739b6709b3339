import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PageShell } from '../../components/layout/page-shell';
import { PostMeta } from '../../components/post/post-meta';
import type { PostSummary } from '../../lib/content/types';
import en from '../../lib/i18n/dictionaries/en';
import pt from '../../lib/i18n/dictionaries/pt';

const post: PostSummary = {
  id: '2023-10-02-kafka-intro',
  locale: 'pt',
  slug: 'integrando-sistemas-com-kafka',
  title: 'Integrando sistemas com Kafka',
  description: 'Descrição.',
  date: new Date('2023-10-02T17:31:37.000Z'),
  tags: ['kafka'],
  draft: false,
  scheduled: false,
  aliases: [],
  sourceHash: '0123456789ab',
  readingMinutes: 3,
  translations: {},
  file: 'content/posts/2023-10-02-kafka-intro/pt.mdx',
};

const render = (p: PostSummary, dict = pt, author?: { name: string; url?: string }) =>
  renderToStaticMarkup(createElement(PostMeta, { post: p, dict, author }));

describe('PostMeta', () => {
  it('shows the date in the site time zone and the reading time', () => {
    const html = render(post);
    assert.match(html, /<time dateTime="2023-10-02T17:31:37.000Z">2 de outubro de 2023<\/time>/);
    assert.match(html, /3 min de leitura/);
    assert.doesNotMatch(html, /Rascunho|Atualizado/);
  });

  it('marks a draft, in the page language', () => {
    assert.match(render({ ...post, draft: true }), /<strong class="draft-badge">Rascunho<\/strong>/);
    assert.match(render({ ...post, locale: 'en', draft: true }, en), /<strong class="draft-badge">Draft<\/strong>/);
  });

  it('marks a scheduled post, in the page language, and a scheduled draft as a draft', () => {
    assert.match(render({ ...post, scheduled: true }), /<strong class="draft-badge">Agendado<\/strong>/);
    assert.match(
      render({ ...post, locale: 'en', scheduled: true }, en),
      /<strong class="draft-badge">Scheduled<\/strong>/,
    );
    assert.match(render({ ...post, scheduled: true, draft: true }), /<strong class="draft-badge">Rascunho<\/strong>/);
  });

  it('shows the update date when there is one', () => {
    const html = render({ ...post, locale: 'en', updated: new Date('2024-03-05T15:00:00Z') }, en);
    assert.match(html, /October 2, 2023/);
    assert.match(html, /Updated on <time dateTime="2024-03-05T15:00:00.000Z">March 5, 2024<\/time>/);
  });
});

describe('the byline', () => {
  it('names the author in the page language, linked when there is an address', () => {
    assert.match(render(post, pt, { name: 'Fulana' }), /<span class="byline">por Fulana<\/span>/);
    assert.match(
      render({ ...post, locale: 'en' }, en, { name: 'Fulana', url: 'https://fulana.example.com/' }),
      /<span class="byline">by <a href="https:\/\/fulana.example.com\/" rel="author">Fulana<\/a><\/span>/,
    );
  });

  it('is absent when the site names no author', () => {
    assert.doesNotMatch(render(post), /byline|por /);
  });

  const footer = (author?: { name: string }) => {
    // A plain function of its props, so it renders without a React tree around it.
    const html = renderToStaticMarkup(
      PageShell({ locale: 'pt', dict: pt, site: { name: 'Blog', author, links: [] }, alternates: [], children: null }),
    );
    return html.slice(html.indexOf('<footer'));
  };

  it('closes every page with the blog and, when there is one, its author', () => {
    assert.match(footer({ name: 'Fulana' }), /Blog<\/a> · <span class="byline">por Fulana<\/span>/);
    assert.doesNotMatch(footer(), /byline| · /);
  });
});
