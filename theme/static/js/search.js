// Full-text search: lunr.js and the index lunr.py built, fetched only when a mentee
// starts searching, so the first view of the directory stays small.
//
// Queries go through lunr's query builder, never its query-string parser, so the
// characters lunr's syntax gives meaning to (: ^ ~ * + -) cannot make a search throw.

import { el } from "./dom.js";
import { fetchJson } from "./fetch-checked.js";
import { unpackIndex } from "./index-format.js";

let index = null;
let loading = null;
// Index terms that contain accents or apostrophes, with their folded forms, so that
// "muller" finds "Müller" and "hawaii" finds "Hawaiʻi".
let foldedTerms = [];

export function loadSearch(lunrUrl, indexUrl) {
  if (!loading) {
    loading = Promise.all([loadScript(lunrUrl), fetchJson(indexUrl)]).then(([, data]) => {
      index = window.lunr.Index.load(unpackIndex(data.index));
      foldedTerms = Object.keys(index.invertedIndex)
        .filter((term) => !term.includes("*"))
        .map((term) => [fold(term), term])
        .filter(([folded, term]) => folded !== term);
    });
    loading.catch(() => { loading = null; });
  }
  return loading;
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    if (window.lunr) { resolve(); return; }
    const script = el("script", { src });
    script.addEventListener("load", resolve);
    script.addEventListener("error", () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

export function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[\u02BB\u02BC'\u2018\u2019]/g, "");
}

// Words as lunr.py indexed them: split on spaces and hyphens, lower-cased, with
// punctuation trimmed from the ends. Query-syntax characters separate words.
// Each word says whether it is finished (something was typed after it); a word still
// being typed is matched as the start of a word, even if it is a stop word so far
// ("an" on the way to "Anderson").
export function queryWords(text) {
  const parts = text.toLowerCase().split(/[\s\-:^~*+]+/);
  const words = [];
  parts.forEach((part, position) => {
    const word = part.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, "");
    if (!word) return;
    const finished = position < parts.length - 1;
    if (finished && window.lunr.stopWordFilter(word) === undefined) return;
    words.push(word);
  });
  return words;
}

function stem(word) {
  return window.lunr.stemmer(new window.lunr.Token(word, {})).toString();
}

// lunr.py's Porter stemmer turns a final y into i only after a vowel ("Tremblay" is
// indexed as "tremblai", "dry" as "dry"); lunr.js does it only after a consonant. Look up
// both spellings so words ending in y are found whichever way the index has them.
function stemVariants(stemmed) {
  const variants = new Set([stemmed.replace(/y$/, "i"), stemmed.replace(/i$/, "y")]);
  variants.delete(stemmed);
  return [...variants];
}

function wordScores(word) {
  const { wildcard } = window.lunr.Query;
  const folded = fold(word);
  const stemmed = stem(word);
  const foldedStem = fold(stemmed);
  const exact = stemVariants(stemmed).filter((term) => term in index.invertedIndex);
  const prefix = [];
  for (const [foldedTerm, term] of foldedTerms) {
    if (foldedTerm === folded || foldedTerm === foldedStem) exact.push(term);
    else if (foldedTerm.startsWith(folded)) prefix.push(term);
  }
  const found = new Map();
  for (const result of index.query((query) => {
    query.term(word, { boost: 10 });
    query.term(word, { wildcard: wildcard.TRAILING, usePipeline: false });
    if (exact.length) query.term(exact, { boost: 10, usePipeline: false });
    if (prefix.length) query.term(prefix, { usePipeline: false });
  })) {
    found.set(result.ref, result.score);
  }
  return found;
}

// Every word must match, as a whole (stemmed, boosted) or as the start of a word, so
// results narrow while typing. Returns slug -> score, or null when there is no query.
export function searchScores(text) {
  const words = queryWords(text);
  if (words.length === 0) return null;
  let scores = null;
  for (const word of words) {
    const found = wordScores(word);
    scores = scores === null
      ? found
      : new Map([...scores].filter(([slug]) => found.has(slug)).map(([slug, score]) => [slug, score + found.get(slug)]));
    if (scores.size === 0) break;
  }
  return scores;
}
