/**
 * Benchmark commands: single-threaded throughput of the tokenizer, the word segmenter and the genre
 * classifier on the shared news sample, each measured against a baseline in the same run.
 */
package io.github.vietcat.examples.bench;
