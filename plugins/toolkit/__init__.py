"""epi-toolkit: the replication toolkit (content/toolkit/) as pages in every language and as one
reproducible ZIP per language that works offline, listed in the downloads catalogue."""
