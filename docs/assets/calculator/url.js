// URL state: the answers a link carries and the calculation date (?as_of=). The page writes answers
// into the fragment (#input=…), which browsers never send to a server (no request URL, no Referer);
// it still reads the older ?input=… links.

export function asOfFrom(params) {
  return /^\d{4}-\d{2}-\d{2}$/.test(params.get("as_of") || "") ? params.get("as_of") : today();
}

export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// The raw input= text of a link (#input= first, then ?input=), or null.
export function linkedInputText(loc = location) {
  const fragment = new URLSearchParams(loc.hash.replace(/^#/, ""));
  return fragment.get("input") ?? new URLSearchParams(loc.search).get("input");
}

// The JSON object of an input= text, or null when it is missing or not an object.
export function parseInput(text) {
  if (!text) return null;
  try {
    const value = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

// The page's address for this input: #input= in the fragment, ?input= dropped from the query.
export function urlFor(input, href = location.href) {
  const url = new URL(href);
  url.searchParams.delete("input");
  url.hash = input ? `input=${encodeURIComponent(JSON.stringify(input))}` : "";
  return url;
}

// Keep the answered input in the address bar (not in history), so the page's link reproduces the answer.
export function keepInUrl(input) {
  history.replaceState(history.state, "", urlFor(input));
}

// The calculation date from the query, the input nowhere: for an answer that no longer holds.
export function forgetInput() {
  if (linkedInputText() !== null) history.replaceState(history.state, "", urlFor(null));
}
