package org.iseg3d.modelclient;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A stand-in model process for the client's tests (no TensorFlow): speaks {@link WorkerProtocol}, embeds every
 * point as (x, y), answers a fine-tuning step with the number of positive clicks. Arguments: {@code --model DIR}
 * (ignored), {@code slow} (embed takes 2 s), {@code crash} (prints to stderr, exits 3 on the first embed).
 */
public final class FakeWorker {

    private FakeWorker() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        boolean slow = java.util.List.of(args).contains("slow");
        boolean crash = java.util.List.of(args).contains("crash");
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(System.out));
        out.writeInt(WorkerProtocol.MAGIC);
        out.writeInt(WorkerProtocol.VERSION);
        out.writeByte(WorkerProtocol.OK);
        ByteBuffer info = ByteBuffer.allocate(4 + 8 + WorkerProtocol.sizeOf("fake") + 4);
        info.putInt(2).putLong(42L);
        WorkerProtocol.putString(info, "fake");
        info.putInt(0);
        info.flip();
        out.writeInt(info.remaining());
        out.write(info.array(), 0, info.remaining());
        info.rewind();
        out.flush();
        while (true) {
            WorkerProtocol.Frame f;
            try {
                f = WorkerProtocol.readFrame(in);
            } catch (EOFException e) {
                return;
            }
            ByteBuffer b = f.body();
            ByteBuffer r = WorkerProtocol.EMPTY.duplicate();
            switch (f.tag()) {
                case WorkerProtocol.INFO -> r = info.duplicate();
                case WorkerProtocol.EMBED -> {
                    if (crash) {
                        System.err.println("fake worker: out of luck");
                        System.err.flush();
                        System.exit(3);
                    }
                    if (slow) {
                        Thread.sleep(2000);
                    }
                    float[] xyz = WorkerProtocol.getFloats(b);
                    float[] z = new float[xyz.length / 3 * 2];
                    for (int i = 0; i < xyz.length / 3; i++) {
                        z[2 * i] = xyz[3 * i];
                        z[2 * i + 1] = xyz[3 * i + 1];
                    }
                    r = ByteBuffer.allocate(4 + WorkerProtocol.sizeOf(z)).putInt(2);
                    WorkerProtocol.putFloats(r, z);
                    r.flip();
                }
                case WorkerProtocol.FINETUNE -> {
                    WorkerProtocol.getFloats(b);
                    WorkerProtocol.getFloats(b);
                    int[] pos = WorkerProtocol.getInts(b);
                    r = ByteBuffer.allocate(4).putFloat(pos.length).flip();
                }
                case WorkerProtocol.RESET -> {
                    WorkerProtocol.writeFrame(
                            out, f.id(), WorkerProtocol.ERR_UNSUPPORTED, WorkerProtocol.string("no reset in the fake"));
                    continue;
                }
                case WorkerProtocol.SHUTDOWN -> {
                    WorkerProtocol.writeFrame(out, f.id(), WorkerProtocol.OK, r);
                    return;
                }
                default -> {}
            }
            WorkerProtocol.writeFrame(out, f.id(), WorkerProtocol.OK, r);
        }
    }
}
