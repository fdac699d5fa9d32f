# The two commands of the README, and a few conveniences.
#   make demo   installs what is missing, builds, codes the sample articles
#               with Khaldun's own dictionaries, shows the events and stores
#               them in khaldun.db (SQLite)
#   make test   installs what is missing, builds, and runs the whole test suite
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: deps build demo test asan bench clean

deps:
	@bash scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/src/cli/khaldun code --db khaldun.db examples/

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The same suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (-O1 without debug info: sanitizers need no more, and it builds faster).
asan:
	@$(MAKE) --no-print-directory test BUILD=build-asan \
	  CMAKE_FLAGS="-DKHALDUN_SANITIZE=ON -DKHALDUN_BENCHMARKS=OFF -DCMAKE_BUILD_TYPE=Debug \
	  -DCMAKE_CXX_FLAGS_DEBUG='-O1 -g0' $(CMAKE_FLAGS)"

bench: build
	bash bench/pipeline_bench.sh $(BUILD)/src/cli/khaldun

clean:
	rm -rf build build-asan
