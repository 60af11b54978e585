package org.iseg3d.modelclient;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.iseg3d.core.cloud.PointCloud;

/**
 * The client's side of the {@link WorkerProtocol} bodies: the request bodies it sends and the answers it parses,
 * and the mapping of an error status to the exception the caller sees.
 */
final class WorkerMessages {

    private WorkerMessages() {}

    /** EMBED: floats xyz, floats normals. */
    static ByteBuffer embedRequest(PointCloud cloud) {
        ByteBuffer b = ByteBuffer.allocate(WorkerProtocol.sizeOf(cloud.xyz()) + WorkerProtocol.sizeOf(cloud.normals()));
        WorkerProtocol.putFloats(b, cloud.xyz());
        WorkerProtocol.putFloats(b, cloud.normals());
        return b.flip();
    }

    /** FINETUNE: floats xyz, floats normals, ints positive, ints negative, float learning rate. */
    static ByteBuffer finetuneRequest(PointCloud cloud, int[] positive, int[] negative, float learningRate) {
        ByteBuffer b = ByteBuffer.allocate(WorkerProtocol.sizeOf(cloud.xyz())
                + WorkerProtocol.sizeOf(cloud.normals())
                + WorkerProtocol.sizeOf(positive)
                + WorkerProtocol.sizeOf(negative)
                + 4);
        WorkerProtocol.putFloats(b, cloud.xyz());
        WorkerProtocol.putFloats(b, cloud.normals());
        WorkerProtocol.putInts(b, positive);
        WorkerProtocol.putInts(b, negative);
        b.putFloat(learningRate);
        return b.flip();
    }

    /** The EMBED answer: int d, floats (points·d). */
    static float[] embedding(ByteBuffer r, int points) {
        try {
            int d = r.getInt();
            float[] z = WorkerProtocol.getFloats(r);
            if (z.length != points * d) {
                throw new ModelException(
                        "the model process returned " + z.length + " floats for " + points + " points × " + d);
            }
            return z;
        } catch (IOException | BufferUnderflowException e) {
            throw new ModelException("the model process sent a malformed embedding: " + e.getMessage(), e);
        }
    }

    /** The INFO answer (also the hello body). */
    static ModelProcessEmbedder.Info info(ByteBuffer b) {
        try {
            int d = b.getInt();
            long params = b.getLong();
            String folder = WorkerProtocol.getString(b);
            int k = b.getInt();
            List<String> sigs = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                sigs.add(WorkerProtocol.getString(b));
            }
            return new ModelProcessEmbedder.Info(d, params, folder, List.copyOf(sigs));
        } catch (IOException | BufferUnderflowException e) {
            throw new ModelException("the model process sent a malformed info frame: " + e.getMessage(), e);
        }
    }

    /** The exception for an error status and its message. */
    static RuntimeException error(byte status, String message) {
        return switch (status) {
            case WorkerProtocol.ERR_MODEL -> new ModelException(message);
            case WorkerProtocol.ERR_ARGUMENT -> new IllegalArgumentException(message);
            case WorkerProtocol.ERR_UNSUPPORTED -> new UnsupportedOperationException(message);
            default -> new ModelException("the model process failed: " + message);
        };
    }

    /** "exited with code 2", "was killed by signal 9 (SIGKILL)", … */
    static String describeExit(int code) {
        if (code > 128 && code < 160) {
            int sig = code - 128;
            String name =
                    switch (sig) {
                        case 6 -> "SIGABRT";
                        case 9 -> "SIGKILL";
                        case 11 -> "SIGSEGV";
                        case 15 -> "SIGTERM";
                        default -> "signal " + sig;
                    };
            return "was killed by signal " + sig + " (" + name + ", exit code " + code + ")";
        }
        return "exited with code " + code;
    }
}
