import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { BytesCache } from '@/lib/build-cache';
import { env } from '@/lib/env';
import { toolchainOf } from '@/lib/mdx/cache';
import { currentHash, SOCIAL_CARD_SOURCES } from '@/lib/source-hash.mjs';
import { SOCIAL_IMAGE_SIZE } from './metadata';

export interface SocialCard {
  /** BCP 47 language of the text. */
  lang: string;
  title: string;
  /** Above the title: "Parte 1 de 3 · Kafka do começo", or the site's description on the home. */
  kicker?: string;
  siteName: string;
  /** Already formatted in the card's language. */
  date?: string;
}

// Inter from @fontsource (an npm package): read from disk at build time, never fetched.
// Satori reads TTF, OTF and WOFF, not WOFF2. The latin-ext files cover what latin lacks.
const FONT_DIR = 'node_modules/@fontsource/inter/files';
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const;

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let fonts: Promise<Font[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ file, weight }) => ({
      name: 'Inter',
      data: await fs.readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), FONT_DIR, file)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** Smaller type for longer titles, so five lines hold all but the longest (which end in an ellipsis). */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 40) return 76;
  if (length <= 70) return 64;
  if (length <= 110) return 54;
  return 44;
}

const cache = new BytesCache(path.join(env.distDir, 'cache', 'social'), 'png');
let toolchain: string | undefined;

/** The cache key of a card: its text, the drawing's code, the fonts' and renderer's packages. */
export function socialCardKey(card: SocialCard): string {
  toolchain ??= toolchainOf(process.cwd());
  const { lang, title, kicker = '', siteName, date = '' } = card;
  return crypto
    .createHash('sha256')
    .update(
      JSON.stringify([
        currentHash(process.env.SOCIAL_CARD_HASH, SOCIAL_CARD_SOURCES),
        toolchain,
        lang,
        title,
        kicker,
        siteName,
        date,
      ]),
    )
    .digest('hex');
}

/**
 * A 1200×630 PNG card: kicker, title, site name and date, light text on the blog's dark colour.
 * Drawing one costs about 35 ms of CPU (a 1,000-post build draws 2,000), so each is kept in the
 * build folder's cache/social/ and a rebuild draws only the cards whose text changed.
 */
export async function socialImage(card: SocialCard): Promise<Response> {
  const key = socialCardKey(card);
  let png = cache.read(key);
  if (!png) {
    png = Buffer.from(await drawCard(card, await loadFonts()).arrayBuffer());
    cache.write(key, png);
  }
  return new Response(new Uint8Array(png), {
    // As next/og's ImageResponse answers.
    headers: {
      'Content-Type': 'image/png',
      'Cache-Control': env.isDev ? 'no-cache, no-store' : 'public, max-age=0, must-revalidate',
    },
  });
}

function drawCard(card: SocialCard, fonts: Font[]): ImageResponse {
  return new ImageResponse(
    <div
      lang={card.lang}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#16181d',
        color: '#f3f4f6',
        fontFamily: 'Inter',
        borderTop: '16px solid #4f8cff',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 28 }}>
        {card.kicker ? (
          <div style={{ display: 'block', fontSize: 32, color: '#9db8ff', lineClamp: 2, overflow: 'hidden' }}>
            {card.kicker}
          </div>
        ) : null}
        <div
          style={{
            display: 'block',
            fontSize: titleFontSize(card.title),
            fontWeight: 700,
            lineHeight: 1.15,
            lineClamp: 5,
            overflow: 'hidden',
            wordBreak: 'break-word',
          }}
        >
          {card.title}
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          fontSize: 30,
          color: '#c9ced8',
          gap: 40,
        }}
      >
        <div style={{ display: 'flex', fontWeight: 700 }}>{card.siteName}</div>
        {card.date ? <div style={{ display: 'flex' }}>{card.date}</div> : null}
      </div>
    </div>,
    { ...SOCIAL_IMAGE_SIZE, fonts },
  );
}
