from datafixture import data_dir  # noqa: F401  (the fixture)
