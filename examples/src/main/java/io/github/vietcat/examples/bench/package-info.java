/**
 * Benchmark commands: single-threaded throughput of the tokenizer, the word segmenter and the genre
 * classifier on the shared news sample, each measured against a baseline in the same run; and
 * {@link io.github.vietcat.examples.bench.ClassifyPrefixCheck}, how much of an item the genre
 * classifier needs (the measurement behind the cap of {@code vietcat classify}).
 */
package io.github.vietcat.examples.bench;
