import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContentTree, withBody } from '../../lib/content/load';
import { splitCaption } from '../../lib/jekyll/convert';
import { importJekyll, type ImportReport } from '../../lib/jekyll/import';
import { checkMdx } from '../../lib/mdx/pipeline';
import { makeTree, removeTrees, SITE_YML } from './helpers';

after(removeTrees);

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = path.join(ROOT, 'tests/fixtures/seed/000_45f1a5ed878e06a3.txt');
const HAND_REPAIRED = path.join(ROOT, 'content/posts/2023-10-02-kafka-intro/pt.mdx');
const JEKYLL = path.join(ROOT, 'tests/fixtures/jekyll');

/** A blog content tree and public dir to import into. */
function destination() {
  const contentDir = makeTree({ 'site.yml': SITE_YML, 'tags.yml': '# Tags.\nkafka:\n  pt: Kafka\n  en: Kafka\n' });
  const publicDir = makeTree({});
  return { contentDir, publicDir };
}

function run(
  source: string,
  target: ReturnType<typeof destination>,
  extra: { site?: string; dryRun?: boolean; force?: boolean } = {},
): ImportReport {
  return importJekyll({ source, locale: 'pt', dryRun: false, force: false, ...target, ...extra });
}

function read(contentDir: string, id: string): string {
  return fs.readFileSync(path.join(contentDir, 'posts', id, 'pt.mdx'), 'utf8');
}

/**
 * Lines of a post body that carry text: no front matter, blanks, figures or reference markup, and
 * none of the editor's notes added to the published post since (`*Nota do editor (2026): …*`).
 */
function proseLines(mdx: string): string[] {
  const body = mdx.split(/^---$/m).slice(2).join('---');
  return body
    .replace(/<Figure[\s\S]*?\/>/g, '')
    .split('\n')
    .map((line) => line.trim().replace(/ \((?:en|pt-BR)\)$/, ''))
    .filter((line) => line && !/^<\/?References>$/.test(line) && !line.startsWith('*Nota do editor'));
}

describe('importing the seed post', () => {
  const dir = makeTree({});
  const posts = path.join(dir, '_posts');
  fs.mkdirSync(posts);
  fs.copyFileSync(SEED, path.join(posts, '2023-10-02-kafka-intro.md'));
  const target = destination();
  const report = run(posts, target);
  const imported = read(target.contentDir, '2023-10-02-kafka-intro');
  const hand = fs.readFileSync(HAND_REPAIRED, 'utf8');

  it('imports the damaged bytes as they are kept in the repository', () => {
    assert.deepEqual(fs.readFileSync(path.join(posts, '2023-10-02-kafka-intro.md')), fs.readFileSync(SEED));
    assert.equal(report.files[0]?.status, 'written');
    assert.match(
      report.files[0]!.notes[0]!.message,
      /^repaired \d+ characters damaged by a wrong encoding \(UTF-8 read as Mac Roman\)$/,
    );
  });

  it('gives the same text as the hand-repaired post, line for line and in order', () => {
    assert.deepEqual(proseLines(imported), proseLines(hand));
  });

  it('keeps the title, date and tags', () => {
    const post = loadContentTree(target.contentDir, { includeDrafts: false }).posts[0]!;
    assert.equal(post.title, 'Integrando sistemas com Kafka: uma breve introdução');
    assert.equal(post.date.toISOString(), '2023-10-02T17:31:37.000Z');
    assert.deepEqual(post.tags, ['kafka', '2023']);
    assert.deepEqual(post.aliases, ['/2023/10/02/kafka-intro.html']);
  });

  it('turns the picture and its italic caption into a Figure with caption and credit', () => {
    assert.match(
      imported,
      /<Figure\n {2}src="before-and-after-kafka-1.png"\n {2}alt="Sistemas antes e depois de usarem o Kafka."\n {2}caption="Sistemas antes e depois de usarem o Kafka."\n {2}credit="Freecodecamp"\n\/>/,
    );
    assert.match(hand, /caption="Sistemas antes e depois de usarem o Kafka."/);
    assert.deepEqual(
      report.files[0]!.notes.slice(1).map((n) => n.line),
      [28, 28],
      'missing alt and missing image, at the <img> line',
    );
  });

  it('keeps the quotes and wraps the reference links in <References>', () => {
    const quotes = (text: string) => text.split('\n').filter((l) => l.startsWith('> '));
    assert.equal(quotes(imported).length, 2);
    assert.deepEqual(quotes(imported), quotes(hand));
    const references = (text: string) =>
      /<References>\n\n([\s\S]*?)\n\n<\/References>/
        .exec(text)?.[1]
        ?.split('\n')
        .map((l) => l.replace(/ \(en\)$/, ''));
    assert.deepEqual(references(imported), references(hand));
  });
});

