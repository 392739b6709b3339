import type { Dictionary } from './pt';

const en: Dictionary = {
  skipToContent: 'Skip to content',
  languageSwitcher: {
    label: 'Language',
    nativeName: 'English',
    readIn: 'Read in English',
    notTranslated: 'This post is not available in English',
    goHome: 'Go to the English home page',
  },
  homePage: {
    latestPosts: 'Latest posts',
    noPosts: 'No posts published yet.',
  },
  post: {
    draft: 'Draft',
    updatedOn: 'Updated on',
    minRead: (minutes: number) => `${minutes} min read`,
    tags: 'Tags',
    seriesPart: (order: number, total: number) => `Part ${order} of ${total}`,
    seriesOf: 'in the series',
  },
  figure: { label: 'Figure', source: 'Source' },
  code: { language: 'Language', copy: 'Copy', copied: 'Copied', copyFailed: 'Could not copy' },
  toc: { title: 'On this page' },
  theme: { label: 'Theme', light: 'Light', dark: 'Dark', system: 'System' },
  references: { inLanguage: (language: string) => `in ${language}` },
  notFound: {
    title: 'Page not found',
    body: 'The address you opened does not exist or has moved.',
    backHome: 'Back to the home page',
  },
};

export default en;
