// Opened from a file (output/index.html double-clicked), browsers refuse this site's module
// scripts and folder links open folder listings. A classic script still runs there, so it
// shows the notice saying to serve the site instead. Served over http(s), it does nothing.
if (location.protocol === "file:") {
  const notice = document.querySelector("[data-file-notice]");
  if (notice) notice.hidden = false;
}
