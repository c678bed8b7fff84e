/**
 * Features of news items for the genre classifier: syllable n-grams, words, token types, title and
 * lead marks. {@link io.github.vietcat.genre.features.FeatureSet} says which ones a model uses and
 * {@link io.github.vietcat.genre.features.GenreFeatureExtractor} produces them.
 */
package io.github.vietcat.genre.features;
