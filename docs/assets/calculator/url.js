// URL state: the answers a link carries (input=) and the calculation date (?as_of=).

export function asOfFrom(params) {
  return /^\d{4}-\d{2}-\d{2}$/.test(params.get("as_of") || "") ? params.get("as_of") : today();
}

export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// The raw input= text of a link, or null.
export function linkedInputText(loc = location) {
  return new URLSearchParams(loc.search).get("input");
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

// Keep the answered input in the address bar, so the page's link reproduces the answer.
export function keepInUrl(input) {
  const url = new URL(location.href);
  url.searchParams.set("input", JSON.stringify(input));
  history.replaceState(history.state, "", url);
}
