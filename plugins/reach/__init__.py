"""epi-reach: what makes shared links and search engines understand each page — meta
description, Open Graph and Twitter tags, JSON-LD, plain share links, robots.txt."""
