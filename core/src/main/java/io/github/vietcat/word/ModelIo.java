package io.github.vietcat.word;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Small helpers for the model's binary format. */
final class ModelIo {

  private ModelIo() {}

  static void writeVarInt(DataOutput out, int value) throws IOException {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  static int readVarInt(DataInput in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("malformed variable-length integer");
  }
}
