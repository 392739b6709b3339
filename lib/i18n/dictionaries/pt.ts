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
  code: {
    /** Before the block's language name, for screen readers: "Linguagem: ts". */
    language: 'Linguagem',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'Não foi possível copiar',
  },
  toc: { title: 'Neste artigo' },
  theme: { label: 'Tema', light: 'Claro', dark: 'Escuro', system: 'Sistema' },
  references: { inLanguage: (language: string) => `em ${language}` },
  notFound: {
    title: 'Página não encontrada',
    body: 'O endereço que você abriu não existe ou mudou de lugar.',
    backHome: 'Voltar para a página inicial',
  },
};

export default pt;
export type Dictionary = typeof pt;
