const pt = {
  skipToContent: 'Pular para o conteúdo',
  nav: {
    label: 'Seções do blog',
    archive: 'Arquivo',
    tags: 'Tags',
    series: 'Séries',
  },
  languageSwitcher: {
    label: 'Idioma',
    /** Shown in the target language, so a reader who cannot read this one still finds it. */
    nativeName: 'Português',
    readIn: 'Ler em português',
    notTranslated: 'Este texto não está disponível em português',
    goHome: 'Ir para a página inicial em português',
    tagMissing: (tag: string) => `Ainda não há textos em português com a tag “${tag}”`,
    goTags: 'Ver as tags em português',
  },
  homePage: {
    latestPosts: 'Últimos textos',
    noPosts: 'Ainda não há textos publicados.',
    series: 'Séries',
    allPosts: 'Todos os textos, no arquivo',
  },
  /** Marks, in a list, a post that exists only in another language. */
  inLanguage: { pt: 'em português', en: 'em inglês' },
  post: {
    /** Marks drafts, which only the dev server shows. */
    draft: 'Rascunho',
    /** Marks posts dated in the future, which only the dev server shows until then. */
    scheduled: 'Agendado',
    updatedOn: 'Atualizado em',
    minRead: (minutes: number) => `${minutes} min de leitura`,
    tags: 'Tags',
    seriesPart: (order: number, total: number) => `Parte ${order} de ${total}`,
    seriesOf: 'da série',
    byline: 'por',
  },
  archive: {
    title: 'Arquivo',
    description: 'Todos os textos do blog, do mais novo ao mais antigo.',
  },
  tags: {
    title: 'Tags',
    description: 'Os assuntos do blog e quantos textos há em cada um.',
    postCount: (count: number) => (count === 1 ? '1 texto' : `${count} textos`),
    tagTitle: (label: string) => `Textos com a tag “${label}”`,
    tagDescription: (label: string) => `Todos os textos do blog com a tag “${label}”, do mais novo ao mais antigo.`,
    allTags: 'Todas as tags',
  },
  pagination: {
    label: 'Páginas',
    previous: 'Página anterior',
    next: 'Próxima página',
    pageOf: (page: number, total: number) => `Página ${page} de ${total}`,
  },
  series: {
    title: 'Séries',
    description: 'Textos que se leem em sequência.',
    part: (order: number) => `Parte ${order}`,
    partCount: (count: number) => (count === 1 ? '1 parte' : `${count} partes`),
    comingSoon: 'em breve',
    parts: 'Partes',
    previous: 'Anterior',
    next: 'Próximo',
    noSeries: 'Ainda não há séries.',
    boxLabel: (title: string) => `Série: ${title}`,
    neighbours: (title: string) => `Mais da série ${title}`,
  },
  figure: { label: 'Figura', source: 'Fonte' },
  code: {
    /** Before the block's language name, for screen readers: "Linguagem: ts". */
    language: 'Linguagem',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'Não foi possível copiar',
  },
  callout: { note: 'Nota', tip: 'Dica', important: 'Importante', warning: 'Atenção', caution: 'Cuidado' },
  footnotes: {
    title: 'Notas',
    /** The link from a note back to where it is cited: "Voltar ao texto (nota 1)". */
    back: (note: string) => `Voltar ao texto (nota ${note})`,
  },
  toc: { title: 'Neste artigo' },
  theme: { label: 'Tema', light: 'Claro', dark: 'Escuro', system: 'Sistema' },
  references: { inLanguage: (language: string) => `em ${language}` },
  search: {
    /** The header's link to the search page. */
    link: 'Buscar',
    title: 'Buscar nos textos',
    description: 'Busque palavras no texto, no título e nas tags dos textos em português.',
    label: 'Palavras a buscar',
    searching: 'Buscando…',
    noResults: 'Nenhum resultado',
    /** `#` becomes the count; the island picks the form with Intl.PluralRules. */
    results: { one: '1 resultado', other: '# resultados' },
    needsJavaScript: 'A busca precisa de JavaScript, que está desligado neste navegador.',
    archiveHint: 'Todos os textos estão listados no arquivo',
    failed: 'Não foi possível carregar a busca. Tente recarregar a página.',
  },
  notFound: {
    title: 'Página não encontrada',
    body: 'O endereço que você abriu não existe ou mudou de lugar.',
    backHome: 'Voltar para a página inicial',
  },
};

export default pt;
export type Dictionary = typeof pt;
