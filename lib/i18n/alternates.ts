import 'server-only';
import type { Alternate } from '@/components/layout/language-switcher';
import { routes } from '../routes';
import { otherLocales, type Locale } from './config';
import { getDictionary } from './dictionaries';

/**
 * The language switcher's targets for a page: the same page in each other
 * locale when it exists there, else that locale's home (never a 404).
 */
export async function alternatesFor(
  locale: Locale,
  pathIn: (other: Locale) => string | undefined,
): Promise<Alternate[]> {
  return Promise.all(
    otherLocales(locale).map(async (other) => {
      const path = pathIn(other);
      const { languageSwitcher } = await getDictionary(other);
      return {
        locale: other,
        href: path ?? routes.home(other),
        translated: path !== undefined,
        text: languageSwitcher,
      };
    }),
  );
}
