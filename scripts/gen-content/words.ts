// The generator's vocabulary: parallel Portuguese and English phrases, so a
// post and its translation share one structure. Nothing here may contain `{`,
// `}` or `<`, which MDX would read as code or markup.

export interface Topic {
  /** The tag id. */
  id: string;
  /** Labels per locale; a missing one exercises the id fallback. */
  label: { pt?: string; en?: string };
  /** The subject as it reads in a sentence. */
  noun: { pt: string; en: string };
  /** The fence language used when a post on this topic shows code. */
  code: CodeLanguage;
}

export type CodeLanguage = 'ts' | 'js' | 'python' | 'go' | 'rust' | 'sql' | 'bash' | 'yaml' | 'json' | 'java';

export const TOPICS: Topic[] = [
  { id: 'kafka', label: { pt: 'Kafka', en: 'Kafka' }, noun: { pt: 'o Kafka', en: 'Kafka' }, code: 'java' },
  {
    id: 'mensageria',
    label: { pt: 'Mensageria', en: 'Messaging' },
    noun: { pt: 'a mensageria', en: 'messaging' },
    code: 'ts',
  },
  {
    id: 'postgres',
    label: { pt: 'PostgreSQL', en: 'PostgreSQL' },
    noun: { pt: 'o PostgreSQL', en: 'PostgreSQL' },
    code: 'sql',
  },
  {
    id: 'observabilidade',
    label: { pt: 'Observabilidade', en: 'Observability' },
    noun: { pt: 'a observabilidade', en: 'observability' },
    code: 'yaml',
  },
  {
    id: 'kubernetes',
    label: { pt: 'Kubernetes', en: 'Kubernetes' },
    noun: { pt: 'o Kubernetes', en: 'Kubernetes' },
    code: 'yaml',
  },
  { id: 'go', label: { pt: 'Go', en: 'Go' }, noun: { pt: 'o Go', en: 'Go' }, code: 'go' },
  { id: 'rust', label: { pt: 'Rust', en: 'Rust' }, noun: { pt: 'o Rust', en: 'Rust' }, code: 'rust' },
  { id: 'python', label: { pt: 'Python', en: 'Python' }, noun: { pt: 'o Python', en: 'Python' }, code: 'python' },
  {
    id: 'typescript',
    label: { pt: 'TypeScript', en: 'TypeScript' },
    noun: { pt: 'o TypeScript', en: 'TypeScript' },
    code: 'ts',
  },
  { id: 'apis', label: { pt: 'APIs', en: 'APIs' }, noun: { pt: 'as APIs', en: 'APIs' }, code: 'json' },
  {
    id: 'testes',
    label: { pt: 'Testes', en: 'Testing' },
    noun: { pt: 'os testes automatizados', en: 'automated testing' },
    code: 'js',
  },
  {
    id: 'arquitetura',
    label: { pt: 'Arquitetura', en: 'Architecture' },
    noun: { pt: 'a arquitetura de sistemas', en: 'systems architecture' },
    code: 'ts',
  },
  {
    id: 'seguranca',
    label: { pt: 'Segurança', en: 'Security' },
    noun: { pt: 'a segurança', en: 'security' },
    code: 'bash',
  },
  { id: 'linux', label: { pt: 'Linux', en: 'Linux' }, noun: { pt: 'o Linux', en: 'Linux' }, code: 'bash' },
  {
    id: 'desempenho',
    label: { pt: 'Desempenho', en: 'Performance' },
    noun: { pt: 'o desempenho', en: 'performance' },
    code: 'go',
  },
  {
    id: 'eventos',
    label: { pt: 'Eventos', en: 'Events' },
    noun: { pt: 'a arquitetura orientada a eventos', en: 'event-driven architecture' },
    code: 'json',
  },
  {
    id: 'banco-de-dados',
    label: { pt: 'Bancos de dados', en: 'Databases' },
    noun: { pt: 'os bancos de dados', en: 'databases' },
    code: 'sql',
  },
  {
    id: 'carreira',
    label: { pt: 'Carreira', en: 'Career' },
    noun: { pt: 'a carreira em tecnologia', en: 'a career in tech' },
    code: 'bash',
  },
  // Labelled in one language only, and not at all: the pages fall back to the id.
  { id: 'ci', label: { en: 'CI' }, noun: { pt: 'a integração contínua', en: 'continuous integration' }, code: 'yaml' },
  { id: 'grpc', label: {}, noun: { pt: 'o gRPC', en: 'gRPC' }, code: 'go' },
  { id: 'redis', label: { pt: 'Redis' }, noun: { pt: 'o Redis', en: 'Redis' }, code: 'python' },
];

