import { z } from 'zod';
import { locales, type Locale } from '../i18n/config';
import { unsafeScheme } from '../urls';
import { parseContentDate } from './dates';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

const contentDate = z
  .union([z.string(), z.number()], { error: 'must be a date such as 2023-10-02 or 2023-10-02 14:31:37' })
  .transform((value, ctx) => {
    const date = parseContentDate(String(value));
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a date; use 2023-10-02, 2023-10-02 14:31:37 or ISO 8601`,
      });
      return z.NEVER;
    }
    return date;
  });

/** Tag ids are shared by both languages; YAML reads `2023` as a number, so accept and normalise it. */
const tagId = z
  .union([z.string(), z.number()], { error: 'tags must be ids such as kafka or 2023' })
  .transform(String)
  .pipe(z.string().regex(SLUG, { error: 'a tag id uses lowercase letters, digits and hyphens' }));

export const frontMatterSchema = z
  .strictObject(
    {
      title: text,
      description: text,
      date: contentDate,
      updated: contentDate.optional(),
      slug: z
        .string({ error: 'must be text' })
        .regex(SLUG, { error: 'a slug uses lowercase letters, digits and hyphens (integrando-sistemas-com-kafka)' })
        .optional(),
      tags: z.array(tagId, { error: 'must be a list, e.g. [kafka, 2023]' }).default([]),
      series: z
        .string({ error: 'must be a series id' })
        .regex(SLUG, { error: 'a series id uses lowercase letters, digits and hyphens' })
        .optional(),
      seriesOrder: z
        .number({ error: 'must be a whole number from 1' })
        .int()
        .min(1, { error: 'must be 1 or more' })
        .optional(),
      draft: z.boolean({ error: 'must be true or false' }).default(false),
      aliases: z
        .array(z.string().regex(/^\/[^\s?#]*$/, { error: 'an alias is a path starting with /' }), {
          error: 'must be a list of paths',
        })
        .default([]),
      translationOf: z
        .strictObject(
          {
            locale: z.enum(locales, { error: `must be ${locales.join(' or ')}` }),
            hash: z
              .string({ error: 'must be text' })
              .regex(/^[0-9a-f]{12}$/, { error: 'must be the 12-character hash npm run translate wrote' }),
          },
          { error: 'must be { locale, hash }, as npm run translate writes it' },
        )
        .optional(),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys.join('", "')}"` : undefined),
    },
  )
  .superRefine((data, ctx) => {
    if ((data.series === undefined) !== (data.seriesOrder === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [data.series === undefined ? 'series' : 'seriesOrder'],
        message: 'series and seriesOrder go together',
      });
    }
    if (data.updated && data.updated < data.date) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'is earlier than date' });
    }
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** A text in every locale. */
const localized = z.strictObject(Object.fromEntries(locales.map((l) => [l, text])) as Record<Locale, typeof text>);

/** A text in some locales (the others fall back). */
const partlyLocalized = z.strictObject(
  Object.fromEntries(locales.map((l) => [l, text.optional()])) as Record<Locale, z.ZodOptional<typeof text>>,
);

/** An address a reader may follow: never one that runs code (javascript:, data:, vbscript:). */
const safeUrl = z
  .url({ error: 'must be a full address such as https://example.com' })
  .refine((value) => !unsafeScheme(value), {
    error: (issue) => `${unsafeScheme(String(issue.input))}: addresses are not allowed`,
  });

export const siteSchema = z.strictObject({
  name: text,
  description: localized,
  /** Who writes the blog; without one, pages show no byline and the blog itself is the author in JSON-LD. */
  author: z.strictObject({ name: text, url: safeUrl.optional() }).optional(),
  links: z.array(z.strictObject({ label: text, url: safeUrl })).default([]),
});
export type SiteConfig = z.output<typeof siteSchema>;

export const seriesSchema = z.strictObject({
  title: localized,
  description: localized,
  planned: z.array(z.strictObject({ order: z.number().int().min(1), title: partlyLocalized })).default([]),
});
export type SeriesConfig = z.output<typeof seriesSchema>;

/** A tag in one language: its label, or its label and URL slug (the tag id when absent). */
const tagInLocale = z.preprocess(
  (value) => (typeof value === 'string' || typeof value === 'number' ? { label: String(value) } : value),
  z.strictObject(
    {
      label: text.optional(),
      slug: z
        .string({ error: 'must be text' })
        .regex(SLUG, { error: 'a tag slug is URL-safe: lowercase letters, digits and hyphens (mensageria)' })
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field "${issue.keys.join('", "')}"; use label and slug`
          : 'must be a label, or label: and slug:',
    },
  ),
);

export const tagsSchema = z.record(
  z.string().regex(SLUG, { error: 'a tag id uses lowercase letters, digits and hyphens' }),
  // `id:` with nothing under it is a tag without labels: the id stands in for both.
  z
    .strictObject(
      Object.fromEntries(locales.map((l) => [l, tagInLocale.optional()])) as Record<
        Locale,
        z.ZodOptional<typeof tagInLocale>
      >,
    )
    .nullable()
    .transform((value) => value ?? {}),
);
export type TagsConfig = z.output<typeof tagsSchema>;
export type TagConfig = TagsConfig[string];

export { SLUG as SLUG_PATTERN };
