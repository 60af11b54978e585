package org.iseg3d.modelclient;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The binary protocol between {@link ModelProcessEmbedder} (the client, in the editor) and
 * {@code org.iseg3d.tf.worker.ModelWorker} (the child JVM that owns TensorFlow, in tf-model), over the child's stdin/stdout. Big-endian, as {@link DataInputStream}.
 *
 * <pre>
 * hello    (child → client, once, when the model is loaded or failed to load):
 *          int MAGIC, int VERSION, then a response body without id: byte status, int length, byte[length]
 * request  (client → child): int id, byte type, int length, byte[length] body
 * response (child → client): int id, byte status, int length, byte[length] body   (one per request, in order)
 * </pre>
 *
 * Bodies: {@code floats} = int n, n floats; {@code ints} = int n, n ints; {@code string} = int n, n UTF-8 bytes.
 * <ul>
 *   <li>{@link #INFO}: empty → int dimension, long parameters, string model folder, int k, k × string signature</li>
 *   <li>{@link #EMBED}: floats xyz, floats normals → int d, floats embeddings (N·d, row-major)</li>
 *   <li>{@link #FINETUNE}: floats xyz, floats normals, ints positive, ints negative, float learning rate →
 *       float energy (before the update)</li>
 *   <li>{@link #RESET}, {@link #SHUTDOWN}: empty → empty (after SHUTDOWN the child exits with 0)</li>
 * </ul>
 * A status other than {@link #OK} carries a string body: the error message. The hello body is the INFO body.
 */
public final class WorkerProtocol {

    public static final int MAGIC = 0x15E63D57;
    public static final int VERSION = 1;

    public static final byte INFO = 1;
    public static final byte EMBED = 2;
    public static final byte FINETUNE = 3;
    public static final byte RESET = 4;
    public static final byte SHUTDOWN = 5;

    public static final byte OK = 0;
    /** The model cannot be used (missing folder, corrupt, wrong size): {@code ModelException}. */
    public static final byte ERR_MODEL = 1;
    /** Bad input (empty cloud, index out of range): {@code IllegalArgumentException}. */
    public static final byte ERR_ARGUMENT = 2;
    /** The model lacks the signature (no fine-tuning): {@code UnsupportedOperationException}. */
    public static final byte ERR_UNSUPPORTED = 3;
    /** Anything else. */
    public static final byte ERR_INTERNAL = 4;

    /** Upper bound of a frame body; larger lengths mean a corrupt stream. */
    public static final int MAX_BODY = 1 << 30;

    private WorkerProtocol() {}

    public static String typeName(byte type) {
        return switch (type) {
            case INFO -> "info";
            case EMBED -> "embed";
            case FINETUNE -> "finetune_step";
            case RESET -> "reset";
            case SHUTDOWN -> "shutdown";
            default -> "request " + type;
        };
    }

    /** Writes one frame: id, tag (type or status), length, body; flushes. */
    public static void writeFrame(DataOutputStream out, int id, byte tag, ByteBuffer body) throws IOException {
        out.writeInt(id);
        out.writeByte(tag);
        out.writeInt(body.remaining());
        out.write(body.array(), body.arrayOffset() + body.position(), body.remaining());
        out.flush();
    }

    /** One frame read by {@link #readFrame}. */
    public record Frame(int id, byte tag, ByteBuffer body) {}

    /** Reads one frame; {@link EOFException} at a clean end of stream. */
    public static Frame readFrame(DataInputStream in) throws IOException {
        int id = in.readInt();
        byte tag = in.readByte();
        return new Frame(id, tag, readBody(in));
    }

    public static ByteBuffer readBody(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_BODY) {
            throw new IOException("corrupt stream: frame length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return ByteBuffer.wrap(b);
    }

    public static int sizeOf(float[] a) {
        return 4 + 4 * a.length;
    }

    public static int sizeOf(int[] a) {
        return 4 + 4 * a.length;
    }

    public static int sizeOf(String s) {
        return 4 + s.getBytes(StandardCharsets.UTF_8).length;
    }

    public static void putFloats(ByteBuffer b, float[] a) {
        b.putInt(a.length);
        b.asFloatBuffer().put(a);
        b.position(b.position() + 4 * a.length);
    }

    public static void putInts(ByteBuffer b, int[] a) {
        b.putInt(a.length);
        b.asIntBuffer().put(a);
        b.position(b.position() + 4 * a.length);
    }

    public static void putString(ByteBuffer b, String s) {
        byte[] u = s.getBytes(StandardCharsets.UTF_8);
        b.putInt(u.length);
        b.put(u);
    }

    public static float[] getFloats(ByteBuffer b) throws IOException {
        int n = length(b, 4);
        float[] a = new float[n];
        b.asFloatBuffer().get(a);
        b.position(b.position() + 4 * n);
        return a;
    }

    public static int[] getInts(ByteBuffer b) throws IOException {
        int n = length(b, 4);
        int[] a = new int[n];
        b.asIntBuffer().get(a);
        b.position(b.position() + 4 * n);
        return a;
    }

    public static String getString(ByteBuffer b) throws IOException {
        int n = length(b, 1);
        byte[] u = new byte[n];
        b.get(u);
        return new String(u, StandardCharsets.UTF_8);
    }

    public static ByteBuffer string(String s) {
        ByteBuffer b = ByteBuffer.allocate(sizeOf(s));
        putString(b, s);
        return b.flip();
    }

    public static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private static int length(ByteBuffer b, int elementSize) throws IOException {
        if (b.remaining() < 4) {
            throw new IOException("corrupt frame: body too short");
        }
        int n = b.getInt();
        if (n < 0 || (long) n * elementSize > b.remaining()) {
            throw new IOException("corrupt frame: array length " + n + " with " + b.remaining() + " bytes left");
        }
        return n;
    }
}
