/**
 * Search-engine commands: the derivation of the default stop words from corpus statistics, the
 * query-set benchmark (recall@10 and MRR per tokenizer mode) and the indexing-throughput benchmark
 * of the Lucene analyzers.
 */
package io.github.vietcat.examples.search;
