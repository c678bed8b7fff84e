/**
 * Scoring of the structured facts ({@link io.github.vietcat.facts.FactExtractor}) on the gold of
 * the shared data folder: {@link io.github.vietcat.models.facts.EvaluateFacts} prints per-field
 * precision, recall and F1, strict and relaxed, for the rules (read in the gold genre and in the
 * predicted genre) and for a naive baseline; {@link
 * io.github.vietcat.models.facts.FactFilterExperiment} measures a learned filter over the rules'
 * facts.
 */
package io.github.vietcat.models.facts;
