// The one generic calculator runtime (main thread). It enhances the static form rendered at build
// time (builder/calculator_pages.py), runs the calculators in calculator-worker.js and renders the
// JSON result. The modules in calculator/ each do one job; see calculator/page.js for the wiring.
import { CalculatorPage } from "./calculator/page.js";

const root = document.querySelector(".calc[data-calculator]");
if (root) new CalculatorPage(root);
