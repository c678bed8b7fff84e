/**
 * The {@code vietcat} command-line runner: {@code classify}, {@code tokenize}, {@code segment},
 * {@code train} and {@code evaluate}. The commands parse their arguments, read and decode the
 * inputs, call vietcat's public API and format its answers; they hold no language logic.
 *
 * <p>Entry point: {@link io.github.vietcat.examples.cli.VietcatCommand}.
 */
package io.github.vietcat.examples.cli;
