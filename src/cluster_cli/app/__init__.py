"""The application layer: locate, load and compute what every command needs, in one place."""
