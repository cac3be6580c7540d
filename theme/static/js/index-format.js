// Unpack the search index the build ships compactly (plugins/mentor_directory/index_format.py
// describes the format) into the structure lunr.Index.load reads.

function ungap(gaps) {
  let total = 0;
  return gaps.map((gap) => (total += gap));
}

export function unpackIndex(packed) {
  const { fields, refs } = packed;
  const invertedIndex = packed.tokens.map((token, position) => {
    const posting = { _index: position };
    fields.forEach((field, f) => {
      const docs = {};
      for (const n of ungap(packed.postings[position][f])) docs[refs[n]] = {};
      posting[field] = docs;
    });
    return [token, posting];
  });
  const fieldVectors = [];
  for (const field of fields) {
    for (const vector of packed.vectors[field]) {
      const ref = refs[vector[0]];
      const elements = [];
      let term = 0;
      for (let i = 1; i < vector.length; i += 2) {
        term += vector[i];
        elements.push(term, vector[i + 1]);
      }
      fieldVectors.push([`${field}/${ref}`, elements]);
    }
  }
  return { version: packed.version, fields, fieldVectors, invertedIndex, pipeline: packed.pipeline };
}
