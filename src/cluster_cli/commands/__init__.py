"""The Typer commands: parse arguments, call the application layer, hand results to a renderer."""
