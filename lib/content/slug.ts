import slugify from 'slugify';

/** A URL slug from a title: "Integração de sistemas, parte 2" → "integracao-de-sistemas-parte-2". */
export function slugFor(title: string): string {
  return slugify(title, { lower: true, strict: true, locale: 'pt', trim: true })
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
