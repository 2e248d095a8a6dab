// The Pyodide worker for the workbench pages: runtime's WorkerClient, used only for generic calls
// into screening.api (perf's protocol v2). It reports its state in the page's status line.
import { WorkerClient } from "../calculator/client.js";

const LOADING = "正在加载筛查程序，请稍候（首次打开需下载约 6 MB，通常几秒钟）。";
const READY = "筛查程序已就绪。文件只在本浏览器中处理。";
const FAILED = "抱歉，筛查程序无法在您的浏览器中运行。请换用新版 Chrome、Edge 或 Firefox，或在命令行使用本站的筛查程序。";

export function startRuntime(root, statusLine) {
  const say = (text, state) => {
    statusLine.textContent = text;
    statusLine.dataset.state = state;
  };
  say(LOADING, "loading");
  return new WorkerClient(null, root.dataset, {
    onReady: () => say(READY, "ready"),
    onFailed: () => say(FAILED, "failed"),
    onAnswer: () => {},
  });
}