describe('importing the Jekyll fixture site', () => {
  const target = destination();
  const report = run(path.join(JEKYLL, '_posts'), { ...target }, { site: JEKYLL });
  const byName = (name: string) => {
    const file = report.files.find((f) => path.basename(f.file).normalize('NFC') === name.normalize('NFC'));
    assert.ok(file, `no report for ${name}`);
    return file;
  };
  const notes = (name: string) => byName(name).notes.map((n) => `${n.line ?? '-'}: ${n.message}`);

  it('reports every file: written or failed with the reason', () => {
    assert.deepEqual(report.files.map((f) => [path.basename(f.file).normalize('NFC'), f.status]).sort(), [
      ['2024-01-05-codigo-e-liquid.md', 'written'],
      ['2024-02-10-figuras.markdown', 'written'],
      ['2024-03-15-html-bruto.md', 'written'],
      ['2024-04-20-sem-titulo.md', 'written'],
      ['2024-05-01-ação-e-reação.md', 'written'],
      ['2024-06-01-rascunho.md', 'written'],
      ['sem-data.md', 'failed'],
    ]);
    assert.equal(
      byName('sem-data.md').reason,
      'no date: neither the front matter nor the file name (YYYY-MM-DD-title.md) has one',
    );
  });

  it('converts highlight, raw and Liquid, escaping braces and < in prose but not in code', () => {
    const post = read(target.contentDir, '2024-01-05-codigo-e-liquid');
    assert.match(post, /^date: '2024-01-05T10:00:00-03:00'$/m);
    assert.match(
      post,
      /\n```java\npublic class Produtor \{\n {2}Map<String, Integer> contagem = new HashMap<>\(\);\n\}\n```\n/,
    );
    assert.match(post, /\n```yaml\ntopic: pedidos\n```\n/);
    assert.match(post, /Um parágrafo com \\\{chaves\\\}, um 3 \\< 4 e um `Map<String, \{x\}>` em código\./);
    assert.match(post, /Um template: \\\{\\\{ page\.title \\\}\\\} e \\\{% if x %\\\}sim\\\{% endif %\\\}\./);
    assert.match(post, /Inline: \\\{\\\{ valor \\\}\\\} fica como texto\./);
    assert.match(
      post,
      /Veja \[o post anterior\]\(\/pt\/posts\/html-bruto\) e \[o outro\]\(\/pt\/posts\/sem-titulo\)\./,
    );
    assert.match(post, /\n\\\{% include aviso\.html texto="cuidado" %\\\}\n/);
    assert.deepEqual(notes('2024-01-05-codigo-e-liquid.md'), [
      '28: Liquid tag {% include %} cannot be converted: kept as visible text',
      '30: Liquid output {{ page.autor }} cannot be converted: kept as visible text',
    ]);
  });

  it('turns images with caption lines and <figure> into Figures, copying the images it finds', () => {
    const post = read(target.contentDir, '2024-02-10-figuras');
    assert.match(
      post,
      /<Figure\n {2}src="fila.svg"\n {2}alt="Uma fila com três mensagens"\n {2}caption="Uma fila de mensagens."\n {2}credit="Equipe de testes"\n {2}creditUrl="https:\/\/example.com\/equipe"\n\/>/,
    );
    assert.match(
      post,
      /<Figure\n {2}src="topicos.svg"\n {2}alt="Dois tópicos"\n {2}caption="Tópicos e partições."\n {2}credit="documentação"\n\/>/,
    );
    assert.match(post, /\[Logo remoto\]\(https:\/\/example.com\/logo.png\)/);
    assert.match(post, /^description: Figuras em Markdown, em HTML e remotas\.$/m);
    assert.match(post, /^aliases: \[\/blog\/2024\/02\/figuras\/\]$/m, 'the permalink of _config.yml');
    for (const image of ['fila.svg', 'topicos.svg']) {
      assert.deepEqual(
        fs.readFileSync(path.join(target.publicDir, 'images/posts/2024-02-10-figuras', image)),
        fs.readFileSync(path.join(JEKYLL, 'assets/img', image)),
      );
    }
    const messages = notes('2024-02-10-figuras.markdown');
    assert.ok(
      messages.includes(
        '21: remote image https://example.com/logo.png kept as a link: copy it into the blog and use <Figure>',
      ),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.startsWith('18: image /assets/img/sumiu.png not found in ')),
      messages.join('\n'),
    );
  });

  it('converts raw HTML and kramdown into valid MDX, noting what it removed', () => {
    const post = read(target.contentDir, '2024-03-15-html-bruto');
    assert.match(
      post,
      /\nPrimeira linha<br \/>segunda linha\.\n\nTexto centralizado\n\n<span>Atenção<\/span>: um \[link\]\(https:\/\/example.com\)\.\n/,
    );
    assert.match(post, /\nUm botão e uma nota de rodapé\[\^1\]\. Veja https:\/\/example.com\/autolink\.\n/);
    assert.match(post, /\n\{\/\* Um comentário\nem duas linhas \*\/\}\n/);
    assert.match(post, /\n<div id="caixa">Dentro da caixa<\/div>\n\n\[\^1\]: A nota\.\n$/);
    assert.doesNotMatch(post, /TOC|more|\{:/);
    assert.deepEqual(notes('2024-03-15-html-bruto.md'), [
      '7: kramdown table of contents ({:toc}) removed',
      '12: <center> removed (its text is kept)',
      '14: <span>: attributes style, class removed',
      '15: kramdown attribute list {: .notice} removed',
      '17: kramdown attribute list removed',
      '22: <div>: attributes class removed',
    ]);
  });

  it('takes a missing title from the file name, tags from both lists, the permalink as alias, and wraps the references', () => {
    const post = read(target.contentDir, '2024-04-20-sem-titulo');
    assert.match(post, /^title: Sem titulo$/m);
    assert.match(post, /^tags: \[event-sourcing, cqrs, arquitetura, eventos\]$/m);
    assert.match(post, /^aliases: \[\/artigos\/sem-titulo\.html\]$/m);
    assert.match(
      post,
      /## Referências\n\n<References>\n\n- \[Event Sourcing\]\(https:\/\/martinfowler.com\/eaaDev\/EventSourcing.html\)\n- \[CQRS\]\(https:\/\/martinfowler.com\/bliki\/CQRS.html\)\n\n<\/References>\n/,
    );
    assert.deepEqual(notes('2024-04-20-sem-titulo.md'), ['-: no title: took "Sem titulo" from the file name']);
  });

  it('imports a file with accents in its name and Windows line endings', () => {
    const post = read(target.contentDir, '2024-05-01-acao-e-reacao');
    assert.doesNotMatch(post, /\r/);
    assert.match(post, /^title: Ação e reação$/m);
    assert.match(
      post,
      /\nUma linha com acentos: ação, reação, informação\.\n\nOutra linha, ainda com finais de linha do Windows\.\n$/,
    );
  });

  it('keeps an unpublished post a draft, with its description', () => {
    const post = read(target.contentDir, '2024-06-01-rascunho');
    assert.match(post, /^draft: true$/m);
    assert.match(post, /^description: Um post que o Jekyll não publicava\.$/m);
  });

  it('adds the new tags to tags.yml, keeping what was there', () => {
    const tags = fs.readFileSync(path.join(target.contentDir, 'tags.yml'), 'utf8');
    assert.ok(tags.startsWith('# Tags.\nkafka:\n  pt: Kafka\n  en: Kafka\n'));
    assert.deepEqual(report.newTags.sort(), ['arquitetura', 'cqrs', 'event-sourcing', 'eventos', 'java', 'mensageria']);
    assert.match(tags, /\nevent-sourcing:\n {2}pt: Event Sourcing\n {2}en: Event Sourcing\n/);
  });

  it('writes posts that pass the content check, but for the image it could not find', async () => {
    const tree = loadContentTree(target.contentDir, { includeDrafts: true });
    assert.equal(tree.posts.length, 6);
    const problems = (await Promise.all(tree.posts.map((post) => checkMdx(withBody(post), target.publicDir)))).flat();
    assert.deepEqual(
      problems.map((p) => [path.basename(path.dirname(p.file)), p.line, p.message.replace(/ \(expected at .*\)$/, '')]),
      [['2024-02-10-figuras', 27, 'MDX: <Figure> image not found: /images/posts/2024-02-10-figuras/sumiu.png']],
    );
  });

  it('never overwrites without --force, and --dry-run writes nothing', () => {
    const file = path.join(target.contentDir, 'posts/2024-06-01-rascunho/pt.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Texto do rascunho.', 'Editado à mão.'));
    const again = run(path.join(JEKYLL, '_posts/2024-06-01-rascunho.md'), target);
    assert.deepEqual(
      [again.files[0]?.status, again.files[0]?.reason],
      ['skipped', 'exists (use --force to replace it)'],
    );
    assert.match(fs.readFileSync(file, 'utf8'), /Editado à mão/);

    const dry = run(path.join(JEKYLL, '_posts/2024-06-01-rascunho.md'), target, { dryRun: true, force: true });
    assert.equal(dry.files[0]?.status, 'would write');
    assert.match(fs.readFileSync(file, 'utf8'), /Editado à mão/);

    const forced = run(path.join(JEKYLL, '_posts/2024-06-01-rascunho.md'), target, { force: true });
    assert.equal(forced.files[0]?.status, 'written');
    assert.match(fs.readFileSync(file, 'utf8'), /Texto do rascunho/);
  });

  it('writes nothing at all on a dry run', () => {
    const empty = destination();
    const dry = run(path.join(JEKYLL, '_posts'), empty, { site: JEKYLL, dryRun: true });
    assert.equal(dry.files.filter((f) => f.status === 'would write').length, 6);
    assert.deepEqual(fs.readdirSync(empty.contentDir).sort(), ['site.yml', 'tags.yml']);
    assert.deepEqual(fs.readdirSync(empty.publicDir), []);
    assert.equal(
      fs.readFileSync(path.join(empty.contentDir, 'tags.yml'), 'utf8'),
      '# Tags.\nkafka:\n  pt: Kafka\n  en: Kafka\n',
    );
  });
});

describe('splitCaption', () => {
  it('reads "Figura N -" captions with a source, linked or not', () => {
    assert.deepEqual(splitCaption('Figura 1 - Sistemas antes e depois. Fonte: Freecodecamp'), {
      caption: 'Sistemas antes e depois.',
      credit: 'Freecodecamp',
    });
    assert.deepEqual(splitCaption('Figure 2: A queue. Source: [Docs](https://example.com/docs).'), {
      caption: 'A queue.',
      credit: 'Docs',
      creditUrl: 'https://example.com/docs',
    });
    assert.deepEqual(splitCaption('Só a legenda'), { caption: 'Só a legenda' });
  });
});
