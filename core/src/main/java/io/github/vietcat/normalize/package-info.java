/**
 * Normalization: Unicode NFC, look-alike letters, invisible and control characters, odd spaces and
 * HTML markup, with an offset map back to the original ({@link
 * io.github.vietcat.normalize.TextNormalizer}); canonical tone-mark placement ({@link
 * io.github.vietcat.normalize.ToneMarks}); the structure of a Vietnamese syllable ({@link
 * io.github.vietcat.normalize.VietnameseSyllable}); decoding bytes with a documented policy for
 * invalid UTF-8 ({@link io.github.vietcat.normalize.TextDecoder}).
 */
package io.github.vietcat.normalize;
