"""Pictures: how image renditions are found quickly on every uncached page."""
