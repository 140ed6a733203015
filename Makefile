# The README's commands, `make run` and `make test`, do all set-up themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Three hash-locked sets, each a superset of the one before (requirements/*.in, `make lock`): the function's runtime,
# the app and local tools (`make run` installs only these), the dev tools (`make test` installs all).
APP_STAMP := $(VENV)/.app-$(shell cat requirements/app.txt | cksum | cut -d' ' -f1)
DEV_STAMP := $(VENV)/.dev-$(shell cat requirements/dev.txt | cksum | cut -d' ' -f1)
# The pinned CDK CLI and a real Node 22 binary (jsii warns on end-of-life Node 20) from package-lock.json.
NODE_STAMP := node_modules/.installed-$(shell cat package-lock.json | cksum | cut -d' ' -f1)
# What the synthesized template depends on: a no-change `make run` restart skips synthesis (~4 s).
SYNTH_INPUTS := app.py cdk.json $(shell find infra lambda_src -name '*.py' -not -path '*/__pycache__/*')
PIP := $(BIN)/python -m pip install --disable-pip-version-check --require-hashes --progress-bar on
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
export CDK_DISABLE_CLI_TELEMETRY := true

.PHONY: venv dev-venv node test lint run generate lock clean synth bench bench-quick bench-scale load test-lambda-python deploy load-quota
.PHONY: mutation

# pip lists each package as it goes (the first install takes a few minutes); then `sms_pool` is installed
# editable (lambda_src/ on the venv's path via a .pth: no sys.path edits anywhere).
define install
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing requirements/$(1).txt into $(VENV)/ (first time: a few minutes)"
	$(PIP) -r requirements/$(1).txt
	$(BIN)/python -m pip install --disable-pip-version-check -q --no-deps --no-build-isolation -e .
endef

$(APP_STAMP): requirements/app.txt
	$(call install,app)
	@rm -f $(VENV)/.app-* && touch $(APP_STAMP)

$(DEV_STAMP): requirements/dev.txt
	$(call install,dev)
	@rm -f $(VENV)/.dev-* && touch $(DEV_STAMP)
	@# dev.txt includes app.txt: mark the app set installed, but leave an existing stamp's time alone, or the
	@# next `make run` would synthesize again although nothing the template depends on changed.
	@test -f $(APP_STAMP) || { rm -f $(VENV)/.app-*; touch $(APP_STAMP); }

venv: $(APP_STAMP)

dev-venv: $(DEV_STAMP)

$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@rm -f node_modules/.installed-* && touch $(NODE_STAMP)

node: $(NODE_STAMP)

# Offline: no lookups, no Docker (the asset is lambda_src/ as is), no notices, no telemetry.
cdk.out/manifest.json: $(SYNTH_INPUTS) $(APP_STAMP) $(NODE_STAMP)
	npx --no-install cdk synth -q --no-notices
	@touch $@

synth: cdk.out/manifest.json

lint: dev-venv
	$(BIN)/ruff check .  # includes C901 (max-complexity 10, pyproject.toml)
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict lambda_src local tests scripts infra bench app.py
	$(BIN)/bandit -q -c pyproject.toml --severity-level medium -r lambda_src local

# tests/infra synthesizes the app: jsii runs node, so the pinned Node 22 comes first.
test: lint node test-lambda-python
	$(BIN)/python -m pytest

# The function's own tests (unit, contract sources, handlers: nothing that needs the CDK) and mypy on the Python
# the stack deploys (pythonRuntime default, infra/settings.py TESTED_RUNTIME), in a second venv (requirements/lambda-test.txt).
# No such interpreter: skipped with one line, except under CI (.ci/run exports CI=1), where that is a failure.
LAMBDA_PY := 3.13
LAMBDA_VENV := .venv-py$(subst .,,$(LAMBDA_PY))
LAMBDA_STAMP := $(LAMBDA_VENV)/.installed-$(shell cat requirements/lambda-test.txt | cksum | cut -d' ' -f1)
FIND_LAMBDA_PY := for py in python$(LAMBDA_PY) "env PYENV_VERSION=$(LAMBDA_PY).0 python3"; do \
	$$py -c 'import sys; assert "%d.%d" % sys.version_info[:2] == "$(LAMBDA_PY)"; print(sys.executable)' \
	2>/dev/null && break; done
test-lambda-python:
	@py=$$($(FIND_LAMBDA_PY)); \
	if [ -z "$$py" ]; then \
	  if [ -n "$$CI" ]; then echo "error: no Python $(LAMBDA_PY) found (python$(LAMBDA_PY) or pyenv $(LAMBDA_PY).0); CI needs it"; exit 1; fi; \
	  echo "skipped: the Lambda tests on Python $(LAMBDA_PY) (no python$(LAMBDA_PY) on PATH, no pyenv $(LAMBDA_PY).0)"; exit 0; \
	fi; \
	if [ ! -f $(LAMBDA_STAMP) ]; then \
	  rm -rf $(LAMBDA_VENV) && "$$py" -m venv $(LAMBDA_VENV) && \
	  $(LAMBDA_VENV)/bin/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements/lambda-test.txt && \
	  $(LAMBDA_VENV)/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e . && \
	  touch $(LAMBDA_STAMP) || exit 1; \
	fi; \
	$(LAMBDA_VENV)/bin/mypy --strict --python-version $(LAMBDA_PY) lambda_src && \
	$(LAMBDA_VENV)/bin/python -m pytest -q -p no:cacheprovider tests/unit tests/contract/test_contract_sources.py

