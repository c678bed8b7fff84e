/**
 * Word segmentation: groups Vietnamese syllables into words ("cán bộ", "mạng xã hội") with a
 * trained model, keeping exact offsets into the original text.
 *
 * <p>Entry point: {@link io.github.vietcat.word.WordSegmenter}. Models are trained with {@link
 * io.github.vietcat.word.WordSegmenterTrainer}; the shipped model lives in the vietcat-models
 * artifact.
 */
package io.github.vietcat.word;
