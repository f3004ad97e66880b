"""epi-downloads: the downloads catalogue (content/downloads/downloads.yaml plus what other plugins
contribute: the toolkit bundles, the open data) with each file's format, size and SHA-256."""
