package io.github.vietcat.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests named {@code *SharedDataTest} find {@code ../shared}: the system property
 * {@code vietcat.shared}, else {@code ../../shared} from the module folder. Called from a
 * {@code @BeforeEach}, so that each test is skipped with the reason when the data is absent.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * Returns the shared data folder, or skips the calling test when it lacks a subfolder.
   *
   * @param subfolder the subfolder the test reads, such as {@code corpus}
   * @return the shared data folder
   */
  public static Path require(String subfolder) {
    Path shared = Paths.get(System.getProperty("vietcat.shared", "../../shared"));
    Assumptions.assumeTrue(Files.isDirectory(shared.resolve(subfolder)),
        "shared data not found at " + shared.toAbsolutePath().resolve(subfolder)
            + ": skipping (set -Dvietcat.shared)");
    return shared;
  }
}
