import type { Language } from '../text';
import { foldText, foldedWords } from './fold';
import type { Catalogue, CatalogueCompetency } from './types';

/** How much a word counts, by where it occurs in an entry. */
const WEIGHT = { name: 10, keyword: 6, indicator: 2, description: 2 } as const;

/** One distinct folded word of the catalogue, with the entries it occurs in (parallel arrays). */
interface Term {
  word: string;
  entries: number[];
  /** Best weight of the word in each of those entries. */
  weights: number[];
}

export interface SearchIndex {
  /** Best matches first; an empty query gives every entry in catalogue order. */
  search(query: string): CatalogueCompetency[];
}

/** True when `q` from `qi` equals `t` from `tj` (or is a prefix of it, when `prefix`). */
function tailMatches(q: string, qi: number, t: string, tj: number, prefix: boolean): boolean {
  const left = q.length - qi;
  if (prefix ? t.length - tj < left : t.length - tj !== left) return false;
  for (let k = 0; k < left; k++) if (q.charCodeAt(qi + k) !== t.charCodeAt(tj + k)) return false;
  return true;
}

/**
 * True when `q` is within one edit (insert, delete, substitute, swap of neighbours) of `t`,
 * or, when `prefix`, of some prefix of `t` — so a typo is forgiven while still typing.
 */
function withinOneEdit(q: string, t: string, prefix: boolean): boolean {
  let i = 0;
  while (i < q.length && i < t.length && q.charCodeAt(i) === t.charCodeAt(i)) i++;
  if (i === q.length) return prefix || t.length - i <= 1;
  if (i === t.length) return q.length - i <= 1;
  return (
    tailMatches(q, i + 1, t, i + 1, prefix) ||
    tailMatches(q, i + 1, t, i, prefix) ||
    tailMatches(q, i, t, i + 1, prefix) ||
    (q.charCodeAt(i) === t.charCodeAt(i + 1) && q.charCodeAt(i + 1) === t.charCodeAt(i) && tailMatches(q, i + 2, t, i + 2, prefix))
  );
}

/** How well a query word matches a catalogue word, 0 (not at all) to 1 (the same word). */
function matchQuality(q: string, t: string): number {
  if (q === t) return 1;
  if (t.startsWith(q)) return 0.6 + 0.3 * (q.length / t.length);
  if (q.length < 4) return 0;
  // Estonian compounds: "voime" should find "koostoovoime".
  if (t.includes(q)) return 0.5;
  if (t.length < 4) return 0;
  if (withinOneEdit(q, t, false)) return 0.45;
  if (withinOneEdit(q, t, true)) return 0.35;
  return 0;
}

/**
 * Builds a search index over a catalogue in one language: names, keywords, indicators and
 * descriptions (levels included), insensitive to case and diacritics, forgiving one typo in
 * words of four or more letters, and matching prefixes as the user types. Words are folded once
 * here, so a keystroke only scans the catalogue's distinct words.
 */
export function createSearchIndex(catalogue: Catalogue, lang: Language): SearchIndex {
  const entries = catalogue.competencies;
  const terms = new Map<string, Term>();
  const foldedNames = entries.map((c) => foldedWords(c.name[lang]).join(' '));

  const add = (text: string, entry: number, weight: number) => {
    for (const word of foldedWords(text)) {
      let term = terms.get(word);
      if (!term) {
        term = { word, entries: [], weights: [] };
        terms.set(word, term);
      }
      // Entries are added in order, so the entry's posting, if any, is the last one.
      const last = term.entries.length - 1;
      if (last >= 0 && term.entries[last] === entry) term.weights[last] = Math.max(term.weights[last], weight);
      else {
        term.entries.push(entry);
        term.weights.push(weight);
      }
    }
  };

  entries.forEach((c, i) => {
    add(c.name[lang], i, WEIGHT.name);
    for (const keyword of c.keywords) add(keyword, i, WEIGHT.keyword);
    add(c.description[lang], i, WEIGHT.description);
    for (const indicator of c.indicators[lang]) add(indicator, i, WEIGHT.indicator);
    for (const level of c.levels ?? []) {
      if (level.heading) add(level.heading[lang], i, WEIGHT.name);
      add(level.name[lang], i, WEIGHT.indicator);
      if (level.description) add(level.description[lang], i, WEIGHT.description);
      for (const indicator of level.indicators[lang]) add(indicator, i, WEIGHT.indicator);
    }
  });
  const vocabulary = [...terms.values()];
  const everyTerm = vocabulary.map((_, i) => i);
  // Terms a query word matched, by word. While typing, a word of four letters or more only
  // matches terms its shorter form matched, so each keystroke scans just those.
  const candidates = new Map<string, number[]>();
  const termsFor = (q: string): number[] => {
    const known = candidates.get(q);
    if (known) return known;
    const shorter = q.length > 4 ? candidates.get(q.slice(0, -1)) : undefined;
    const found = (shorter ?? everyTerm).filter((t) => matchQuality(q, vocabulary[t].word) > 0);
    if (candidates.size > 500) candidates.clear();
    candidates.set(q, found);
    return found;
  };

  return {
    search(query: string): CatalogueCompetency[] {
      const words = foldedWords(query);
      if (words.length === 0) return entries.slice();
      const n = entries.length;
      const total = new Float64Array(n);
      const best = new Float64Array(n);
      // Every query word has to match somewhere in the entry: `alive` drops those that miss one.
      const alive = new Uint8Array(n).fill(1);
      for (const q of words) {
        best.fill(0);
        for (const t of termsFor(q)) {
          const term = vocabulary[t];
          const quality = matchQuality(q, term.word);
          const { entries: ids, weights } = term;
          for (let k = 0; k < ids.length; k++) {
            const score = quality * weights[k];
            if (score > best[ids[k]]) best[ids[k]] = score;
          }
        }
        let any = false;
        for (let e = 0; e < n; e++) {
          if (alive[e] && best[e] > 0) {
            total[e] += best[e];
            any = true;
          } else alive[e] = 0;
        }
        if (!any) return [];
      }
      const phrase = foldText(words.join(' '));
      const ranked: { entry: number; score: number }[] = [];
      for (let e = 0; e < n; e++) {
        if (!alive[e]) continue;
        let score = total[e];
        if (foldedNames[e].startsWith(phrase)) score += WEIGHT.name;
        if (entries[e].status === 'retired') score /= 2;
        ranked.push({ entry: e, score });
      }
      ranked.sort((a, b) => b.score - a.score || a.entry - b.entry);
      return ranked.map((r) => entries[r.entry]);
    },
  };
}
