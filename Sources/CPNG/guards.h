/*
 * Guards that make libpng's error handling safe to use from Swift.
 *
 * libpng reports a fatal error by calling the error function, which must not return: if it does,
 * libpng prints "libpng error" to stderr and longjmps to the jmp_buf set with png_jmpbuf(), or
 * calls abort() when there is none (libpng manual, "Error handling"; pngerror.c). Swift cannot call
 * setjmp, and a longjmp must never cross a Swift frame (no cleanup or retain/release would run).
 *
 * So every libpng call that may fail goes through one of these small C functions: each sets the
 * jump target with setjmp, makes its libpng calls, and returns 1 on success or 0 after an error.
 * The error function records the message in a batik_png_failure the caller owns, then longjmps;
 * the jump crosses only libpng's and zlib's own C frames, back into the guard. Swift callbacks
 * that libpng calls (the write sink) never call png_error: they record their own failure and
 * return, and the Swift side checks it when the guard returns. After a failure the png_struct may
 * only be destroyed.
 */
#ifndef BATIK_PNG_GUARDS_H
#define BATIK_PNG_GUARDS_H

#include <png.h>
#include <setjmp.h>
#include <string.h>

typedef struct batik_png_failure {
    int failed;
    char message[256];
} batik_png_failure;

static void batik_png_on_error(png_structp png, png_const_charp message) {
    batik_png_failure *failure = (batik_png_failure *)png_get_error_ptr(png);
    if (failure != NULL) {
        failure->failed = 1;
        strncpy(failure->message, message != NULL ? message : "unknown libpng error", sizeof failure->message - 1);
        failure->message[sizeof failure->message - 1] = '\0';
    }
    png_longjmp(png, 1);
}

/* Warnings (benign chunk problems) are not errors; dropping them keeps stderr clean. */
static void batik_png_on_warning(png_structp png, png_const_charp message) {
    (void)png;
    (void)message;
}

/* NULL when libpng is out of memory or the header and library versions differ. */
static inline png_structp batik_png_create_write(batik_png_failure *failure) {
    return png_create_write_struct(PNG_LIBPNG_VER_STRING, failure, batik_png_on_error, batik_png_on_warning);
}

static inline png_structp batik_png_create_read(batik_png_failure *failure) {
    return png_create_read_struct(PNG_LIBPNG_VER_STRING, failure, batik_png_on_error, batik_png_on_warning);
}

/* A write function must flush too; libpng's default flush would treat the io pointer as a FILE *. */
static void batik_png_flush_nothing(png_structp png) { (void)png; }

static inline void batik_png_set_write_fn(png_structp png, void *io, png_rw_ptr write) {
    png_set_write_fn(png, io, write, batik_png_flush_nothing);
}

/* IHDR (8 bits per channel, no interlace), the sRGB chunk, and the zlib level and filters. */
static inline int batik_png_set_header(
    png_structp png, png_infop info, png_uint_32 width, png_uint_32 height, int colour_type,
    int compression_level, int filters) {
    if (setjmp(png_jmpbuf(png))) return 0;
    png_set_IHDR(png, info, width, height, 8, colour_type, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_set_sRGB(png, info, PNG_sRGB_INTENT_PERCEPTUAL);
    png_set_compression_level(png, compression_level);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
    return 1;
}

static inline int batik_png_set_pixels_per_metre(png_structp png, png_infop info, png_uint_32 ppm) {
    if (setjmp(png_jmpbuf(png))) return 0;
    png_set_pHYs(png, info, ppm, ppm, PNG_RESOLUTION_METER);
    return 1;
}

/* One uncompressed iTXt chunk with an empty language tag; libpng copies both strings. */
static inline int batik_png_add_itxt(png_structp png, png_infop info, const char *key, const char *text) {
    if (setjmp(png_jmpbuf(png))) return 0;
    png_text chunk;
    memset(&chunk, 0, sizeof chunk);
    chunk.compression = PNG_ITXT_COMPRESSION_NONE;
    chunk.key = (png_charp)key;
    chunk.text = (png_charp)text;
    chunk.lang = (png_charp)"";
    chunk.lang_key = (png_charp)"";
    png_set_text(png, info, &chunk, 1);
    return 1;
}

static inline int batik_png_write_info(png_structp png, png_infop info) {
    if (setjmp(png_jmpbuf(png))) return 0;
    png_write_info(png, info);
    return 1;
}

/* `count` rows of `stride` bytes each, contiguous from `rows`. */
static inline int batik_png_write_rows(png_structp png, const unsigned char *rows, size_t stride, png_uint_32 count) {
    if (setjmp(png_jmpbuf(png))) return 0;
    for (png_uint_32 y = 0; y < count; y++) png_write_row(png, rows + (size_t)y * stride);
    return 1;
}

static inline int batik_png_write_end(png_structp png, png_infop info) {
    if (setjmp(png_jmpbuf(png))) return 0;
    png_write_end(png, info);
    return 1;
}

/* Reading from memory (tests): a short read is a libpng error, raised here in C. */
typedef struct batik_png_source {
    const unsigned char *data;
    size_t size;
    size_t offset;
} batik_png_source;

static void batik_png_read_memory(png_structp png, png_bytep out, size_t length) {
    batik_png_source *source = (batik_png_source *)png_get_io_ptr(png);
    if (length > source->size - source->offset) png_error(png, "the PNG data ends early");
    memcpy(out, source->data + source->offset, length);
    source->offset += length;
}

static inline void batik_png_set_memory_source(png_structp png, batik_png_source *source) {
    png_set_read_fn(png, source, batik_png_read_memory);
}

/* Reads the header and asks for 8-bit RGBA whatever the file holds. */
static inline int batik_png_read_info_as_rgba8(png_structp png, png_infop info) {
    if (setjmp(png_jmpbuf(png))) return 0;
    png_read_info(png, info);
    png_set_expand(png);
    png_set_scale_16(png);
    png_set_gray_to_rgb(png);
    png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
    (void)png_set_interlace_handling(png);
    png_read_update_info(png, info);
    return 1;
}

static inline int batik_png_read_image(png_structp png, png_infop info, png_bytepp rows) {
    if (setjmp(png_jmpbuf(png))) return 0;
    png_read_image(png, rows);
    png_read_end(png, info);
    return 1;
}

#endif
