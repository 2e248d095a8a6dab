// Offline use: registers the service worker (sw.js at the site's root), and says so when a new
// version of the site has taken over an open page. Without service workers (WeChat on iOS, plain
// http) it does nothing and the site works online as before.
(function () {
  if (!("serviceWorker" in navigator)) return;
  var workerURL = new URL("../sw.js", document.currentScript.src);
  var hadController = Boolean(navigator.serviceWorker.controller);

  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (hadController) showUpdated();   // the first install is not an update
    hadController = true;
  });
  window.addEventListener("load", function () {
    whenRuntimeSettled(function () {
      navigator.serviceWorker.register(workerURL).catch(function () {
        // e.g. the browser forbids it: the site still works online
      });
    });
  });

  // A page that runs the calculators (data-worker) registers once its runtime is ready or has failed
  // (calculator/client.js sets <html data-runtime>): caching the site for offline use must not take
  // bandwidth from the runtime's first download on a slow link.
  function whenRuntimeSettled(then) {
    var root = document.documentElement;
    if (!document.querySelector("[data-worker]") || root.dataset.runtime) return then();
    new MutationObserver(function (_, observer) {
      if (!root.dataset.runtime) return;
      observer.disconnect();
      then();
    }).observe(root, { attributes: true, attributeFilter: ["data-runtime"] });
  }

  function showUpdated() {
    if (document.getElementById("site-updated")) return;
    var banner = document.createElement("div");
    banner.id = "site-updated";
    banner.className = "md-banner";
    banner.setAttribute("role", "status");
    var inner = document.createElement("div");
    inner.className = "md-banner__inner md-grid md-typeset";
    inner.textContent = "网站已更新，刷新后生效。";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button md-button--primary";
    button.textContent = "刷新";
    button.addEventListener("click", function () { location.reload(); });
    inner.append(" ", button);
    banner.append(inner);
    document.body.prepend(banner);
  }
})();
