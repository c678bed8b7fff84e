/**
 * The builder and evaluator commands of the shipped genre model: they read the labelled corpus in
 * {@code ../shared/corpus} and train, score and write {@code genre-classifier.bin}.
 */
package io.github.vietcat.models.genre;
