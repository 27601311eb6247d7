"""Tests for the Serbian script engine (pure Python, no Django needed)."""