type Phrase = { pt: string; en: string };

/** Title patterns; `@` is the topic. */
export const TITLES: Phrase[] = [
  { pt: 'Primeiros passos com @', en: 'First steps with @' },
  { pt: 'O que aprendi usando @ em produção', en: 'What I learned running @ in production' },
  { pt: 'Erros comuns com @', en: 'Common mistakes with @' },
  { pt: '@ na prática: um estudo de caso', en: '@ in practice: a case study' },
  { pt: 'Por que repensamos @', en: 'Why we rethought @' },
  { pt: 'Medindo @ antes de otimizar', en: 'Measuring @ before optimising' },
  { pt: 'Um guia curto sobre @', en: 'A short guide to @' },
  { pt: 'Quando @ não é a resposta', en: 'When @ is not the answer' },
  { pt: 'Depurando @ passo a passo', en: 'Debugging @ step by step' },
  { pt: '@ e a equipe: decisões que ficaram', en: '@ and the team: decisions that stuck' },
];

export const DESCRIPTIONS: Phrase[] = [
  {
    pt: 'Notas sobre @, com exemplos de código e os cuidados que fizeram diferença.',
    en: 'Notes on @, with code examples and the precautions that made a difference.',
  },
  {
    pt: 'Um relato de como @ mudou a forma como entregamos software.',
    en: 'An account of how @ changed the way we ship software.',
  },
  { pt: 'Conceitos, armadilhas e uma lista de leituras sobre @.', en: 'Concepts, pitfalls and a reading list on @.' },
];

export const HEADINGS: Phrase[] = [
  { pt: 'Contexto', en: 'Context' },
  { pt: 'O problema', en: 'The problem' },
  { pt: 'Primeira tentativa', en: 'A first attempt' },
  { pt: 'O que mudamos', en: 'What we changed' },
  { pt: 'Medições', en: 'Measurements' },
  { pt: 'Alternativas consideradas', en: 'Alternatives considered' },
  { pt: 'Riscos e limites', en: 'Risks and limits' },
  { pt: 'Como testar', en: 'How to test it' },
  { pt: 'Em produção', en: 'In production' },
  { pt: 'Próximos passos', en: 'Next steps' },
  { pt: 'Conclusão', en: 'Conclusion' },
];

