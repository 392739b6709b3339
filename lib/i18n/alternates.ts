import 'server-only';
import { routes } from '../routes';
import { otherLocales, type Locale } from './config';
import { getDictionary, type Dictionary } from './dictionaries';

/** One target of the language switcher. */
export interface Alternate {
  locale: Locale;
  /** The same page in that locale, or somewhere useful there when it has none. */
  href: string;
  translated: boolean;
  /** The switcher's words, in the target language so its readers can find them. */
  text: {
    nativeName: string;
    readIn: string;
    /** Said when there is no such page there ("This post is not available in English"). */
    missing: string;
    /** The fallback link's text ("Go to the English home page"). */
    goTo: string;
  };
}

/** Where the switcher sends a reader when the page does not exist in `other`: by default, its home. */
export type Fallback = (other: Locale, dict: Dictionary) => { href: string; missing: string; goTo: string };

const toHome: Fallback = (other, dict) => ({
  href: routes.home(other),
  missing: dict.languageSwitcher.notTranslated,
  goTo: dict.languageSwitcher.goHome,
});

/**
 * The language switcher's targets for a page: the same page in each other
 * locale when it exists there, else the fallback (never a 404).
 */
export async function alternatesFor(
  locale: Locale,
  pathIn: (other: Locale) => string | undefined,
  fallback: Fallback = toHome,
): Promise<Alternate[]> {
  return Promise.all(
    otherLocales(locale).map(async (other) => {
      const path = pathIn(other);
      const dict = await getDictionary(other);
      const { nativeName, readIn } = dict.languageSwitcher;
      const instead = fallback(other, dict);
      return {
        locale: other,
        href: path ?? instead.href,
        translated: path !== undefined,
        text: { nativeName, readIn, missing: instead.missing, goTo: instead.goTo },
      };
    }),
  );
}
