/**
 * Scoring of the structured facts ({@link io.github.vietcat.facts.FactExtractor}) on the gold of
 * the shared data folder: {@link io.github.vietcat.models.facts.EvaluateFacts} prints per-field
 * precision, recall and F1, strict and relaxed, for the rules and for a naive baseline.
 */
package io.github.vietcat.models.facts;
