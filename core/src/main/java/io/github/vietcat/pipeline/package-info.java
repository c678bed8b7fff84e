/**
 * The pipeline's single entry point, {@link io.github.vietcat.pipeline.TextPipeline}: normalize,
 * clean, tokenize and split raw Vietnamese news text in one call.
 */
package io.github.vietcat.pipeline;
