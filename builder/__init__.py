"""The build steps behind build.py. Each step is a module with `run(ctx)`; see pipeline.STEPS."""
