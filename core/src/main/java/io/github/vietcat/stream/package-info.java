/**
 * Streaming: tokens, sentences and words from a {@link java.io.Reader} of any length, read in
 * chunks cut where the answers cannot change, so that memory is bounded by a chunk (see {@link
 * io.github.vietcat.stream.StreamingTokenizer}) while the answers, offsets included, are those of
 * the {@code String} API.
 */
package io.github.vietcat.stream;
