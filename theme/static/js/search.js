// Full-text search: lunr.js and the index lunr.py built, fetched only when a mentee
// starts searching, so the first view of the directory stays small.

let index = null;
let loading = null;

export function loadSearch(lunrUrl, indexUrl) {
  if (!loading) {
    loading = Promise.all([loadScript(lunrUrl), fetchJson(indexUrl)]).then(([, data]) => {
      index = window.lunr.Index.load(data.index);
    });
    loading.catch(() => { loading = null; });
  }
  return loading;
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    if (window.lunr) { resolve(); return; }
    const script = document.createElement("script");
    script.src = src;
    script.addEventListener("load", resolve);
    script.addEventListener("error", () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

// Words as lunr.py indexed them: split on spaces and hyphens, lower-cased, with
// punctuation trimmed from the ends. `*` would be read as a wildcard, so it goes too.
export function queryWords(text) {
  return text
    .toLowerCase()
    .split(/[\s\-]+/)
    .map((word) => word.replace(/\*/g, "").replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, ""))
    .filter((word) => word && window.lunr.stopWordFilter(word) !== undefined);
}

// Every word must match, as a whole (stemmed, boosted) or as the start of a word, so
// results narrow while typing. Returns slug -> score, or null when there is no query.
export function searchScores(text) {
  const words = queryWords(text);
  if (words.length === 0) return null;
  const { wildcard } = window.lunr.Query;
  let scores = null;
  for (const word of words) {
    const found = new Map();
    for (const result of index.query((query) => {
      query.term(word, { boost: 10 });
      query.term(word, { wildcard: wildcard.TRAILING, usePipeline: false });
    })) {
      found.set(result.ref, result.score);
    }
    scores = scores === null
      ? found
      : new Map([...scores].filter(([slug]) => found.has(slug)).map(([slug, score]) => [slug, score + found.get(slug)]));
  }
  return scores;
}
