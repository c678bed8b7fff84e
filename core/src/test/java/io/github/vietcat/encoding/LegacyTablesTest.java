package io.github.vietcat.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The tables against glibc's iconv, byte by byte, where iconv is installed. */
class LegacyTablesTest {

  private static String iconv(String from, int b) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("iconv", "-f", from, "-t", "UTF-8").start();
    p.getOutputStream().write(b);
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return p.waitFor() == 0 ? out : null;
  }

  private static boolean hasIconv() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, "iconv"))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void tablesMatchIconv() throws Exception {
    assumeTrue(hasIconv(), "iconv is not installed: the tables are not checked against it");
    for (int b = 0x80; b <= 0xFF; b++) {
      assertEquals(iconv("TCVN5712-1", b), String.valueOf(LegacyTables.TCVN.charAt(b)),
          "TCVN byte " + Integer.toHexString(b));
      assertEquals(iconv("VISCII", b), String.valueOf(LegacyTables.VISCII.charAt(b)),
          "VISCII byte " + Integer.toHexString(b));
      String cp1258 = iconv("CP1258", b);
      if (cp1258 != null) { // iconv refuses the bytes the code page leaves undefined
        assertEquals(cp1258, new String(new byte[] {(byte) b}, VietnameseEncoding.CP1258),
            "CP1258 byte " + Integer.toHexString(b));
      }
    }
  }
}
