// npm run translate -- <post id> [--to en]
// Adds the other language's file to a post, as a draft that records the source version it translates.
import { translate } from '../lib/content/scaffold';
import { env } from '../lib/env';
import { runScaffold } from './scaffold-cli';

process.exitCode = runScaffold(
  'usage: npm run translate -- <post id, e.g. 2023-10-02-kafka-intro> [--to pt|en]',
  { to: { type: 'string' } },
  (values, id) => translate(env.contentDir, id.replace(/\/+$/, ''), values.to),
  'a draft; translate it, then remove draft: true',
);
