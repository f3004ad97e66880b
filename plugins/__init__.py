"""The EPI portal's MkDocs plugins: one sub-package per plugin, a pure core and a thin plugin.py."""
