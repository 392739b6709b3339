/** The blog built from content/. */
export const SITE_URL = 'http://127.0.0.1:3100';
/** The blog built from tests/fixtures/content (untranslated post, draft, several figures, series). */
export const FIXTURE_URL = 'http://127.0.0.1:3101';
/** The blog built from tests/fixtures/content-pt-only: one post, nothing in English. */
export const PT_ONLY_URL = 'http://127.0.0.1:3102';