/** Sentences; `@` is the topic. Some carry inline Markdown. */
export const SENTENCES: Phrase[] = [
  {
    pt: 'Quando falamos de @, a primeira pergunta é qual problema queremos resolver.',
    en: 'When we talk about @, the first question is which problem we want to solve.',
  },
  {
    pt: 'Cada decisão sobre @ tem um custo que aparece meses depois.',
    en: 'Every decision about @ has a cost that shows up months later.',
  },
  {
    pt: 'A documentação oficial cobre o básico, mas os detalhes estão nos **casos de borda**.',
    en: 'The official documentation covers the basics, but the details live in the **edge cases**.',
  },
  {
    pt: 'Medimos antes e depois, e os números contaram outra história.',
    en: 'We measured before and after, and the numbers told another story.',
  },
  {
    pt: 'Uma configuração padrão raramente serve para um sistema com tráfego real.',
    en: 'A default configuration rarely fits a system with real traffic.',
  },
  {
    pt: 'O time precisou de algumas semanas para se acostumar com @.',
    en: 'The team needed a few weeks to get used to @.',
  },
  {
    pt: 'Logs estruturados tornaram a investigação muito mais rápida.',
    en: 'Structured logs made the investigation much faster.',
  },
  {
    pt: 'Vale a pena escrever um teste antes de mexer em qualquer coisa.',
    en: 'It pays to write a test before touching anything.',
  },
  {
    pt: 'A variável `timeout` tinha um valor que ninguém lembrava de ter escolhido.',
    en: 'The `timeout` setting had a value nobody remembered choosing.',
  },
  {
    pt: 'Nem toda otimização compensa a complexidade que traz.',
    en: 'Not every optimisation is worth the complexity it brings.',
  },
  {
    pt: 'Com @, a observação cuidadosa vale mais que a intuição.',
    en: 'With @, careful observation is worth more than intuition.',
  },
  {
    pt: 'Os gráficos mostraram picos a cada quinze minutos, sempre no mesmo horário.',
    en: 'The graphs showed spikes every fifteen minutes, always at the same time.',
  },
  {
    pt: 'Uma revisão de código atenta encontrou o erro em poucos minutos.',
    en: 'A careful code review found the bug in a few minutes.',
  },
  {
    pt: 'Documentamos a decisão num registro de arquitetura, com as alternativas descartadas.',
    en: 'We wrote the decision down in an architecture record, with the alternatives we dropped.',
  },
  {
    pt: 'A solução final foi menor do que a primeira tentativa.',
    en: 'The final solution was smaller than the first attempt.',
  },
  {
    pt: 'Há uma [boa explicação sobre o assunto](https://example.com/artigos/explicacao) que recomendo.',
    en: 'There is a [good explanation of the subject](https://example.com/articles/explanation) that I recommend.',
  },
  {
    pt: 'Usamos <abbr title="Service Level Objective">SLO</abbr> para decidir quando parar de otimizar.',
    en: 'We used <abbr title="Service Level Objective">SLOs</abbr> to decide when to stop optimising.',
  },
  {
    pt: 'Para reiniciar o processo, basta <kbd>Ctrl</kbd> + <kbd>C</kbd> e rodar de novo.',
    en: 'To restart the process, press <kbd>Ctrl</kbd> + <kbd>C</kbd> and run it again.',
  },
  {
    pt: 'O mais difícil foi convencer as pessoas de que o problema existia.',
    en: 'The hardest part was convincing people that the problem existed.',
  },
  {
    pt: 'Automatizar a verificação evitou que o erro voltasse.',
    en: 'Automating the check kept the bug from coming back.',
  },
  {
    pt: 'Migrar aos poucos, serviço por serviço, reduziu o risco.',
    en: 'Migrating gradually, one service at a time, lowered the risk.',
  },
  { pt: 'A latência no percentil 99 caiu pela metade.', en: 'Latency at the 99th percentile dropped by half.' },
];

export const LIST_ITEMS: Phrase[] = [
  { pt: 'entender o volume de dados esperado', en: 'understand the expected data volume' },
  { pt: 'definir métricas de sucesso antes de começar', en: 'define success metrics before starting' },
  { pt: 'escrever testes para os casos de erro', en: 'write tests for the failure cases' },
  { pt: 'revisar os limites de memória e de conexões', en: 'review memory and connection limits' },
  { pt: 'documentar o que foi decidido e por quê', en: 'document what was decided and why' },
  { pt: 'ter um plano para desfazer a mudança', en: 'have a plan to roll the change back' },
  { pt: 'acompanhar os alertas na primeira semana', en: 'watch the alerts during the first week' },
  { pt: 'conversar com quem opera o sistema', en: 'talk to the people who run the system' },
];

