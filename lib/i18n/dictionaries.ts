import 'server-only';
import { cache } from 'react';
import type { Locale } from './config';
import type { Dictionary } from './dictionaries/pt';

export type { Dictionary };

const loaders: Record<Locale, () => Promise<Dictionary>> = {
  pt: () => import('./dictionaries/pt').then((m) => m.default),
  en: () => import('./dictionaries/en').then((m) => m.default),
};

/** Server-only; client islands get just the strings they need as props. */
export const getDictionary = cache((locale: Locale): Promise<Dictionary> => loaders[locale]());
