"""Policy Digest build tools: turn raw Chinese policy texts into a bilingual static site."""

__version__ = "0.1.0"
