"""经办人员工作台的风险筛查: the notice's risk patterns (§六, §七) checked over the claim, employer and
subsidy tables a staff member already has. Pure Python, standard library only: the same code runs in
the CLI (python -m screening) and, unchanged, in the browser's Pyodide worker (screening.api).

Layout: tables.py (the columns of each file), reader.py (CSV → columns, FILE:LINE errors),
values.py (one cell → a value), ids.py (GB 11643 / GB 32100), places.py (provinces), params.py
(thresholds from policy_data, --set overrides), rules/ (one module per rule), engine.py (runs them),
sample.py (synthetic data with planted anomalies), board.py (审核期限看板), refusal.py (不予发放告知)."""
