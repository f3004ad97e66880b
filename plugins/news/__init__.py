"""epi-news: the newsroom. content/news/<yyyy-mm-dd>-<slug>/index.<lang>.md (or <yyyy-mm>-<slug>
where the source gives no day) → story pages, paginated lists, an archive by year, topic pages and
an RSS feed per language."""
