/**
 * The vietcat analysis plugin for OpenSearch 2.19: {@link
 * io.github.vietcat.opensearch.VietnameseAnalysisPlugin} registers the {@code vietnamese}
 * tokenizer and analyzer and the {@code vietnamese_normalization}, {@code vietnamese_folding} and
 * {@code vietnamese_stop} token filters.
 */
package io.github.vietcat.opensearch;
