// The search index as the build ships it: a head fetched first and shards of neighbouring
// terms fetched as queries need them (plugins/mentor_directory/outputs/index_format.py
// describes the format). assemble() turns the head and the shards a query needs into the
// structure lunr.Index.load reads; lunr then ranks exactly as it would with every shard.

// The number of the shard holding term number `term` (shards are ranges of sorted terms).
export function shardOf(head, term) {
  const starts = head.shards;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle][0] <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

// shards: the loaded shards' data, in any order.
export function assemble(head, shards) {
  const { fields, refs, tokens } = head;
  const invertedIndex = [];
  const vectors = new Map();
  for (const shard of [...shards].sort((a, b) => a.first - b.first)) {
    shard.terms.forEach((entry, offset) => {
      const term = shard.first + offset;
      const posting = { _index: term };
      for (const field of fields) posting[field] = {};
      let i = 0;
      while (i < entry.length) {
        const field = fields[entry[i]];
        const count = entry[i + 1];
        i += 2;
        let mentor = 0;
        for (let n = 0; n < count; n += 1, i += 2) {
          mentor += entry[i];
          const ref = refs[mentor];
          posting[field][ref] = {};
          const key = `${field}/${ref}`;
          if (!vectors.has(key)) vectors.set(key, []);
          vectors.get(key).push(term, entry[i + 1]);
        }
      }
      invertedIndex.push([tokens[term], posting]);
    });
  }
  return { version: head.version, fields, fieldVectors: [...vectors], invertedIndex, pipeline: head.pipeline };
}
