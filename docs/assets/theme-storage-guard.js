/* The theme (mkdocs-material) keeps its own records in this browser, e.g. "<scope>.__palette", and
   reads them with a bare JSON.parse: a damaged one throws inside the theme and leaves the search
   and the page's buttons dead. This runs in <head> (overrides/main.html), before the theme's bundle,
   drops any such record that is not sound, and says so in one line. */
(() => {
  "use strict";

  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  // What the theme writes: {index, color: {media, scheme, primary, accent}}. Its head script sets each
  // color entry as a body attribute, and looks up the "(prefers-color-scheme)" option, which this
  // site does not offer (mkdocs.yml has one palette).
  const COLOR_KEYS = ["media", "scheme", "primary", "accent"];
  const isColor = (c) => c === undefined || c === null || (isObject(c) && c.media !== "(prefers-color-scheme)" &&
    Object.keys(c).every((k) => COLOR_KEYS.indexOf(k) >= 0 && typeof c[k] === "string"));
  const isPalette = (v) => v === null || (isObject(v) && Number.isInteger(v.index) && v.index >= 0 && isColor(v.color));
  const CHECKS = { __palette: isPalette };

  function sound(name, text) {
    try {
      const value = JSON.parse(text);
      return CHECKS[name] ? CHECKS[name](value) : true;
    } catch (e) {
      return false;
    }
  }

  /* The theme's keys are "<scope path>.__name". */
  function sweep(storage, scope) {
    let dropped = 0;
    for (const key of Object.keys(storage)) {
      if (!key.startsWith(scope + ".__")) continue;
      if (sound(key.slice(scope.length + 1), storage.getItem(key))) continue;
      storage.removeItem(key);
      dropped += 1;
    }
    return dropped;
  }

  function tell() {
    const article = document.querySelector(".md-content__inner");
    if (!article) return;
    const p = document.createElement("p");
    p.className = "theme-storage-notice";
    p.setAttribute("role", "status");
    p.textContent = "本浏览器中保存的网站显示设置已损坏，已恢复默认设置。";
    article.prepend(p);
  }

  let dropped = 0;
  try {
    const scope = typeof __md_scope === "object" ? __md_scope : new URL("/", location.href);
    dropped = sweep(window.localStorage, scope.pathname) + sweep(window.sessionStorage, scope.pathname);
  } catch (e) {
    return; // storage switched off: the theme has nothing saved to trip over
  }
  if (!dropped) return;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", tell);
  else tell();
})();
