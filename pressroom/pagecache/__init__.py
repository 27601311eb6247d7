"""The page cache: anonymous GET responses kept whole, purged by URL on publish."""
