# batik: two everyday commands.
#   make demo   installs what is missing, builds in release mode, renders the bundled kawung to out/
#   make test   runs the whole test suite
.PHONY: demo test deps build clean samples

BATIK := .build/release/batik

demo: deps build
	@mkdir -p out
	$(BATIK) render motifs/kawung.yaml --size 24x16cm --dpi 150 -o out/kawung.png --force
	$(BATIK) render motifs/parang-rusak.yaml --size 24x16cm --dpi 150 -o out/parang-rusak.png --force
	$(BATIK) render motifs/surya-majapahit.yaml --size 24x16cm --dpi 150 -o out/surya-majapahit.png --force

deps:
	@./scripts/install-deps.sh

build:
	swift build -c release --product batik

test: deps
	swift test

# Regenerates the committed previews in samples/ (small files; see README).
samples: build
	./scripts/make-samples.sh

clean:
	rm -rf .build out
