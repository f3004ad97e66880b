"""epi-cities: the EPI cities' assessment data (content/cities/) as city profiles, a comparison,
a map of Europe and open data, in every language."""
