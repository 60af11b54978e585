package org.iseg3d.bridge.load;

import com.jme3.export.FormatVersion;
import com.jme3.math.FastMath;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Structural check of a j3o file before jME reads it. jME's {@code BinaryImporter} swallows errors inside objects
 * (logging them and returning null or half-read objects), so a truncated j3o can "load" with parts missing. This
 * walks the j3o header (class table, object location table) and checks every object's data lies inside the file.
 */
final class J3oCheck {

    private J3oCheck() {}

    /** Returns null if the file looks intact, else a short description of the problem. */
    static String problem(Path file, long size) throws IOException {
        long pos;
        int aliasWidth;
        int[] locations;
        try (InputStream raw = Files.newInputStream(file);
                CountingInput in = new CountingInput(new BufferedInputStream(raw), size)) {
            if (in.readInt() != FormatVersion.SIGNATURE) {
                return "missing 'JME3' signature";
            }
            int version = in.readInt();
            if (version < 0 || version > FormatVersion.VERSION) {
                return "unsupported format version " + version;
            }
            int numClasses = in.readInt();
            if (numClasses <= 0) {
                return "corrupt class table (" + numClasses + " classes)";
            }
            if (numClasses > in.remaining()) {
                throw new EOFException();
            }
            aliasWidth = ((int) FastMath.log(numClasses, 256) + 1);
            for (int c = 0; c < numClasses; c++) {
                in.skip(aliasWidth);
                if (version >= 1) {
                    in.skip(4L * in.readUnsignedByte());
                }
                in.skip(in.readLength());
                int fields = in.readLength();
                for (int f = 0; f < fields; f++) {
                    in.skip(2);
                    in.skip(in.readLength());
                }
            }
            int numLocs = in.readLength();
            locations = new int[numLocs];
            for (int i = 0; i < numLocs; i++) {
                in.readInt(); // id
                locations[i] = in.readInt();
            }
            in.skip(8); // id count, root id
            pos = in.position();
        } catch (EOFException e) {
            return "truncated at byte " + size + " inside the header";
        }
        long dataLength = size - pos;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(4);
            for (int loc : locations) {
                long lengthAt = (long) loc + aliasWidth;
                if (loc < 0 || lengthAt + 4 > dataLength) {
                    return "truncated at byte " + size + " (an object starts at byte " + (pos + loc) + ")";
                }
                b.clear();
                while (b.hasRemaining()) {
                    if (ch.read(b, pos + lengthAt + b.position()) < 0) {
                        return "truncated at byte " + size;
                    }
                }
                long objectLength = b.flip().getInt();
                if (objectLength < 0 || lengthAt + 4 + objectLength > dataLength) {
                    return "truncated at byte " + size + " (an object needs bytes up to "
                            + (pos + lengthAt + 4 + objectLength) + ")";
                }
            }
        }
        return null;
    }

    /** Big-endian reader that counts its position and refuses lengths beyond the end of the file. */
    private static final class CountingInput implements AutoCloseable {
        private final InputStream in;
        private final long size;
        private long position;

        CountingInput(InputStream in, long size) {
            this.in = in;
            this.size = size;
        }

        long position() {
            return position;
        }

        long remaining() {
            return size - position;
        }

        int readUnsignedByte() throws IOException {
            int r = in.read();
            if (r < 0) {
                throw new EOFException();
            }
            position++;
            return r;
        }

        int readInt() throws IOException {
            return (readUnsignedByte() << 24)
                    | (readUnsignedByte() << 16)
                    | (readUnsignedByte() << 8)
                    | readUnsignedByte();
        }

        int readLength() throws IOException {
            int n = readInt();
            if (n < 0 || n > remaining()) {
                throw new EOFException();
            }
            return n;
        }

        void skip(long n) throws IOException {
            if (n > remaining()) {
                throw new EOFException();
            }
            long done = 0;
            while (done < n) {
                long s = in.skip(n - done);
                if (s <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException();
                    }
                    s = 1;
                }
                done += s;
            }
            position += n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
