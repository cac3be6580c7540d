// fetch() resolves even when the server answers 404 or 500; these throw instead, so every
// script that fetches fails the same way and says which address failed.
export async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

export async function fetchJson(url) {
  return (await fetchOk(url)).json();
}

export async function fetchText(url) {
  return (await fetchOk(url)).text();
}
