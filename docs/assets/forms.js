/* Employer templates: a printable document built from the fields as the user types.
   Privacy: nothing typed here is sent anywhere (no network calls at all) and nothing is stored
   unless the user clicks 保存到本浏览器. User text reaches the page only through textContent. */
(function () {
  "use strict";

  var root = document.querySelector(".fm[data-form]");
  if (!root) return;
  var kind = root.getAttribute("data-form");
  var formEl = root.querySelector(".fm-form");
  var doc = root.querySelector("[data-doc]");
  var summary = root.querySelector(".fm-error-summary");
  var storageStatus = root.querySelector(".fm-storage-status");
  var STORE_KEY = "ui-form:" + kind;
  var BLANK = "＿＿＿＿＿＿";
  var OTHER = "__other";
  var TITLE = document.title;
  var USCC = /^[0-9A-HJ-NP-RTUW-Y]{18}$/; // GB 32100: digits and capitals without I, O, S, V, Z
  var ID_NUMBER = /^[0-9]{17}[0-9X]$/;

  // ---------- reading the fields ----------

  function field(name) {
    return formEl.querySelector("[name='" + name + "']:not(.fm-cell)");
  }

  function raw(name) {
    var el = field(name);
    if (!el) return "";
    if (el.type === "checkbox") return el.checked ? el.value : "";
    if (el.type === "radio") {
      var on = formEl.querySelector("[name='" + name + "']:checked");
      return on ? on.value : "";
    }
    return el.value.trim();
  }

  /* A select with "其他" resolves to the text typed in its companion field. */
  function value(name) {
    var el = field(name);
    var v = raw(name);
    if (el && el.tagName === "SELECT" && v === OTHER) return raw(el.getAttribute("data-other"));
    return v;
  }

  function formatDate(v) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    return m ? Number(m[1]) + "年" + Number(m[2]) + "月" + Number(m[3]) + "日" : v;
  }

  function compact(v) {
    return v.replace(/[\s-]/g, "").toUpperCase();
  }

  // ---------- the batch table ----------

  var tbody = root.querySelector(".fm-rows");
  var columns = [];
  if (tbody) {
    root.querySelectorAll(".fm-batch thead th").forEach(function (th, i, all) {
      if (i === 0 || i === all.length - 1) return; // 序号 and the remove buttons
      columns.push({ label: th.textContent.trim() });
    });
    tbody.querySelector(".fm-row").querySelectorAll(".fm-cell").forEach(function (cell, i) {
      columns[i].name = cell.name;
    });
  }
  var rowTemplate = tbody ? tbody.querySelector(".fm-row").cloneNode(true) : null;

  function rows() {
    return Array.prototype.map.call(tbody.querySelectorAll(".fm-row"), function (tr) {
      var row = {};
      tr.querySelectorAll(".fm-cell").forEach(function (cell) { row[cell.name] = cell.value.trim(); });
      return row;
    });
  }

  function isEmptyRow(row) {
    return columns.every(function (c) { return !row[c.name]; });
  }

  function renumber() {
    tbody.querySelectorAll(".fm-row").forEach(function (tr, i) {
      var n = i + 1;
      tr.querySelector(".fm-rownum").textContent = String(n);
      tr.querySelectorAll(".fm-cell").forEach(function (cell, c) {
        cell.id = "fm-row-" + n + "-" + cell.name;
        cell.setAttribute("aria-label", "第" + n + "行 " + columns[c].label);
      });
      tr.querySelector(".fm-remove-row .fm-visually-hidden").textContent = "第" + n + "行";
    });
  }

  function addRow(values) {
    var tr = rowTemplate.cloneNode(true);
    tr.querySelectorAll(".fm-cell").forEach(function (cell) {
      cell.value = values && values[cell.name] ? values[cell.name] : "";
    });
    tbody.appendChild(tr);
    renumber();
    return tr;
  }

  function setRows(list) {
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    (list.length ? list : [{}]).forEach(function (r) { addRow(r); });
  }

  // ---------- the document ----------

  function renderRows(target) {
    while (target.firstChild) target.removeChild(target.firstChild);
    var filled = rows().filter(function (r) { return !isEmptyRow(r); });
    if (!filled.length) filled = [{}];
    filled.forEach(function (r, i) {
      var tr = document.createElement("tr");
      var num = document.createElement("td");
      num.textContent = String(i + 1);
      tr.appendChild(num);
      columns.forEach(function (c) {
        var td = document.createElement("td");
        td.textContent = r[c.name] || "";
        tr.appendChild(td);
      });
      target.appendChild(tr);
    });
  }

  function renderList(target, name) {
    while (target.firstChild) target.removeChild(target.firstChild);
    var entries = [];
    formEl.querySelectorAll("[name='" + name + "']:checked").forEach(function (box) { entries.push(box.value); });
    raw(name + "_other").split(/\r?\n/).forEach(function (line) {
      if (line.trim()) entries.push(line.trim());
    });
    entries.forEach(function (text) {
      var li = document.createElement("li");
      li.textContent = text;
      target.appendChild(li);
    });
    target.parentNode.hidden = entries.length === 0;
  }

  function render() {
    doc.querySelectorAll("[data-bind]").forEach(function (el) {
      var v = value(el.getAttribute("data-bind"));
      if (v && el.getAttribute("data-format") === "date") v = formatDate(v);
      el.textContent = v || el.getAttribute("data-blank") || BLANK;
      el.classList.toggle("fm-blank", !v);
    });
    doc.querySelectorAll("[data-doc-if]").forEach(function (el) {
      el.hidden = !value(el.getAttribute("data-doc-if"));
    });
    doc.querySelectorAll("[data-bind-list]").forEach(function (el) {
      renderList(el, el.getAttribute("data-bind-list"));
    });
    doc.querySelectorAll("[data-bind-rows]").forEach(renderRows);
    var mode = raw("mode");
    root.querySelectorAll("[data-mode]").forEach(function (el) {
      el.hidden = Boolean(mode) && el.getAttribute("data-mode") !== mode;
    });
    doc.querySelectorAll("[data-doc-mode]").forEach(function (el) {
      el.hidden = Boolean(mode) && el.getAttribute("data-doc-mode") !== mode;
    });
    formEl.querySelectorAll("select[data-other]").forEach(function (select) {
      var other = field(select.getAttribute("data-other"));
      other.closest(".fm-group").hidden = select.value !== OTHER;
    });
  }

  // ---------- validation (GOV.UK error summary + messages next to the fields) ----------

  function labelOf(name) {
    var el = field(name);
    var label = el && formEl.querySelector("label[for='" + el.id + "']");
    return label ? label.textContent.replace("（可选）", "").trim() : name;
  }

  function required(errors, name) {
    var el = field(name);
    if (value(name)) return true;
    if (el.tagName === "SELECT" && raw(name) === OTHER) {
      errors.push({ id: "fm-" + el.getAttribute("data-other"), text: "请填写" + labelOf(el.getAttribute("data-other")) });
    } else {
      errors.push({ id: el.id, text: (el.tagName === "SELECT" ? "请选择" : "请填写") + labelOf(name) });
    }
    return false;
  }

  function checkUscc(errors, name) {
    if (!required(errors, name)) return;
    var v = compact(value(name));
    if (v.length !== 18) {
      errors.push({ id: field(name).id, text: "统一社会信用代码应为18位，现在是" + v.length + "位" });
    } else if (!USCC.test(v)) {
      errors.push({ id: field(name).id, text: "统一社会信用代码只能包含数字和大写英文字母（不含 I、O、S、V、Z）" });
    }
  }

  function checkIdNumber(errors, name) {
    if (!required(errors, name)) return;
    var v = compact(value(name));
    var label = labelOf(name);
    if (v.length !== 18) {
      errors.push({ id: field(name).id, text: label + "应为18位，现在是" + v.length + "位" });
    } else if (!ID_NUMBER.test(v)) {
      errors.push({ id: field(name).id, text: label + "的前17位应为数字，最后一位为数字或 X" });
    }
  }

  var validators = {
    "stop-reason-statement": function (errors) {
      required(errors, "unit_name");
      checkUscc(errors, "uscc");
      required(errors, "worker_name");
      checkIdNumber(errors, "worker_id");
      required(errors, "end_date");
      var start = value("start_date");
      var end = value("end_date");
      if (start && end && end < start) {
        errors.push({ id: "fm-end_date", text: "解除或终止劳动关系的日期不能早于入职日期" });
      }
      required(errors, "recorded_reason");
      required(errors, "correct_reason");
      if (value("recorded_reason") && value("recorded_reason") === value("correct_reason")) {
        errors.push({ id: "fm-correct_reason", text: "应变更为的停保原因与登记的停保原因相同" });
      }
      required(errors, "facts");
    },
    "certificate-job-fit": function (errors) {
      required(errors, "unit_name");
      checkUscc(errors, "uscc");
      if (raw("mode") === "batch") {
        var all = rows();
        var filled = 0;
        all.forEach(function (row, i) {
          if (isEmptyRow(row)) return;
          filled += 1;
          ["name", "post", "cert_name", "cert_level"].forEach(function (name) {
            if (row[name]) return;
            var col = columns.filter(function (c) { return c.name === name; })[0];
            errors.push({ id: "fm-row-" + (i + 1) + "-" + name,
              text: "第" + (i + 1) + "行：请" + (name === "cert_level" ? "选择" : "填写") + col.label });
          });
        });
        if (!filled) errors.push({ id: "fm-row-1-name", text: "请在职工名单中至少填写一名职工" });
      } else {
        ["employee_name", "post", "cert_name", "cert_level", "reason"].forEach(function (name) {
          required(errors, name);
        });
      }
    }
  };

  function clearErrors() {
    root.querySelectorAll(".fm-error-message").forEach(function (p) {
      var input = document.getElementById(p.getAttribute("data-for"));
      if (input) {
        var ids = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (x) { return x && x !== p.id; });
        if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
        else input.removeAttribute("aria-describedby");
        input.classList.remove("fm-input--error");
      }
      p.parentNode.removeChild(p);
    });
    root.querySelectorAll(".fm-group--error").forEach(function (g) { g.classList.remove("fm-group--error"); });
    summary.hidden = true;
    document.title = TITLE;
  }

  function showErrors(errors) {
    var list = summary.querySelector(".fm-error-summary__list");
    while (list.firstChild) list.removeChild(list.firstChild);
    var seen = {};
    errors.forEach(function (error) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "#" + error.id;
      a.textContent = error.text;
      a.addEventListener("click", function (event) {
        var target = document.getElementById(error.id);
        if (!target) return;
        event.preventDefault();
        target.scrollIntoView({ block: "center" });
        target.focus();
      });
      li.appendChild(a);
      list.appendChild(li);
      var input = document.getElementById(error.id);
      if (!input || seen[error.id]) return;
      seen[error.id] = true;
      var p = document.createElement("p");
      p.className = "fm-error-message";
      p.id = error.id + "-error";
      p.setAttribute("data-for", error.id);
      var hidden = document.createElement("span");
      hidden.className = "fm-visually-hidden";
      hidden.textContent = "错误：";
      p.appendChild(hidden);
      p.appendChild(document.createTextNode(error.text));
      input.classList.add("fm-input--error");
      var group = input.closest(".fm-group");
      if (group) {
        group.classList.add("fm-group--error");
        group.insertBefore(p, input);
      } else {
        input.parentNode.insertBefore(p, input); // a table cell
      }
      var described = input.getAttribute("aria-describedby");
      input.setAttribute("aria-describedby", (described ? described + " " : "") + p.id);
    });
    summary.hidden = false;
    document.title = "错误：" + TITLE;
    summary.focus();
  }

  function validate() {
    clearErrors();
    var errors = [];
    validators[kind](errors);
    if (errors.length) showErrors(errors);
    return errors.length === 0;
  }

  // ---------- saving in this browser, only on request ----------

  function snapshot() {
    var data = { fields: {}, rows: tbody ? rows() : null };
    formEl.querySelectorAll("input[name], select[name], textarea[name]").forEach(function (el) {
      if (el.classList.contains("fm-cell") || el.type === "file") return;
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) data.fields[el.name + "=" + el.value] = true;
        else data.fields[el.name + "=" + el.value] = false;
      } else {
        data.fields[el.name] = el.value;
      }
    });
    return data;
  }

  function restore(data) {
    formEl.querySelectorAll("input[name], select[name], textarea[name]").forEach(function (el) {
      if (el.classList.contains("fm-cell") || el.type === "file") return;
      if (el.type === "checkbox" || el.type === "radio") {
        var k = el.name + "=" + el.value;
        if (k in data.fields) el.checked = Boolean(data.fields[k]);
      } else if (el.name in data.fields) {
        el.value = data.fields[el.name];
      }
    });
    if (tbody && Array.isArray(data.rows)) setRows(data.rows);
  }

  root.querySelector(".fm-save").addEventListener("click", function () {
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify(snapshot()));
      storageStatus.textContent = "已保存到本浏览器。下次打开本页会自动填入；在公用电脑上用完后请点“清除已保存的内容”。";
    } catch (e) {
      storageStatus.textContent = "本浏览器不允许保存。";
    }
  });
  root.querySelector(".fm-forget").addEventListener("click", function () {
    try { window.localStorage.removeItem(STORE_KEY); } catch (e) { /* nothing stored */ }
    storageStatus.textContent = "本浏览器中已没有保存的内容。页面上填写的内容仍在，刷新或关闭页面后消失。";
  });

  // ---------- CSV import / export (batch table) ----------

  // A cell starting with = + - @ would run as a formula in a spreadsheet: a leading ' keeps it text,
  // and import takes the ' off again so the table round-trips.
  var FORMULA_START = /^[=+\-@\t\r]/;

  function csvCell(v) {
    if (FORMULA_START.test(v)) v = "'" + v;
    return /[",\r\n]/.test(v) ? "\"" + v.replace(/"/g, "\"\"") + "\"" : v;
  }

  function csvValue(cell) {
    var v = (cell || "").trim();
    return v.charAt(0) === "'" && FORMULA_START.test(v.slice(1)) ? v.slice(1) : v;
  }

  function toCsv(list) {
    var lines = [columns.map(function (c) { return csvCell(c.label); }).join(",")];
    list.forEach(function (row) {
      lines.push(columns.map(function (c) { return csvCell(row[c.name] || ""); }).join(","));
    });
    return "\uFEFF" + lines.join("\r\n") + "\r\n"; // the BOM lets Excel read the file as UTF-8
  }

  function parseCsv(text) {
    var out = [];
    var row = [];
    var cell = "";
    var quoted = false;
    for (var i = 0; i < text.length; i++) {
      var ch = text[i];
      if (quoted) {
        if (ch === "\"" && text[i + 1] === "\"") { cell += "\""; i++; }
        else if (ch === "\"") quoted = false;
        else cell += ch;
      } else if (ch === "\"") {
        quoted = true;
      } else if (ch === ",") {
        row.push(cell); cell = "";
      } else if (ch === "\n" || ch === "\r") {
        if (ch === "\r" && text[i + 1] === "\n") i++;
        row.push(cell); out.push(row); row = []; cell = "";
      } else {
        cell += ch;
      }
    }
    if (quoted) throw new Error("文件中有未闭合的引号，请检查后重新保存为 CSV");
    if (cell || row.length) { row.push(cell); out.push(row); }
    return out.filter(function (r) { return r.some(function (c) { return c.trim(); }); });
  }

  function decode(buffer) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
    } catch (e) {
      return new TextDecoder("gb18030").decode(buffer); // Excel in Chinese saves "CSV" as GBK
    }
  }

  function rowsFromCsv(text) {
    var table = parseCsv(text.replace(/^\uFEFF/, ""));
    if (!table.length) throw new Error("文件是空的");
    var header = table[0].map(function (h) { return h.trim(); });
    var index = {};
    columns.forEach(function (c) {
      var at = header.indexOf(c.label);
      if (at < 0) throw new Error("第一行缺少“" + c.label + "”列。第一行应为：" + columns.map(function (x) { return x.label; }).join("，"));
      index[c.name] = at;
    });
    var levels = Array.prototype.map.call(rowTemplate.querySelectorAll("select.fm-cell option"), function (o) { return o.value; });
    return table.slice(1).map(function (cells, r) {
      var row = {};
      columns.forEach(function (c) { row[c.name] = csvValue(cells[index[c.name]]); });
      if (levels.indexOf(row.cert_level) < 0) {
        throw new Error("第" + (r + 2) + "行的“证书等级”应为 " + levels.filter(Boolean).join("、") + " 之一，现在是“" + row.cert_level + "”");
      }
      return row;
    });
  }

  if (tbody) {
    var csvStatus = root.querySelector(".fm-csv-status");
    var fileInput = root.querySelector("#fm-csv-file");
    root.querySelector(".fm-add-row").addEventListener("click", function () {
      addRow().querySelector(".fm-cell").focus();
      render();
    });
    tbody.addEventListener("click", function (event) {
      var button = event.target.closest(".fm-remove-row");
      if (!button) return;
      var tr = button.closest(".fm-row");
      var next = tr.nextElementSibling || tr.previousElementSibling;
      tbody.removeChild(tr);
      if (!tbody.querySelector(".fm-row")) next = addRow();
      renumber();
      render();
      next.querySelector(".fm-remove-row").focus();
    });
    root.querySelector(".fm-export").addEventListener("click", function () {
      var list = rows().filter(function (r) { return !isEmptyRow(r); });
      var url = URL.createObjectURL(new Blob([toCsv(list)], { type: "text/csv;charset=utf-8" }));
      var a = document.createElement("a");
      a.href = url;
      a.download = "证岗相适说明-职工名单.csv";
      document.body.appendChild(a);
      a.click();
      document.body.removeChild(a);
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      csvStatus.textContent = "已导出 " + list.length + " 名职工。文件保存在您的电脑上，本站没有收到任何内容。";
    });
    fileInput.addEventListener("change", function () {
      var file = fileInput.files && fileInput.files[0];
      if (!file) return;
      var reader = new FileReader();
      reader.onload = function () {
        try {
          var list = rowsFromCsv(decode(reader.result));
          setRows(list);
          render();
          csvStatus.textContent = "已从“" + file.name + "”导入 " + list.length + " 名职工。";
        } catch (e) {
          csvStatus.textContent = "没有导入，表格未改动：" + e.message;
        }
        fileInput.value = "";
      };
      reader.onerror = function () {
        csvStatus.textContent = "没有导入，无法读取这个文件。";
      };
      reader.readAsArrayBuffer(file);
    });
  }

  // ---------- wiring ----------

  root.querySelector(".fm-print").addEventListener("click", function () {
    render();
    if (validate()) window.print();
  });
  formEl.addEventListener("input", render);
  formEl.addEventListener("change", render);

  var saved = null;
  try { saved = JSON.parse(window.localStorage.getItem(STORE_KEY) || "null"); } catch (e) { saved = null; }
  if (saved && saved.fields) {
    restore(saved);
    storageStatus.textContent = "已填入您之前保存在本浏览器的内容。";
  }
  render();
  root.classList.add("fm--js");
})();
