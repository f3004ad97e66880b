"""epi-content: loads and checks the whole project (content/, docs/, UI strings) before anything
is built, and reports all problems at once; the other plugins read it through _shared/site.py."""
