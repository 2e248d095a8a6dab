"""Build the portal: validate policy_data → compile → render pages → bundle the browser runtime → mkdocs.

    python build.py          build into site/
    python build.py serve    build, then serve site/ on http://127.0.0.1:8000
"""
from builder.pipeline import main

if __name__ == "__main__":
    main()
