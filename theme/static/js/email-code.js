// Undo the build's email encoding (plugins/mentor_directory/emails.py): base64 of the
// address's UTF-8 bytes, reversed. Pages carry addresses this way so harvesters find none.
export function decodeEmail(encoded) {
  const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
  return [...new TextDecoder().decode(bytes)].reverse().join("");
}
