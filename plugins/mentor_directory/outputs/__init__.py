"""Stage 3, outputs: the files made from the directory model besides the HTML pages — the search
index and records, exports, the feed, cleaned photos, brand colours, the editors' JSON Schema."""
