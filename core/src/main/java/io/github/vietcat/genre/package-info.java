/**
 * Genre classification of Vietnamese news items: {@link io.github.vietcat.genre.GenreClassifier}
 * says whether an item is a {@link io.github.vietcat.genre.Genre#DIRECTIVE directive}, a {@link
 * io.github.vietcat.genre.Genre#TRAINING_REPORT training report}, a {@link
 * io.github.vietcat.genre.Genre#MEETING_SUMMARY meeting summary} or {@link
 * io.github.vietcat.genre.Genre#OTHER something else}, with probabilities and the evidence for the
 * decision. {@link io.github.vietcat.genre.GenreTrainer} trains a classifier for any label set and
 * {@link io.github.vietcat.genre.GenreEvaluator} scores one (precision, recall, F1, confusion
 * matrix, k-fold cross-validation).
 */
package io.github.vietcat.genre;
