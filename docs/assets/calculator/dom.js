// Small DOM and value helpers shared by the calculator modules.
export const ASSETS = new URL("../", import.meta.url); // the site's assets/ folder
const SITE_ROOT = new URL("../", ASSETS);

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) if (child !== null && child !== undefined && child !== "") node.append(child);
  return node;
}

export function scalar(value) {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

// A value as the CLI prints it in data-value: booleans true/false, null empty.
export function cliText(value) {
  return value === null || value === undefined ? "" : String(value);
}

export function escapeRe(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// A site path ("channels/", "/sources/#x") as an absolute URL under the site's root.
export function siteLink(path) {
  return new URL(path.replace(/^\//, ""), SITE_ROOT).href;
}
