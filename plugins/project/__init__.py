"""The content layer: the whole project (docs pages, cities, news, downloads, toolkit,
questionnaire, UI strings) loaded and checked in one pass, with no MkDocs import."""
