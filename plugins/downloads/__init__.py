"""epi-downloads: the downloads catalogue (content/downloads/downloads.yaml plus the entries the
site derives from the project: the toolkit bundles, the blank answers files, the open data) with
each file's format, size and SHA-256."""
