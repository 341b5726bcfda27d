"""Everything that touches the disk: atomic writes, the registry, the ledger, CSV import."""
