// The staff workbench page (/staff/workbench/): risk screening and the review-deadline board, both
// running screening.api in the Pyodide worker. Nothing leaves the browser; nothing is stored unless
// the user presses 保存到本浏览器.
import { BoardPanel } from "./board.js";
import { startRuntime } from "./runtime.js";
import { ScreeningPanel } from "./screen.js";
import { Storage } from "./store.js";

const root = document.querySelector(".wb[data-worker]");
if (root) {
  const client = startRuntime(root, root.querySelector(".wb-status"));
  const screening = new ScreeningPanel(root, client);
  const board = new BoardPanel(document.querySelector(".wb-board"), client);
  new Storage(document.querySelector(".wb-storage"), {
    read: () => ({ settings: screening.thresholds.settings(), board: board.listText() }),
    restore: (value) => {
      if (value.settings) screening.thresholds.set(value.settings);
      board.restore(value.board);
    },
    clear: () => {
      screening.clear();
      board.clear();
    },
  });
}
