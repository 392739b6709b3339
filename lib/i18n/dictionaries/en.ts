import type { Dictionary } from './pt';

const en: Dictionary = {
  skipToContent: 'Skip to content',
  nav: {
    label: 'Blog sections',
    archive: 'Archive',
    tags: 'Tags',
    series: 'Series',
  },
  languageSwitcher: {
    label: 'Language',
    nativeName: 'English',
    readIn: 'Read in English',
    notTranslated: 'This post is not available in English',
    goHome: 'Go to the English home page',
    tagMissing: (tag: string) => `No posts in English are tagged “${tag}” yet`,
    goTags: 'See the tags in English',
  },
  homePage: {
    latestPosts: 'Latest posts',
    noPosts: 'No posts published yet.',
    series: 'Series',
    allPosts: 'Every post, in the archive',
  },
  inLanguage: { pt: 'in Portuguese', en: 'in English' },
  post: {
    draft: 'Draft',
    scheduled: 'Scheduled',
    updatedOn: 'Updated on',
    minRead: (minutes: number) => `${minutes} min read`,
    tags: 'Tags',
    seriesPart: (order: number, total: number) => `Part ${order} of ${total}`,
    seriesOf: 'in the series',
  },
  archive: {
    title: 'Archive',
    description: 'Every post on the blog, newest first.',
  },
  tags: {
    title: 'Tags',
    description: 'The subjects of the blog and how many posts each has.',
    postCount: (count: number) => (count === 1 ? '1 post' : `${count} posts`),
    tagTitle: (label: string) => `Posts tagged “${label}”`,
    tagDescription: (label: string) => `Every post on the blog tagged “${label}”, newest first.`,
    allTags: 'All tags',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
  },
  series: {
    title: 'Series',
    description: 'Posts meant to be read in order.',
    part: (order: number) => `Part ${order}`,
    partCount: (count: number) => (count === 1 ? '1 part' : `${count} parts`),
    comingSoon: 'coming soon',
    parts: 'Parts',
    previous: 'Previous',
    next: 'Next',
    noSeries: 'No series yet.',
    boxLabel: (title: string) => `Series: ${title}`,
    neighbours: (title: string) => `More of the series ${title}`,
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
