"""epi-news: the newsroom. content/news/<yyyy-mm-dd>-<slug>/index.<lang>.md → story pages, paginated
lists, an archive by year, topic pages and an RSS feed per language."""
