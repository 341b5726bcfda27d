"""Renderers: pure functions from a computed assessment to text (terminal, Markdown, HTML,
CSV, JSON)."""

# How many goals a view shows in full unless told otherwise (the dashboard's rows, a report's
# details): beyond, those that most need attention (engine.results.most_in_need). 10,000 goals
# in full (20,000 lines on a terminal, 640,000 in a report) would be read by no one; the tally
# and the report's tables count them all.
SHOWN_BY_DEFAULT = 100
