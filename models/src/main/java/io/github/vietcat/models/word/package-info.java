/**
 * Builds and evaluates the shipped word segmenter model from the shared data: UD Vietnamese VTB
 * (training and evaluation) and the silver word list (lexicon features). The commands here only
 * read data and call the public API of {@code io.github.vietcat.word}.
 */
package io.github.vietcat.models.word;
