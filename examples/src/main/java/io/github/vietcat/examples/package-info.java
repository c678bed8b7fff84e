/**
 * Small programs that embed vietcat: {@link io.github.vietcat.examples.ClassifyStringExample}
 * loads the shipped genre model and classifies a string; {@link
 * io.github.vietcat.examples.LuceneSearchExample} indexes news items with the Vietnamese analyzer,
 * stores each item's genre as a field and searches within one genre. The command-line runner is
 * in {@code io.github.vietcat.examples.cli}, the benchmark commands in {@code
 * io.github.vietcat.examples.bench}.
 */
package io.github.vietcat.examples;
