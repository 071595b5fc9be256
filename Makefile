# dateline: `make demo` and `make test` are all a fresh machine needs.
PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
DB     ?= demo.duckdb

.PHONY: install install-test demo test test-fast bench lint clean

$(VENV)/.installed: pyproject.toml requirements.lock requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install --no-deps --require-hashes -r requirements-model.txt
	$(PIP) install -c requirements.lock -e .
	# byte-compile our sources as pip does for every wheel: an editable install is not, and each worker
	# process would otherwise compile them again (where PYTHONDONTWRITEBYTECODE keeps Python from caching)
	$(PY) -m compileall -q src/dateline >/dev/null
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -c requirements.lock -e '.[test,ray]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
	  { echo "installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; }

demo: install
	rm -f $(DB)
	$(VENV)/bin/dateline demo --db $(DB)

test: install-test
	$(PY) -m pytest -q

test-fast: install-test
	$(PY) -m pytest -q -m "not slow and not browser"

bench: install
	$(PY) bench/throughput.py --quick

clean:
	rm -rf $(VENV) demo.duckdb dateline.duckdb .pytest_cache
