// How a query becomes index terms: the page's half of plugins/mentor_directory/outputs/
// search_text.py, which built the index. Both must give the same terms for the same text
// (tests/browser/test_search_agreement.py checks them side by side).
//
// The build ships what the browser cannot know by itself with the index: the folding
// table (letters Unidecode transliterates but accent-stripping does not: ł ø ı ß æ ...)
// and the British-to-American spellings.

const APOSTROPHES = /['\u2018\u2019\u02bb\u02bc`\u00b4]/g;
const SYMBOLS = [
  [/(^|[^a-z0-9])\.net(?![a-z0-9])/g, "$1 dotnet "],
  [/(^|[^a-z0-9])([a-z])\+\+/g, "$1 $2plusplus "],
  [/(^|[^a-z0-9])([a-z])#/g, "$1 $2sharp "],
];
const COMPOUND = /[a-z0-9]+(?:[-/.&_][a-z0-9]+)*/g;
const JOINER = /[-/.&_]/;

export function makeFolder(table) {
  return function fold(text) {
    let out = "";
    for (const char of text.normalize("NFC").replace(APOSTROPHES, "")) {
      if (char < "\x80") out += char.toLowerCase();
      else if (table[char] !== undefined) out += table[char];
      else out += char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    }
    return out;
  };
}

// The folded words of text: compounds give their parts, then the parts written together.
export function textWords(text, fold, spellings) {
  let folded = fold(text);
  if (/[#+]|\.net/.test(folded)) {
    for (const [pattern, replacement] of SYMBOLS) folded = folded.replace(pattern, replacement);
  }
  const spell = (word) => spellings[word] ?? word;
  const out = [];
  for (const compound of folded.match(COMPOUND) || []) {
    const parts = compound.split(JOINER);
    out.push(...parts.map(spell));
    if (parts.length > 1) out.push(spell(parts.join("")));
  }
  return out;
}

// lunr's pipeline on one word: null for a stop word, else its stem.
export function term(word) {
  const lunr = window.lunr;
  if (lunr.stopWordFilter(word) === undefined) return null;
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}
