// Full-text search: lunr.js and the index lunr.py built, fetched only when a mentee
// starts searching, so the first view of the directory stays small.
//
// Forgiving on purpose. Mentors matching every word come first, then those matching some
// (each says how many); the word being typed matches as a prefix; a word of five letters
// or more also matches with one typo; "front end" finds "frontend" and the other way round.
// Queries go through lunr's query builder, never its query-string parser, so the
// characters lunr's syntax gives meaning to (: ^ ~ * + -) cannot make a search throw.

import { el } from "./dom.js";
import { fetchJson } from "./fetch-checked.js";
import { assemble, shardOf } from "./index-format.js";
import { makeFolder, term, textWords } from "./search-text.js";

let head = null; // the index's head: every term, the mentors, where each shard starts
let base = null; // the head's address, which shard names are relative to
let termNumber = new Map();
const shards = new Map(); // shard number -> its fetch, resolving to its data
// lunr's index of each set of shards a query needed, by their numbers ("3,17"): a new query
// of the same terms is answered at once, and no index grows with everything fetched before.
const indexes = new Map();
const KEEP_INDEXES = 64;
let loading = null;
let fold = (text) => text.toLowerCase();
let spellings = {};
let hints = [];

// lunr.js and the index's head; shards come later, as queries need them.
export function loadSearch(lunrUrl, indexUrl) {
  if (!loading) {
    loading = Promise.all([loadScript(lunrUrl), fetchJson(indexUrl)]).then(([, data]) => {
      head = data.index;
      base = new URL(indexUrl, location.href);
      termNumber = new Map(head.tokens.map((token, number) => [token, number]));
      fold = makeFolder(data.fold || {});
      spellings = data.spellings || {};
      hints = data.hints || [];
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

// The index terms a query's text gives, as the build would index the same text.
export function queryTerms(text) {
  return textWords(text, fold, spellings).map(term).filter(Boolean);
}

// lunr.py's Porter stemmer turns a final y into i only after a vowel, lunr.js only after a
// consonant: look up both spellings.
function variants(stemmed) {
  return [...new Set([stemmed, stemmed.replace(/y$/, "i"), stemmed.replace(/i$/, "y")])];
}

function has(termText) {
  return termNumber.has(termText);
}

// The terms of the whole index a clause of lunr's query stands for, worked out from the
// head's sorted terms, so the shards holding them can be fetched before lunr expands the
// clause itself over those shards. Our clauses are of three kinds: a term, a term
// being typed (trailing wildcard) and a term with one typo.
function clauseTerms(clause) {
  const text = clause.term;
  if (clause.editDistance) return head.tokens.filter((token) => withinOneEdit(text, token));
  if (text.endsWith("*")) return startingWith(text.slice(0, -1));
  return has(text) ? [text] : [];
}

// Whether b is one edit from a (a letter missing, extra or changed, or two neighbours swapped): the
// terms lunr's editDistance 1 reaches (a lunr.TokenSet of every term would take a tenth of
// a second to build at a thousand mentors).
function withinOneEdit(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1)
      || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function startingWith(prefix) {
  const { tokens } = head;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  const found = [];
  for (let i = low; i < tokens.length && tokens[i].startsWith(prefix); i += 1) found.push(tokens[i]);
  return found;
}

function loadShard(number) {
  if (!shards.has(number)) {
    const fetched = fetchJson(new URL(head.shards[number][1], base).href);
    fetched.catch(() => { shards.delete(number); });
    shards.set(number, fetched);
  }
  return shards.get(number);
}

async function indexOf(numbers) {
  const key = numbers.join(",");
  if (!indexes.has(key)) {
    const data = await Promise.all(numbers.map(loadShard));
    if (!indexes.has(key)) {
      if (indexes.size >= KEEP_INDEXES) indexes.delete(indexes.keys().next().value);
      indexes.set(key, window.lunr.Index.load(assemble(head, data)));
    }
  }
  return indexes.get(key);
}

// slug -> score for a query lunr's builder makes: the shards its terms are in are fetched,
// and lunr.js loads what lunr.py built, cut down to those shards (the scores are the whole
// index's: lunr only reads the query's own terms). A query with no clauses counts, for
// lunr.js, as all-negated and matches every mentor: here it finds nobody.
async function run(build) {
  const query = new window.lunr.Query(head.fields);
  build(query);
  const needed = new Set();
  for (const clause of query.clauses) {
    for (const found of clauseTerms(clause)) needed.add(shardOf(head, termNumber.get(found)));
  }
  if (needed.size === 0) return new Map();
  const index = await indexOf([...needed].sort((a, b) => a - b));
  return new Map(index.query(build).map((result) => [result.ref, result.score]));
}

// slug -> score for one word (already folded, one of textWords). `typing`: the mentee may
// not have finished it, so it also matches as the start of a longer word.
async function wordScores(word, typing) {
  const stemmed = term(word);
  const exact = stemmed === null ? [] : variants(stemmed).filter(has);
  if (has(word) && !exact.includes(word)) exact.push(word);
  const { wildcard } = window.lunr.Query;
  let found = await run((query) => {
    if (exact.length) query.term(exact, { boost: 10, usePipeline: false });
    if (typing && word.length >= 2) query.term(word, { wildcard: wildcard.TRAILING, usePipeline: false });
  });
  if (found.size === 0 && word.length >= 5) {
    // One typo (a letter missing, extra, changed or two swapped) in a longer word.
    found = await run((query) => {
      query.term(stemmed || word, { editDistance: 1, usePipeline: false, boost: 2 });
      query.term(word, { editDistance: 1, usePipeline: false, boost: 2 });
    });
  }
  if (found.size === 0 && word.length >= 6) found = await splitScores(word);
  return found;
}

// "frontend" against an index that only has "front" and "end": the mentors with both.
async function splitScores(word) {
  for (let cut = 2; cut <= word.length - 2; cut += 1) {
    const left = term(word.slice(0, cut));
    const right = term(word.slice(cut));
    if (left && right && has(left) && has(right)) {
      const a = await run((query) => query.term(left, { usePipeline: false }));
      const b = await run((query) => query.term(right, { usePipeline: false }));
      const both = new Map([...a].filter(([slug]) => b.has(slug)).map(([slug, score]) => [slug, score + b.get(slug)]));
      if (both.size) return both;
    }
  }
  return new Map();
}

// One word the mentee typed ("front-end", "c#", "K-12"): its compound form, or all its parts.
async function conceptScores(written, typing) {
  const words = textWords(written, fold, spellings);
  if (words.length === 0) return null;
  if (words.length === 1) return term(words[0]) === null && !typing ? null : wordScores(words[0], typing);
  const joined = words[words.length - 1];
  const parts = words.slice(0, -1).filter((word) => term(word) !== null);
  const scores = await wordScores(joined, typing);
  let together = null;
  for (const part of parts) {
    const found = await wordScores(part, false);
    together = together === null ? found : new Map([...together].filter(([slug]) => found.has(slug)).map(([slug, score]) => [slug, score + found.get(slug)]));
  }
  for (const [slug, score] of together || []) scores.set(slug, Math.max(scores.get(slug) || 0, score));
  return scores;
}

// Search: { scores: slug -> rank (every word matched sorts first), matched: slug -> number
// of words matched, words: the words that count, missing: those that found nobody,
// filters: filter terms the words name }. Null when there is no query.
export async function search(text) {
  const typedWords = text.split(/\s+/).filter((word) => /[\p{L}\p{N}#+]/u.test(word));
  if (typedWords.length === 0) return null;
  const typingLast = !/\s$/.test(text);
  const concepts = [];
  for (const [i, written] of typedWords.entries()) {
    const scores = await conceptScores(written, typingLast && i === typedWords.length - 1);
    if (scores !== null) concepts.push({ written, scores });
  }
  // Two words that are one term written apart ("front end", "marc 21"): mentors with the
  // joined term match both.
  for (let i = 0; i + 1 < concepts.length; i += 1) {
    const joined = textWords(concepts[i].written + concepts[i + 1].written, fold, spellings).pop();
    const stemmed = joined && term(joined);
    if (stemmed && has(stemmed)) {
      for (const [slug, score] of await run((query) => query.term(stemmed, { usePipeline: false, boost: 10 }))) {
        for (const concept of [concepts[i], concepts[i + 1]]) {
          concept.scores.set(slug, Math.max(concept.scores.get(slug) || 0, score));
        }
      }
    }
  }
  const matched = new Map();
  const total = new Map();
  for (const concept of concepts) {
    for (const [slug, score] of concept.scores) {
      matched.set(slug, (matched.get(slug) || 0) + 1);
      total.set(slug, (total.get(slug) || 0) + score);
    }
  }
  const scores = new Map([...total].map(([slug, score]) => [slug, matched.get(slug) * 1e6 + score]));
  return {
    scores,
    matched,
    words: concepts.length,
    missing: concepts.filter((concept) => concept.scores.size === 0).map((concept) => concept.written),
    filters: namedFilters(text),
  };
}

// Filter terms whose label or alias the query names, whole ("BIPOC", "people of color").
function namedFilters(text) {
  const query = ` ${textWords(text, fold, spellings).join(" ")} `;
  const named = [];
  for (const [key, value, label, aliases] of hints) {
    for (const name of [label, ...aliases]) {
      const words = textWords(name, fold, spellings).join(" ");
      if (words && query.includes(` ${words} `)) { named.push({ key, value, label, via: name }); break; }
    }
  }
  return named;
}

// Words near one that found nothing: filter labels and aliases within two edits, or
// starting with it, so a zero-result search always offers somewhere to go.
export function closestTerms(word, limit = 5) {
  const target = textWords(word, fold, spellings).join("");
  if (!target) return [];
  const found = [];
  for (const [key, value, label, aliases] of hints) {
    for (const name of [label, ...aliases]) {
      const candidate = textWords(name, fold, spellings).join("");
      const distance = candidate.startsWith(target) ? 0 : editDistance(target, candidate, 2);
      if (distance <= 2) found.push({ key, value, label, via: name, distance });
    }
  }
  found.sort((a, b) => a.distance - b.distance || a.via.length - b.via.length);
  const seen = new Set();
  return found.filter((hit) => !seen.has(hit.via) && seen.add(hit.via)).slice(0, limit);
}

function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length];
}

