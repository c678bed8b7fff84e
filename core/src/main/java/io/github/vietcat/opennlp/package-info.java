/**
 * vietcat behind Apache OpenNLP's task interfaces, so that OpenNLP pipelines and OpenNLP's own
 * evaluators run on it: {@link io.github.vietcat.opennlp.VietnameseOpenNlpTokenizer} ({@code
 * opennlp.tools.tokenize.Tokenizer}), {@link io.github.vietcat.opennlp.VietnameseSentenceDetector}
 * ({@code SentenceDetector}) and {@link io.github.vietcat.opennlp.VietnameseDocumentCategorizer}
 * ({@code DocumentCategorizer}).
 *
 * <p>OpenNLP is an optional dependency of vietcat-core: add {@code
 * org.apache.opennlp:opennlp-tools} to use this package; nothing else in vietcat needs it (except
 * the maxent and perceptron learners of the genre trainer).
 */
package io.github.vietcat.opennlp;
