package io.github.vietcat.examples.cli;

import io.github.vietcat.genre.GenreClassifier;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --model} option of the commands that apply a genre model (classify, evaluate),
 * declared once and added to each by {@link picocli.CommandLine.Mixin}.
 */
final class ModelOption {

  @Option(names = "--model", paramLabel = "MODEL",
      description = "A model file made by 'vietcat train' (default: the shipped model).")
  private Path model;

  /**
   * Loads the model the user chose, or the shipped one.
   *
   * @return the classifier
   * @throws CommandFailure if the model cannot be loaded (the message names the file)
   */
  GenreClassifier load() {
    return ModelLoader.load(model);
  }

  /** The model file as given, or {@code "shipped"} without the option. */
  String describe() {
    return model == null ? "shipped" : model.toString();
  }
}
