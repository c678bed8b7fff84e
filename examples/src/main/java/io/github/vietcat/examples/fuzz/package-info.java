/**
 * Fuzzing: invariants every stage must keep on any input ({@link
 * io.github.vietcat.examples.fuzz.Invariants}) and a command that checks them on random inputs for
 * a given time ({@link io.github.vietcat.examples.fuzz.FuzzCommand}).
 */
package io.github.vietcat.examples.fuzz;
