"""Pure computation: units, periods, goal models, records, history, assessment.

Nothing here reads a file or writes to a terminal."""