export const QUOTES: { text: Phrase; author: string; cite?: string }[] = [
  {
    text: {
      pt: 'Simplicidade é pré-requisito para confiabilidade.',
      en: 'Simplicity is prerequisite for reliability.',
    },
    author: 'Edsger W. Dijkstra',
  },
  {
    text: { pt: 'Otimização prematura é a raiz de todo mal.', en: 'Premature optimization is the root of all evil.' },
    author: 'Donald Knuth',
    cite: 'https://example.com/structured-programming-with-go-to',
  },
  {
    text: { pt: 'Faça funcionar, faça certo, faça rápido.', en: 'Make it work, make it right, make it fast.' },
    author: 'Kent Beck',
  },
];

export const REFERENCES: { title: string; url: string; lang: 'pt-BR' | 'en' }[] = [
  { title: 'Designing Data-Intensive Applications, notes', url: 'https://example.com/en/ddia-notes', lang: 'en' },
  { title: 'Guia de observabilidade', url: 'https://example.com/pt/guia-observabilidade', lang: 'pt-BR' },
  { title: 'Release It! in practice', url: 'https://example.com/en/release-it', lang: 'en' },
  { title: 'Boas práticas de testes', url: 'https://example.com/pt/boas-praticas-testes', lang: 'pt-BR' },
  { title: 'The twelve-factor app', url: 'https://example.com/en/twelve-factor', lang: 'en' },
  { title: 'Arquitetura de eventos explicada', url: 'https://example.com/pt/eventos', lang: 'pt-BR' },
];

export const SERIES_NAMES: Phrase[] = [
  { pt: 'do começo', en: 'from the start' },
  { pt: 'em profundidade', en: 'in depth' },
  { pt: 'no dia a dia', en: 'day to day' },
];

/** Short, valid programs per fence language. */
export const CODE: Record<CodeLanguage, string> = {
  ts: 'interface Order {\n  id: string;\n  total: number;\n}\n\nexport function sum(orders: Order[]): number {\n  return orders.reduce((acc, order) => acc + order.total, 0);\n}',
  js: "import assert from 'node:assert/strict';\n\nassert.equal(sum([{ total: 2 }, { total: 3 }]), 5);",
  python:
    'def retry(fn, attempts=3):\n    for attempt in range(attempts):\n        try:\n            return fn()\n        except TimeoutError:\n            if attempt == attempts - 1:\n                raise',
  go: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println("attempt", i)\n\t}\n}',
  rust: 'fn main() {\n    let totals = vec![2, 3, 5];\n    let sum: i32 = totals.iter().sum();\n    println!("{sum}");\n}',
  sql: "SELECT customer_id, count(*) AS orders\nFROM orders\nWHERE created_at > now() - interval '7 days'\nGROUP BY customer_id\nORDER BY orders DESC\nLIMIT 10;",
  bash: 'set -euo pipefail\nfor host in a b c; do\n  ssh "$host" uptime\ndone',
  yaml: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  replicas: 3',
  json: '{\n  "type": "order.created",\n  "id": "42",\n  "total": 17.5\n}',
  java: 'Properties props = new Properties();\nprops.put("bootstrap.servers", "localhost:9092");\ntry (var producer = new KafkaProducer<String, String>(props)) {\n    producer.send(new ProducerRecord<>("orders", "42", "created"));\n}',
};

/** Tags only the realistic shape uses, so its pool has 30 tags as a grown blog's would. */
export const EXTRA_TAGS: { id: string; label: { pt: string; en: string } }[] = [
  { id: 'frontend', label: { pt: 'Front-end', en: 'Front end' } },
  { id: 'cloud', label: { pt: 'Nuvem', en: 'Cloud' } },
  { id: 'devops', label: { pt: 'DevOps', en: 'DevOps' } },
  { id: 'java', label: { pt: 'Java', en: 'Java' } },
  { id: 'microsservicos', label: { pt: 'Microsserviços', en: 'Microservices' } },
  { id: 'git', label: { pt: 'Git', en: 'Git' } },
  { id: 'design-de-codigo', label: { pt: 'Design de código', en: 'Code design' } },
  { id: 'dados', label: { pt: 'Engenharia de dados', en: 'Data engineering' } },
  { id: 'resiliencia', label: { pt: 'Resiliência', en: 'Resilience' } },
];

