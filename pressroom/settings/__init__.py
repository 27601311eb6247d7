"""Settings, split by environment: base (safe for production), dev, production, test."""
