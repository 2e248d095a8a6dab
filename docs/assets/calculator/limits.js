// Caps checked before anything reaches the worker (postMessage) or Python: a link or form can hold
// at most MAX_CHARS of JSON and MAX_DEPTH levels of nesting. Real inputs are 3 levels deep and a few KB.
export const MAX_CHARS = 64 * 1024;
export const MAX_DEPTH = 8;

export const TOO_LARGE = `输入的内容太多（超过 ${MAX_CHARS / 1024} KB），无法计算。请检查后在下面重新填写。`;
export const TOO_DEEP = `输入内容的层级太深（超过 ${MAX_DEPTH} 层），无法计算。请在下面重新填写。`;

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