# Needs AWS credentials: DEPLOY_ARGS="-c allowedPrincipals=arn:aws:iam::ACCOUNT:role/caller" (docs/infrastructure.md).
deploy: venv node
	$(BIN)/python -m infra.deploy $(DEPLOY_ARGS)

# The local mode: emulator (127.0.0.1:4580) + local API Gateway (127.0.0.1:3000) serving the synthesized stack.
# A busy port is reported in one line before the synth, not after it.
run: venv
	@$(BIN)/python -m local.cli check-ports
	@$(MAKE) --no-print-directory synth
	$(BIN)/python -m local.cli run --cdk-out cdk.out

# 32 clients, 20,000 mixed requests against a fresh local mode (emulator and API as separate processes), then the
# emulator's state checked against the answers; figures in .local/load.json. LOAD_ARGS="--clients 8 --requests 1000".
load: synth
	$(BIN)/python -m local.load --cdk-out cdk.out --json .local/load.json $(LOAD_ARGS)

# AWS's quota (docs/scale.md): 32 clients for 60 s with the emulator's quotas and the stage throttle on, as
# synthesized and again with the stage throttle far above the quota; figures in .local/load-quota-*.json.
QUOTA_LOAD := $(BIN)/python -m local.quota_load $(QUOTA_LOAD_ARGS)
load-quota: synth
	$(QUOTA_LOAD) --cdk-out cdk.out --label shaped --json .local/load-quota-shaped.json
	npx --no-install cdk synth -q --no-notices -o .local/cdk.out.unshaped -c throttleRateLimit=10000 -c throttleBurstLimit=5000
	$(QUOTA_LOAD) --cdk-out .local/cdk.out.unshaped --label unshaped --json .local/load-quota-unshaped.json

# Benchmarks (issue 6): BENCH_ARGS="--only cold,warm_api" narrows the run; results in bench/results/latest.json.
bench: synth dev-venv
	$(BIN)/python -m bench.run $(BENCH_ARGS)

bench-quick: dev-venv
	$(BIN)/python -m bench.run --quick $(BENCH_ARGS)

# Real pool sizes (issue 19, docs/scale.md): AWS calls and seconds per pool of 10 to 5,000 numbers, quotas on,
# as synthesized; about 6 minutes. BENCH_SCALE_ARGS="--sizes 100 --bulk 20" narrows it; bench/results/scale.json.
bench-scale: synth dev-venv
	$(BIN)/python -m bench.scale $(BENCH_SCALE_ARGS)

# Mutation testing (issue 14; result and survivors in docs/reliability.md), 4-7 min on 2 cores, not in `make test`.
# mutmut 3 runs in a staging tree (.mutation/, why: pyproject's [tool.mutmut]) over lambda_src/sms_pool (not
# _generated) and infra/settings.py, against tests/unit and tests/infra/test_settings_edges.py only (fast, no
# synthesis, no servers); 2 workers at most.
# Survivors: `cd .mutation && ../$(BIN)/mutmut results`; one diff: `cd .mutation && ../$(BIN)/mutmut show NAME`.
MUTATION_DIR := .mutation
mutation: dev-venv
	rm -rf $(MUTATION_DIR) && mkdir -p $(MUTATION_DIR)/src
	cp -r lambda_src/sms_pool $(MUTATION_DIR)/src/
	cp -r infra local tests docs requirements pyproject.toml $(MUTATION_DIR)/
	find $(MUTATION_DIR) -name __pycache__ -prune -exec rm -rf {} +
	cd $(MUTATION_DIR) && ../$(BIN)/mutmut run --max-children 2
	cd $(MUTATION_DIR) && ../$(BIN)/python ../scripts/mutation_report.py --require sms_pool

generate: venv
	$(BIN)/python -m scripts.gen_validator

# Re-pin after editing requirements/*.in: each set is locked with hashes, constrained by the one it extends.
UV_COMPILE := $(BIN)/uv pip compile -q --universal --python-version 3.11 --generate-hashes
lock: dev-venv
	$(UV_COMPILE) requirements/runtime.in -o requirements/runtime.txt
	$(UV_COMPILE) requirements/app.in -c requirements/runtime.txt -o requirements/app.txt
	$(UV_COMPILE) requirements/dev.in -c requirements/app.txt -o requirements/dev.txt
	$(UV_COMPILE) requirements/lambda-test.in -c requirements/dev.txt -o requirements/lambda-test.txt

clean:
	rm -rf $(VENV) $(LAMBDA_VENV) node_modules cdk.out .local .mypy_cache .ruff_cache .pytest_cache