/** Callout kinds the realistic shape picks from (GitHub's alert markers). */
export const CALLOUTS = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING'] as const;

interface CodeShape {
  file: string;
  head: string[];
  /** The i-th line of the repeated middle. */
  line: (i: number) => string;
  tail: string[];
}

/** Code of any length per fence language: a head, repeated lines, a tail. */
export const CODE_SHAPES: Record<CodeLanguage, CodeShape> = {
  ts: {
    file: 'pipeline.ts',
    head: [
      "import { step } from './steps';",
      '',
      'export async function run(total: number): Promise<number> {',
      '  let done = 0;',
    ],
    line: (i) => `  done += await step('stage-${i}', total * ${i + 1});`,
    tail: ['  return done;', '}'],
  },
  js: {
    file: 'pipeline.test.js',
    head: ["import assert from 'node:assert/strict';", "import { run } from './pipeline.js';", ''],
    line: (i) => `assert.equal(await run(${i}), ${i * (i + 1)});`,
    tail: ['', "console.log('ok');"],
  },
  python: {
    file: 'retry.py',
    head: ['import time', '', '', 'def run(steps):', '    done = 0'],
    line: (i) => `    done += steps[${i}]() if len(steps) > ${i} else 0`,
    tail: ['    time.sleep(0.1)', '    return done'],
  },
  go: {
    file: 'main.go',
    head: ['package main', '', 'import "fmt"', '', 'func main() {', '\ttotal := 0'],
    line: (i) => `\ttotal += step(${i}) // stage ${i}`,
    tail: ['\tfmt.Println("total", total)', '}'],
  },
  rust: {
    file: 'main.rs',
    head: ['fn step(n: u32) -> u32 {', '    n * 2', '}', '', 'fn main() {', '    let mut total = 0;'],
    line: (i) => `    total += step(${i});`,
    tail: ['    println!("{total}");', '}'],
  },
  sql: {
    file: 'report.sql',
    head: ['SELECT customer_id,'],
    line: (i) => `       sum(CASE WHEN stage = ${i} THEN total ELSE 0 END) AS stage_${i},`,
    tail: [
      '       count(*) AS orders',
      'FROM orders',
      "WHERE created_at > now() - interval '7 days'",
      'GROUP BY customer_id;',
    ],
  },
  bash: {
    file: 'deploy.sh',
    head: ['#!/usr/bin/env bash', 'set -euo pipefail', ''],
    line: (i) => `ssh "host-${i}.internal" 'systemctl restart orders' && echo "host ${i} ok"`,
    tail: ['', 'echo "all hosts restarted"'],
  },
  yaml: {
    file: 'deployment.yaml',
    head: ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: orders', 'data:'],
    line: (i) => `  STAGE_${i}_TIMEOUT: "${(i + 1) * 100}ms"`,
    tail: ['spec:', '  replicas: 3'],
  },
  json: {
    file: 'event.json',
    head: ['{', '  "type": "order.created",', '  "stages": ['],
    line: (i) => `    { "id": ${i}, "name": "stage-${i}", "timeoutMs": ${(i + 1) * 100} },`,
    tail: ['    { "id": 99, "name": "done", "timeoutMs": 0 }', '  ]', '}'],
  },
  java: {
    file: 'Producer.java',
    head: [
      'Properties props = new Properties();',
      'props.put("bootstrap.servers", "localhost:9092");',
      'try (var producer = new KafkaProducer<String, String>(props)) {',
    ],
    line: (i) => `    producer.send(new ProducerRecord<>("orders", "${i}", "stage-${i}"));`,
    tail: ['    producer.flush();', '}'],
  },
};
