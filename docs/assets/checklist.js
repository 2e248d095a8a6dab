/* Checklists: pick a situation to see only the items that apply; ticks are kept in this
   browser's localStorage (key "ui-checklist:<id>"), never sent anywhere. Without this script
   every item stays visible, which is the full checklist. */
(function () {
  "use strict";

  function storageGet(key) {
    try {
      var raw = window.localStorage.getItem(key);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null; // storage disabled or the record was damaged: start afresh
    }
  }

  function storageSet(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
      return true;
    } catch (e) {
      return false;
    }
  }

  function storageRemove(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (e) { /* nothing stored */ }
  }

  function setup(root) {
    var id = root.getAttribute("data-checklist");
    var key = "ui-checklist:" + id;
    var controls = root.querySelector(".cl-controls");
    var status = root.querySelector(".cl-status");
    var printNote = root.querySelector(".cl-print-situation");
    var radios = root.querySelectorAll(".cl-picker input[type=radio]");
    var checks = root.querySelectorAll(".cl-check");
    var items = root.querySelectorAll(".cl-item");
    var groups = root.querySelectorAll(".cl-group");
    var state = storageGet(key) || {};
    if (!Array.isArray(state.ticked)) state.ticked = [];

    function save() {
      if (!storageSet(key, { situation: state.situation || "", ticked: state.ticked })) {
        status.textContent = "本浏览器不允许保存，勾选在关闭页面后不会保留。";
      }
    }

    function applies(item, situation) {
      var list = item.getAttribute("data-applies");
      return !situation || list === "all" || list.split(" ").indexOf(situation) >= 0;
    }

    function show(situation) {
      var shown = 0;
      var tickable = 0;
      var ticked = 0;
      items.forEach(function (item) {
        var visible = applies(item, situation);
        item.hidden = !visible;
        if (!visible) return;
        shown += 1;
        var box = item.querySelector(".cl-check");
        if (box) {
          tickable += 1;
          if (box.checked) ticked += 1;
        }
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector(".cl-item:not([hidden])");
      });
      var chosen = root.querySelector(".cl-picker input:checked + label");
      printNote.hidden = !situation;
      printNote.textContent = situation && chosen ? "按此情况列出：" + chosen.textContent : "";
      var label = situation ? "按您选择的情况" : "全部情况";
      status.textContent = label + "共 " + shown + " 项，其中待办 " + tickable + " 项，已勾选 " + ticked + " 项。";
    }

    radios.forEach(function (radio) {
      radio.checked = radio.value === (state.situation || "");
      radio.addEventListener("change", function () {
        if (!radio.checked) return;
        state.situation = radio.value;
        save();
        show(state.situation);
      });
    });
    if (!root.querySelector(".cl-picker input:checked")) {
      state.situation = "";
      radios[0].checked = true;
    }

    checks.forEach(function (box) {
      box.checked = state.ticked.indexOf(box.getAttribute("data-item")) >= 0;
      box.addEventListener("change", function () {
        var item = box.getAttribute("data-item");
        state.ticked = state.ticked.filter(function (t) { return t !== item; });
        if (box.checked) state.ticked.push(item);
        save();
        show(state.situation);
      });
    });

    root.querySelector(".cl-clear").addEventListener("click", function () {
      checks.forEach(function (box) { box.checked = false; });
      state.ticked = [];
      storageRemove(key);
      show(state.situation);
      status.textContent = "已清除本清单的勾选，本浏览器中不再保存。" + status.textContent;
    });
    root.querySelector(".cl-print").addEventListener("click", function () {
      window.print();
    });

    controls.hidden = false;
    show(state.situation);
  }

  document.querySelectorAll(".cl[data-checklist]").forEach(setup);
})();
