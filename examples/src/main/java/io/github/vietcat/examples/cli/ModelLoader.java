package io.github.vietcat.examples.cli;

import io.github.vietcat.genre.GenreClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the genre model a command asks for, turning failures into one clear message. */
final class ModelLoader {

  private ModelLoader() {}

  /**
   * Loads a model file, or the shipped model.
   *
   * @param path the model file, or {@code null} for the shipped model
   * @return the classifier
   * @throws CommandFailure if the model cannot be loaded (the message names the file)
   */
  static GenreClassifier load(Path path) {
    if (path == null) {
      try {
        return GenreClassifier.loadDefault();
      } catch (IllegalStateException e) {
        throw new CommandFailure("cannot load the shipped genre model: " + e.getMessage(), e);
      }
    }
    if (!Files.exists(path)) {
      throw new CommandFailure(path + ": no such model file");
    }
    try {
      return GenreClassifier.load(path);
    } catch (IOException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new CommandFailure(message.contains(path.toString()) ? message
          : path + ": cannot load the model: " + message, e);
    }
  }
}
