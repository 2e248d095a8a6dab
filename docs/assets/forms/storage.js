/* This browser's localStorage, told apart in every way it can fail: switched off (private mode,
   site data blocked), full, or holding a record that is damaged. A damaged record is removed, so
   that it cannot break the page again. Values are JSON. */

export function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function isQuotaError(error) {
  return error instanceof DOMException &&
    (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
     error.code === 22 || error.code === 1014);
}

export function remove(key) {
  try {
    window.localStorage.removeItem(key);
  } catch (e) { /* storage switched off: nothing was stored */ }
}

/**
 * The record under `key`: {state: "ok", value} | {state: "empty"} | {state: "blocked"} |
 * {state: "damaged"} (not JSON, or isValid(value) is false; the record has been removed).
 */
export function load(key, isValid) {
  let text;
  try {
    text = window.localStorage.getItem(key);
  } catch (e) {
    return { state: "blocked" };
  }
  if (text === null) return { state: "empty" };
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    value = undefined;
  }
  if (value === undefined || !isValid(value)) {
    remove(key);
    return { state: "damaged" };
  }
  return { state: "ok", value };
}

/** "ok" | "full" (the quota is used up) | "blocked" (this browser does not let the site store). */
export function save(key, value) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    return "ok";
  } catch (e) {
    return isQuotaError(e) ? "full" : "blocked";
  }
}
