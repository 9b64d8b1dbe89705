# batik: two everyday commands.
#   make demo   installs what is missing, builds in release mode, renders the bundled motifs, a pola
#               and a listing set of kawung into out/
#   make test   runs the whole test suite, then the benchmark suite at a small size (a check that
#               it runs; figures in docs/benchmarks.md come from the full suite)
.PHONY: demo test deps build clean samples install

PREFIX ?= /usr/local

BATIK := .build/release/batik

demo: deps build
	@mkdir -p out
	$(BATIK) render motifs/kawung.yaml --size 24x16cm --dpi 150 -o out/kawung.png --force
	$(BATIK) render motifs/parang-rusak.yaml --size 24x16cm --dpi 150 -o out/parang-rusak.png --force
	$(BATIK) render motifs/surya-majapahit.yaml --size 24x16cm --dpi 150 -o out/surya-majapahit.png --force
	$(BATIK) pola kawung --cloth kain-panjang -o out/kawung-pola.pdf --force
	$(BATIK) listing kawung -o out/kawung-listing

deps:
	@./scripts/install-deps.sh

build:
	swift build -c release --product batik

test: deps
	swift test
	./Benchmarks/run.sh --small

# Regenerates the committed previews in samples/ (small files; see README).
samples: build
	./scripts/make-samples.sh

# Puts `batik` on the PATH (and the motif library beside it, where `batik motifs` finds it).
install: build
	install -d $(PREFIX)/bin $(PREFIX)/share/batik/motifs
	install -m 755 $(BATIK) $(PREFIX)/share/batik/batik
	install -m 644 motifs/*.yaml $(PREFIX)/share/batik/motifs/
	ln -sf $(PREFIX)/share/batik/batik $(PREFIX)/bin/batik

clean:
	rm -rf .build out
