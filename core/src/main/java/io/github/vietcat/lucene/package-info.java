/**
 * Lucene integration: {@link io.github.vietcat.lucene.VietnameseTokenizer}, {@link
 * io.github.vietcat.lucene.VietnameseAnalyzer}, {@link
 * io.github.vietcat.lucene.VietnameseNormalizationFilter} and their factories, registered under the
 * SPI names {@code vietnamese} and {@code vietnameseNormalization}. The tokenizer's default mode
 * makes one term per word with the shipped {@link io.github.vietcat.word.WordSegmenter} (artifact
 * vietcat-models); {@code mode=syllable} makes one term per syllable and needs no model.
 */
package io.github.vietcat.lucene;
