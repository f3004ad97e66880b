"""epi-search: Pagefind search per language, loaded only when a visitor uses the search box."""
