/**
 * Seeded fuzzing. `npm test` runs the short form; `npm run fuzz` the long one (JD_FUZZ=long).
 * Every variant has its own generator, seeded from the run's seed and its number, so one failure
 * is replayed alone: JD_FUZZ_SEED=<seed> JD_FUZZ_ONLY=<n> npx jest test/fuzz -t '<test name>'.
 */
import { prng } from '../docx/helpers';

export const LONG = process.env.JD_FUZZ === 'long';
export const SEED = Number(process.env.JD_FUZZ_SEED ?? 20261203);
/** The one variant to replay, if any. */
export const ONLY = process.env.JD_FUZZ_ONLY === undefined ? undefined : Number(process.env.JD_FUZZ_ONLY);

/** The number of variants: `short` in npm test, `long` in npm run fuzz. */
export function runs(short: number, long: number): number {
  return LONG ? long : short;
}

/** Random helpers over one variant's generator. */
export class Rand {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = prng(seed);
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/** Each variant's seed: the run's seed and the variant's number, mixed (so neighbours differ). */
function variantSeed(n: number): number {
  return Math.imul(SEED ^ Math.imul(n + 1, 0x9e3779b1), 0x85ebca6b) >>> 0;
}

export interface FuzzSummary {
  count: number;
  outcomes: Record<string, number>;
  slowestMs: number;
  slowest: number;
}

/**
 * Runs `variant` for each number below `count` (or only JD_FUZZ_ONLY). It returns the name of
 * the outcome (e.g. "read", "refused"); a throw fails the run with the variant's replay line.
 * Prints the outcomes and the slowest variant, so a run that grows slow shows it.
 */
export async function fuzz(name: string, count: number, variant: (rand: Rand, n: number) => string | Promise<string>): Promise<FuzzSummary> {
  const summary: FuzzSummary = { count: 0, outcomes: {}, slowestMs: 0, slowest: -1 };
  for (let n = 0; n < count; n++) {
    if (ONLY !== undefined && n !== ONLY) continue;
    const started = performance.now();
    let outcome: string;
    try {
      outcome = await variant(new Rand(variantSeed(n)), n);
    } catch (e) {
      const replay = `JD_FUZZ_SEED=${SEED} JD_FUZZ_ONLY=${n}`;
      throw new Error(`${name}: variant ${n} failed (replay: ${replay} npx jest test/fuzz -t '${name}')\n${(e as Error).stack ?? e}`);
    }
    const ms = performance.now() - started;
    if (ms > summary.slowestMs) Object.assign(summary, { slowestMs: ms, slowest: n });
    summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + 1;
    summary.count++;
  }
  console.log(`${name}: ${summary.count} variants (seed ${SEED}), ${JSON.stringify(summary.outcomes)}, slowest variant ${summary.slowest}: ${summary.slowestMs.toFixed(0)} ms`);
  return summary;
}
