"""The six calculators of the portal as pure functions over the compiled policy (stdlib only:
the same code runs under CPython, in the CLI and the tests, and in the browser under Pyodide).

Entry points are in calculators.api: run / run_json / set_policy / input_specs."""
