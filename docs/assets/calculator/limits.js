// Caps checked before anything reaches the worker (postMessage) or Python: the same numbers as
// calculators.api.parse_json, which checks again in the worker. Real inputs are 3 levels deep and a few KB.
export const MAX_CHARS = 1_000_000;
export const MAX_DEPTH = 16;

export const TOO_LARGE = `链接或填写的内容太长（上限 ${MAX_CHARS.toLocaleString("en")} 个字符），无法计算。请检查后在下面重新填写。`;
export const TOO_DEEP = `输入嵌套的层数过多（上限 ${MAX_DEPTH} 层），无法计算。请在下面重新填写。`;

// A problem message for link text before it is parsed, or null.
export function textProblem(text) {
  return text.length > MAX_CHARS ? TOO_LARGE : null;
}

// A problem message for a parsed input, or null. Iterative, so any depth is safe to measure.
export function inputProblem(input) {
  const stack = [[input, 1]];
  let seen = 0;
  while (stack.length) {
    const [value, depth] = stack.pop();
    if (!value || typeof value !== "object") continue;
    if (depth > MAX_DEPTH) return TOO_DEEP;
    seen += 1;
    if (seen > MAX_CHARS) return TOO_LARGE;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return JSON.stringify(input).length > MAX_CHARS ? TOO_LARGE : null;
}
