package io.github.vietcat.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ModelInputTest {

  @Test
  void readsWhatDataOutputWrites() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0x56435753);
    out.writeInt(-7);
    out.writeLong(0x0123456789ABCDEFL);
    out.writeLong(-2L);
    out.writeUTF("hoà bình ∑");
    out.writeByte(200);
    ModelIo.writeVarInt(out, 300);
    ModelIo.writeVarInt(out, Integer.MAX_VALUE);
    out.writeShort(-3);
    out.writeFloat(1.5f);
    out.flush();
    ModelInput in = new ModelInput(bytes.toByteArray());
    assertEquals(0x56435753, in.readInt());
    assertEquals(-7, in.readInt());
    assertEquals(0x0123456789ABCDEFL, in.readLong());
    assertEquals(-2L, in.readLong());
    assertEquals("hoà bình ∑", in.readUTF());
    assertEquals(200, in.readUnsignedByte());
    assertEquals(300, ModelIo.readVarInt(in));
    assertEquals(Integer.MAX_VALUE, ModelIo.readVarInt(in));
    assertEquals(-3, in.readShort());
    assertEquals(1.5f, in.readFloat());
    assertThrows(EOFException.class, in::readUnsignedByte);
  }

  @Test
  void readingPastTheEndIsAnEofWhateverTheSize() {
    assertThrows(EOFException.class, () -> new ModelInput(new byte[3]).readInt());
    assertThrows(EOFException.class, () -> new ModelInput(new byte[7]).readLong());
    assertThrows(EOFException.class, () -> new ModelInput(new byte[1]).readFully(new byte[2]));
    // A length prefix promising more bytes than there are.
    assertThrows(EOFException.class, () -> new ModelInput(new byte[] {0, 5, 'a'}).readUTF());
  }
}
