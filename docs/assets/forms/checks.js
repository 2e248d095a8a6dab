/* What must be right before a document is printed, per form. Each check returns [{id, text}]:
   the element id of the field at fault and a message that names it. */
import { cellId } from "./batch-table.js";
import { OTHER } from "./fields.js";

const USCC = /^[0-9A-HJ-NP-RTUW-Y]{18}$/; // GB 32100: digits and capitals without I, O, S, V, Z
const ID_NUMBER = /^[0-9]{17}[0-9X]$/;

function compact(v) {
  return v.replace(/[\s-]/g, "").toUpperCase();
}

function required(fields, errors, name) {
  const el = fields.field(name);
  if (fields.value(name)) return true;
  if (el.tagName === "SELECT" && fields.raw(name) === OTHER) {
    const other = el.getAttribute("data-other");
    errors.push({ id: "fm-" + other, text: "请填写" + fields.labelOf(other) });
  } else {
    errors.push({ id: el.id, text: (el.tagName === "SELECT" ? "请选择" : "请填写") + fields.labelOf(name) });
  }
  return false;
}

function checkUscc(fields, errors, name) {
  if (!required(fields, errors, name)) return;
  const v = compact(fields.value(name));
  const id = fields.field(name).id;
  if (v.length !== 18) errors.push({ id, text: "统一社会信用代码应为18位，现在是" + v.length + "位" });
  else if (!USCC.test(v)) errors.push({ id, text: "统一社会信用代码只能包含数字和大写英文字母（不含 I、O、S、V、Z）" });
}

function checkIdNumber(fields, errors, name) {
  if (!required(fields, errors, name)) return;
  const v = compact(fields.value(name));
  const label = fields.labelOf(name);
  const id = fields.field(name).id;
  if (v.length !== 18) errors.push({ id, text: label + "应为18位，现在是" + v.length + "位" });
  else if (!ID_NUMBER.test(v)) errors.push({ id, text: label + "的前17位应为数字，最后一位为数字或 X" });
}

function checkStatement(fields, errors) {
  required(fields, errors, "unit_name");
  checkUscc(fields, errors, "uscc");
  required(fields, errors, "worker_name");
  checkIdNumber(fields, errors, "worker_id");
  required(fields, errors, "end_date");
  const start = fields.value("start_date");
  const end = fields.value("end_date");
  if (start && end && end < start) errors.push({ id: "fm-end_date", text: "解除或终止劳动关系的日期不能早于入职日期" });
  required(fields, errors, "recorded_reason");
  required(fields, errors, "correct_reason");
  if (fields.value("recorded_reason") && fields.value("recorded_reason") === fields.value("correct_reason")) {
    errors.push({ id: "fm-correct_reason", text: "应变更为的停保原因与登记的停保原因相同" });
  }
  required(fields, errors, "facts");
}

/* Every filled row of the batch table needs its required columns. */
function checkBatchRows(batch, errors) {
  const filled = batch.filled();
  const needed = batch.columns.filter((c) => c.required);
  for (const { index, row } of filled) {
    for (const c of needed) {
      if (row[c.name].trim()) continue;
      errors.push({ id: cellId(index, c.name), text: "第" + (index + 1) + "行：请" + (c.choices ? "选择" : "填写") + c.label });
    }
  }
  if (!filled.length) errors.push({ id: cellId(0, batch.columns[0].name), text: "请在职工名单中至少填写一名职工" });
}

function checkJobFit(fields, errors, batch) {
  required(fields, errors, "unit_name");
  checkUscc(fields, errors, "uscc");
  if (fields.mode() === "batch") {
    checkBatchRows(batch, errors);
  } else {
    ["employee_name", "post", "cert_name", "cert_level", "reason"].forEach((name) => required(fields, errors, name));
  }
}

const CHECKS = { "stop-reason-statement": checkStatement, "certificate-job-fit": checkJobFit };

/** The problems with the form `kind` (its data-form), in page order. */
export function check(kind, fields, batch) {
  const errors = [];
  CHECKS[kind](fields, errors, batch);
  return errors;
}
