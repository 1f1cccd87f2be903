"""Browser tests (headless Chromium via Playwright). A package, so its conftest does not shadow tests/conftest.py."""
