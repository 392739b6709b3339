const pt = {
  skipToContent: 'Pular para o conteúdo',
  languageSwitcher: {
    label: 'Idioma',
    /** Shown in the target language, so a reader who cannot read this one still finds it. */
    nativeName: 'Português',
    readIn: 'Ler em português',
    notTranslated: 'Este texto não está disponível em português',
    goHome: 'Ir para a página inicial em português',
  },
  homePage: {
    latestPosts: 'Últimos textos',
    noPosts: 'Ainda não há textos publicados.',
  },
  post: {
    /** Marks drafts, which only the dev server shows. */
    draft: 'Rascunho',
    updatedOn: 'Atualizado em',
    minRead: (minutes: number) => `${minutes} min de leitura`,
    tags: 'Tags',
    seriesPart: (order: number, total: number) => `Parte ${order} de ${total}`,
    seriesOf: 'da série',
  },
  figure: { label: 'Figura', source: 'Fonte' },
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
    homeHint: 'Todos os textos estão listados na página inicial',
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
