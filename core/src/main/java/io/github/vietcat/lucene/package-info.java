/**
 * Lucene integration: {@link io.github.vietcat.lucene.VietnameseTokenizer}, {@link
 * io.github.vietcat.lucene.VietnameseAnalyzer}, {@link
 * io.github.vietcat.lucene.VietnameseNormalizationFilter}, {@link
 * io.github.vietcat.lucene.VietnameseFoldingFilter} and their factories, registered under the SPI
 * names {@code vietnamese}, {@code vietnameseNormalization}, {@code vietnameseFolding} and {@code
 * vietnameseStop}. The tokenizer reads plain text (HTML goes through Lucene's {@code htmlStrip}
 * char filter, which the analyzer adds by default). Its default mode makes one term per word with
 * the shipped {@link io.github.vietcat.word.WordSegmenter} (artifact vietcat-models), {@code
 * mode=mixed} stacks each word's syllables under it, and {@code mode=syllable} makes one term per
 * syllable and needs no model.
 */
package io.github.vietcat.lucene;
