// npm run new-post -- "Título do post" [--locale pt|en] [--series kafka] [--tags a,b] [--date 2024-05-01]
// Creates content/posts/<date>-<slug>/<locale>.mdx as a draft. Never overwrites; on any error writes nothing.
import { newPost } from '../lib/content/scaffold';
import { env } from '../lib/env';
import { runScaffold } from './scaffold-cli';

process.exitCode = runScaffold(
  'usage: npm run new-post -- "Título do post" [--locale pt|en] [--series <id>] [--tags a,b] [--date 2024-05-01]',
  { locale: { type: 'string' }, series: { type: 'string' }, tags: { type: 'string' }, date: { type: 'string' } },
  (values, title) =>
    newPost(env.contentDir, {
      title,
      locale: values.locale,
      series: values.series,
      tags: values.tags
        ?.split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      date: values.date,
    }),
  'a draft',
);
