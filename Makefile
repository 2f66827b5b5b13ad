# Two commands matter: `make run` (install, build, train if needed, serve) and `make test`.
SHELL := /bin/bash
export RASA_TELEMETRY_ENABLED := false
export PYTHONHASHSEED := 0
export TF_CPP_MIN_LOG_LEVEL := 2
export TF_ENABLE_ONEDNN_OPTS := 0
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

PYTHON310 ?= $(shell command -v python3.10 2>/dev/null || echo $(HOME)/.pyenv/versions/3.10.13/bin/python3.10)
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
STAMP := $(VENV)/.installed
LOOKUPS := data/nlu/lookups/generated_lookups.yml
MODEL := models/assistant.tar.gz
KNOWLEDGE := $(shell find knowledge -name '*.py' -o -name '*.txt' -o -name '*.yml')
TRAINING_DATA := config.yml $(wildcard domain/*.yml nlu_components/*.py) $(shell find data -name '*.yml')
# The chat widget's browser packages (socket.io-client; axe-core for the browser test).
WIDGET := web/node_modules/.installed

.PHONY: install widget browser kb train run shell test unit lint format validate test-stories \
	test-nlu bench eval drill run-cluster services bench-load

$(STAMP): requirements.txt requirements.lock
	$(PYTHON310) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip==24.0
	$(PY) -m pip install --quiet -r requirements.txt -c requirements.lock
	touch $(STAMP)

install: $(STAMP)

$(WIDGET): web/package.json web/package-lock.json
	npm ci --prefix web --no-audit --no-fund
	touch $(WIDGET)

widget: $(WIDGET)

# Chromium and chromedriver from Debian for the browser test (a no-op when present).
browser:
	scripts/install_browser.sh

# PostgreSQL, Redis and nginx from Debian for the cluster and its tests (a no-op when present).
services:
	scripts/install_services.sh

# The knowledge base is parsed at start-up; building it means generating the lookup tables.
$(LOOKUPS): $(STAMP) $(KNOWLEDGE)
	$(PY) -m knowledge.export data/nlu/lookups

kb: $(LOOKUPS)

# Retrains only when the config, domain, data or knowledge changed.
$(MODEL): $(LOOKUPS) $(TRAINING_DATA)
	$(RASA) train --domain domain --fixed-model-name assistant --out models

train: $(MODEL)

run: $(MODEL) $(WIDGET)
	scripts/run.sh

shell: $(MODEL)
	scripts/run.sh shell

# PostgreSQL, Redis, nginx and RASA_SERVERS Rasa + ACTION_SERVERS action servers (loopback).
RASA_SERVERS ?= 2
ACTION_SERVERS ?= 1
run-cluster: $(MODEL) $(WIDGET)
	scripts/run.sh cluster --rasa $(RASA_SERVERS) --actions $(ACTION_SERVERS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

validate: $(LOOKUPS)
	$(RASA) data validate --domain domain --fail-on-warnings

test-stories: $(MODEL)
	$(RASA) test core --e2e --model $(MODEL) --stories tests/stories --fail-on-prediction-errors --out results/core

# The Chinese held-out set's targets are intent macro-F1 0.93 and occupation F1 0.90; the
# build requires both (figures reached: README, "Chinese").
NLU_ZH_INTENT_FLOOR ?= 0.93
NLU_ZH_OCCUPATION_FLOOR ?= 0.90
test-nlu: $(MODEL)
	$(RASA) test nlu --model $(MODEL) --domain domain --nlu tests/nlu/test_nlu.yml --out results/nlu
	$(PY) scripts/check_nlu_results.py results/nlu
	$(RASA) test nlu --model $(MODEL) --domain domain --nlu tests/nlu/test_nlu_zh.yml --out results/nlu_zh
	$(PY) scripts/check_nlu_results.py results/nlu_zh --intent-macro-f1 $(NLU_ZH_INTENT_FLOOR) \
		--occupation-f1 $(NLU_ZH_OCCUPATION_FLOOR)

unit: $(STAMP) $(WIDGET) browser services
	$(PY) -m pytest

# Bad inputs, exposure, session takeover, action-server kill and restart, then a bounded load.
DRILL_USERS ?= 50
DRILL_LOAD_SECONDS ?= 120
drill: $(MODEL)
	$(PY) -m scripts.drill --users $(DRILL_USERS) --load-seconds $(DRILL_LOAD_SECONDS)

# Pytest runs last so that its summary closes the output.
test: lint validate test-stories test-nlu $(WIDGET) browser services
	$(MAKE) drill DRILL_LOAD_SECONDS=15
	$(MAKE) eval EVAL_MIN_PASS=$(EVAL_FLOOR)
	$(MAKE) eval CASES=tests/conversations/zh EVAL_MIN_PASS=$(EVAL_ZH_FLOOR)
	$(MAKE) eval CASES=tests/heldout EVAL_MIN_PASS=$(HELDOUT_FLOOR)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m scripts.benchmark_knowledge

# Closed-loop REST load: single server, cluster and Rasa's starter bot, one after the other.
BENCH_SECONDS ?= 30
BENCH_USERS ?= 1 8 32 50
bench-load: $(MODEL) services
	$(PY) -m scripts.bench_load --seconds $(BENCH_SECONDS) --users $(BENCH_USERS)

# Black-box conversations over REST against freshly started servers (tests/conversations by
# default; `make eval CASES=../shared/eval/dev.yml` runs the public development set).
CASES ?= tests/conversations
EVAL_MIN_PASS ?= 95
# What `make test` requires of the project's own set: the pass rate reached so far less a
# margin, so that a regression fails the build (the target is EVAL_MIN_PASS).
EVAL_FLOOR ?= 93
# The same for the Chinese cases (tests/conversations/zh/, held out: written apart from the
# training data); `make eval CASES=tests/conversations/zh` runs them alone.
EVAL_ZH_FLOOR ?= 93
# The same for tests/heldout/ (written apart and kept apart from the 95 % target): the pass
# rate reached less a margin.
HELDOUT_FLOOR ?= 85
eval: $(MODEL)
	$(PY) -m scripts.run_conversations --cases $(CASES) --min-pass $(EVAL_MIN_PASS) $(EVAL_ARGS)
