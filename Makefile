# factline's tasks. "make test" is what CI runs (.ci/run).
GO      ?= go
CORE    := ./claims/... ./timeline/... ./rules/... ./reports/...
FUZZTIME ?= 10s
TE3     ?= ../shared/data/tempeval3/train

.PHONY: all build test bench fuzz lint eval-timex eval compare-timex

all: build test

build:
	$(GO) build -o bin/factline ./cmd/factline

# vet, every test, then the core packages again under the race detector.
test:
	$(GO) vet ./...
	$(GO) test ./...
	$(GO) test -race $(CORE)

# The speed figures the issues ask for (MB/s, articles/s, allocations).
bench:
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 ./...

# A short run of every fuzz target (FUZZTIME each).
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$t"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# TempEval-3 timex scores (strict/relaxed span F1, value F1, type F1) of the
# resolver on the TimeBank + AQUAINT training data.
eval-timex:
	$(GO) run ./cmd/timexeval $(TE3)

# factline's resolver against chrono-node, go-dateparser and olebedev/when on
# the news tables (a separate module under testdata; needs node and npm).
compare-timex:
	cd timeline/timex/testdata/compare && npm ci && node chrono.mjs > chrono.tsv && $(GO) run . > RESULTS.md
