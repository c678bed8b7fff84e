/**
 * Lucene integration: {@link io.github.vietcat.lucene.VietnameseTokenizer}, {@link
 * io.github.vietcat.lucene.VietnameseAnalyzer}, {@link
 * io.github.vietcat.lucene.VietnameseNormalizationFilter} and their factories, registered under the
 * SPI names {@code vietnamese} and {@code vietnameseNormalization}.
 */
package io.github.vietcat.lucene;
