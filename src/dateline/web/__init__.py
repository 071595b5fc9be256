"""The dashboard: templates, static files (our own chart script) and the page routes."""
