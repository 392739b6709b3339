// A Hugo site built from the same generated tree, for the bench's --peers: the posts converted
// to Hugo Markdown with two shortcodes standing in for <Figure> (the SVG inlined, as ours is)
// and <References>; callouts stay plain blockquotes (Debian's Hugo 0.111 predates its alerts).
// Layouts render each post, the home and list pages per language, and the tag and series pages.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

const CONFIG = `baseURL = "http://127.0.0.1/"
defaultContentLanguage = "pt"
defaultContentLanguageInSubdir = true
disableKinds = ["RSS", "sitemap", "robotsTXT"]
[languages.pt]
contentDir = "content/pt"
languageCode = "pt-BR"
weight = 1
[languages.en]
contentDir = "content/en"
languageCode = "en"
weight = 2
[taxonomies]
tag = "tags"
series = "series"
[markup.highlight]
noClasses = false
[markup.goldmark.renderer]
unsafe = true
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title><meta name="viewport" content="width=device-width"></head>
<body><header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body>
</html>
`,
  '_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}
{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}">{{ .Lang }}</a>{{ end }}
</article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary | plainify | truncate 160 }}</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  'shortcodes/svgfigure.html': `<figure>{{ readFile (printf "static%s" (.Get "src")) | safeHTML }}<figcaption>{{ .Get "caption" }}</figcaption></figure>
`,
  'shortcodes/references.html': `<section class="references">{{ .Inner | markdownify }}</section>
`,
};

/** One post's MDX as Hugo Markdown: front matter kept, the blog's components as shortcodes. */
export function toHugoMarkdown(mdx: string): string {
  const { data, content } = matter(mdx);
  const front = {
    title: data.title as string,
    description: data.description as string,
    date: new Date(String(data.date).replace(' ', 'T') + (String(data.date).length > 10 ? 'Z' : 'T00:00:00Z')),
    ...(data.slug ? { slug: data.slug as string } : {}),
    tags: data.tags as string[],
    ...(data.series ? { series: [data.series as string] } : {}),
    ...(data.draft ? { draft: true } : {}),
  };
  const body = content
    .replace(
      /<Figure\s+src="([^"]+)"\s+alt="([^"]*)"\s+caption="([^"]*)"\s*\/>/g,
      '{{< svgfigure src="$1" alt="$2" caption="$3" >}}',
    )
    .replace(/^<References>$/m, '{{< references >}}')
    .replace(/^<\/References>$/m, '{{< /references >}}')
    .replace(/^```(\w+) title="[^"]*" \{(\d+)\}$/gm, '```$1 {hl_lines=[$2]}');
  return `${JSON.stringify(front, null, 2)}\n\n${body}`;
}

/** Writes the Hugo site for `contentDir` (and the figures under `publicDir/figures`) into `siteDir`. */
export function writeHugoSite(contentDir: string, publicDir: string, figures: string, siteDir: string): number {
  fs.rmSync(siteDir, { recursive: true, force: true });
  fs.mkdirSync(siteDir, { recursive: true });
  fs.writeFileSync(path.join(siteDir, 'hugo.toml'), `title = "Blog"\n${CONFIG}`);
  for (const [file, text] of Object.entries(LAYOUTS)) {
    fs.mkdirSync(path.dirname(path.join(siteDir, 'layouts', file)), { recursive: true });
    fs.writeFileSync(path.join(siteDir, 'layouts', file), text);
  }
  fs.cpSync(path.join(publicDir, figures), path.join(siteDir, 'static', figures), { recursive: true });
  let files = 0;
  const postsDir = path.join(contentDir, 'posts');
  for (const id of fs.readdirSync(postsDir)) {
    for (const name of fs.readdirSync(path.join(postsDir, id))) {
      if (!name.endsWith('.mdx')) continue;
      const locale = name.slice(0, -'.mdx'.length);
      const out = path.join(siteDir, 'content', locale, 'posts', `${id}.md`);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, toHugoMarkdown(fs.readFileSync(path.join(postsDir, id, name), 'utf8')));
      files++;
    }
  }
  return files;
}
