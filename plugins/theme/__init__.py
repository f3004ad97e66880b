"""epi-theme: Material for MkDocs, made private, accessible and valid, with the EU funding footer."""
