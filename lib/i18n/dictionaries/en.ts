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
  references: { inLanguage: (language: string) => `in ${language}` },
  search: {
    link: 'Search',
    title: 'Search the posts',
    description: 'Search words in the text, title and tags of the English posts.',
    label: 'Words to search for',
    searching: 'Searching…',
    noResults: 'No results',
    results: { one: '1 result', other: '# results' },
    needsJavaScript: 'Search needs JavaScript, which is turned off in this browser.',
    archiveHint: 'Every post is listed in the archive',
    homeHint: 'Every post is listed on the home page',
    failed: 'Search could not be loaded. Try reloading the page.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address you opened does not exist or has moved.',
    backHome: 'Back to the home page',
  },
};

export default en;
