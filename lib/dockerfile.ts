/**
 * Reads the project's Dockerfile, so that the end-to-end suite runs its COPY steps itself
 * (scripts/standalone-serve.ts) and a unit test checks them: what is tested is what is deployed.
 * Only what this Dockerfile uses: instructions, `\` continuations, comments, `AS` stage names.
 */

export interface Instruction {
  keyword: string;
  /** The rest of the line, continuations joined. */
  args: string;
  line: number;
}

export interface Stage {
  name: string;
  image: string;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const start = index;
    let line = lines[index]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    while (line.endsWith('\\') && index + 1 < lines.length) {
      index++;
      const next = lines[index]!.trim();
      if (next.startsWith('#')) continue;
      line = `${line.slice(0, -1).trimEnd()} ${next}`;
    }
    const [keyword = '', ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' '), line: start + 1 };
    if (instruction.keyword === 'FROM') {
      const [image = '', as, name] = rest;
      stages.push({ name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length), image, instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`Dockerfile line ${start + 1}: ${instruction.keyword} before any FROM`);
      stage.instructions.push(instruction);
    }
  }
  return stages;
}

export interface CopyStep {
  from?: string;
  sources: string[];
  destination: string;
  line: number;
}

/** A stage's COPY steps, their `--from` and sources and destination (the shell form only). */
export function copySteps(stage: Stage): CopyStep[] {
  return stage.instructions
    .filter(({ keyword }) => keyword === 'COPY')
    .map(({ args, line }) => {
      const words = args.split(/\s+/);
      const flags = words.filter((word) => word.startsWith('--'));
      const paths = words.filter((word) => !word.startsWith('--'));
      if (paths.length < 2 || args.trimStart().startsWith('['))
        throw new Error(`Dockerfile line ${line}: COPY ${args}`);
      const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
      return { from, sources: paths.slice(0, -1), destination: paths.at(-1)!, line };
    });
}

/** The stage named `name`, or an error naming the Dockerfile's stages. */
export function stage(stages: Stage[], name: string): Stage {
  const found = stages.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`the Dockerfile has no stage ${name} (${stages.map((s) => s.name).join(', ')})`);
  return found;
}
