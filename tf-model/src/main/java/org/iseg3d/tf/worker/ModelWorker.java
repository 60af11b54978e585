package org.iseg3d.tf.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.modelclient.ModelException;
import org.iseg3d.modelclient.WorkerProtocol;
import org.iseg3d.tf.model.LearnedEmbedderProvider;
import org.iseg3d.tf.model.ShippedModel;
import org.iseg3d.tf.model.Signatures;
import org.iseg3d.tf.model.TfEmbedder;
import org.iseg3d.tf.model.TfModel;

/**
 * The model process: a JVM of its own that loads the learned model (a folder, or the shipped one) and serves
 * {@link WorkerProtocol} requests on stdin/stdout, one at a time, until {@code shutdown} or the end of stdin (the
 * parent went away). Started by {@link org.iseg3d.modelclient.ModelProcessEmbedder} (model-client); TensorFlow's
 * native library is loaded only here, so a process with a software or LLVM-based GL driver (Mesa llvmpipe, radeonsi) never shares its address space with it.
 *
 * <p>Usage: {@code java -cp … org.iseg3d.tf.worker.ModelWorker [--model DIR]}. stdout carries the protocol only
 * ({@code System.out} is redirected to stderr); stderr is free text, forwarded by the client to its log. Exit codes:
 * 0 shutdown or end of input, 2 the model could not be loaded (the reason was sent in the hello frame), 3 the
 * protocol stream broke, 64 bad arguments.
 */
public final class ModelWorker {

    static final int EXIT_OK = 0;
    static final int EXIT_MODEL = 2;
    static final int EXIT_STREAM = 3;
    static final int EXIT_USAGE = 64;

    /** A loaded model and the folder it came from. */
    record Loaded(TfModel model, Path folder) {}

    private final TfModel model;
    private final Path folder;
    private final PrintStream log;
    /** Mirror views of the embedding, as the in-process {@link TfEmbedder} (-Diseg3d.learned.views). */
    private final int views = TfEmbedder.defaultViews();

    private ModelWorker(Loaded loaded, PrintStream log) {
        this.model = loaded.model();
        this.folder = loaded.folder();
        this.log = log;
    }

    public static void main(String[] args) {
        PrintStream err = System.err;
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(err); // a stray print must not corrupt the protocol
        DataInputStream in =
                new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(protocolOut, 1 << 16));
        Path model = null;
        String usage = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--model") && i + 1 < args.length) {
                model = Path.of(args[++i]);
            } else {
                usage = "unknown argument '" + args[i] + "' (usage: ModelWorker [--model DIR])";
            }
        }
        int code;
        if (usage != null) {
            code = failHello(out, WorkerProtocol.ERR_INTERNAL, usage, err) ? EXIT_USAGE : EXIT_STREAM;
        } else {
            Path m = model;
            code = serve(in, out, () -> load(m), err);
        }
        err.flush();
        System.exit(code);
    }

    /** Loads the model as the in-process {@code learned} provider does (same checks, same messages). */
    static Loaded load(Path folder) {
        Path dir = folder != null ? folder : ShippedModel.folder();
        return new Loaded(((TfEmbedder) new LearnedEmbedderProvider().create(dir)).model(), dir);
    }

    /**
     * Loads the model, sends the hello frame and serves requests until shutdown or end of input; returns the exit
     * code. Package-private so that the protocol can be tested over pipes in one JVM.
     */
    static int serve(DataInputStream in, DataOutputStream out, Supplier<Loaded> loader, PrintStream log) {
        long t0 = System.nanoTime();
        Loaded loaded;
        try {
            loaded = loader.get();
        } catch (RuntimeException | LinkageError e) {
            log.println("iseg3d model worker: cannot load the model: " + message(e));
            return failHello(out, status(e), message(e), log) ? EXIT_MODEL : EXIT_STREAM;
        }
        try (TfModel m = loaded.model()) {
            ModelWorker w = new ModelWorker(loaded, log);
            try {
                out.writeInt(WorkerProtocol.MAGIC);
                out.writeInt(WorkerProtocol.VERSION);
                ByteBuffer info = w.info();
                out.writeByte(WorkerProtocol.OK);
                out.writeInt(info.remaining());
                out.write(info.array(), 0, info.remaining());
                out.flush();
            } catch (IOException e) {
                log.println("iseg3d model worker: cannot write to the client: " + e);
                return EXIT_STREAM;
            }
            log.printf(
                    "iseg3d model worker: model ready in %d ms (pid %d, %d parameters, d = %d)%n",
                    (System.nanoTime() - t0) / 1_000_000,
                    ProcessHandle.current().pid(),
                    m.parameters(),
                    m.dimension());
            return w.loop(in, out);
        }
    }

    private int loop(DataInputStream in, DataOutputStream out) {
        while (true) {
            WorkerProtocol.Frame req;
            try {
                req = WorkerProtocol.readFrame(in);
            } catch (EOFException e) {
                log.println("iseg3d model worker: input closed, exiting");
                return EXIT_OK;
            } catch (IOException e) {
                log.println("iseg3d model worker: broken input stream: " + e);
                return EXIT_STREAM;
            }
            byte status = WorkerProtocol.OK;
            ByteBuffer body;
            try {
                body = handle(req);
            } catch (RuntimeException | Error e) {
                status = status(e);
                body = WorkerProtocol.string(message(e));
                if (status == WorkerProtocol.ERR_INTERNAL) {
                    log.println("iseg3d model worker: " + WorkerProtocol.typeName(req.tag()) + " failed:");
                    e.printStackTrace(log);
                }
            }
            try {
                WorkerProtocol.writeFrame(out, req.id(), status, body);
            } catch (IOException e) {
                log.println("iseg3d model worker: cannot write to the client: " + e);
                return EXIT_STREAM;
            }
            if (req.tag() == WorkerProtocol.SHUTDOWN) {
                log.println("iseg3d model worker: shutdown");
                return EXIT_OK;
            }
        }
    }

    private ByteBuffer handle(WorkerProtocol.Frame req) {
        try {
            ByteBuffer b = req.body();
            return switch (req.tag()) {
                case WorkerProtocol.INFO -> info();
                case WorkerProtocol.EMBED -> {
                    PointCloud cloud = new PointCloud(WorkerProtocol.getFloats(b), WorkerProtocol.getFloats(b));
                    float[] z = model.embed(cloud, views);
                    ByteBuffer r = ByteBuffer.allocate(4 + WorkerProtocol.sizeOf(z));
                    r.putInt(views * model.dimension());
                    WorkerProtocol.putFloats(r, z);
                    yield r.flip();
                }
                case WorkerProtocol.FINETUNE -> {
                    PointCloud cloud = new PointCloud(WorkerProtocol.getFloats(b), WorkerProtocol.getFloats(b));
                    int[] pos = WorkerProtocol.getInts(b);
                    int[] neg = WorkerProtocol.getInts(b);
                    float lr = b.getFloat();
                    require(Signatures.FINETUNE_STEP);
                    checkIndices("positive", pos, cloud.size());
                    checkIndices("negative", neg, cloud.size());
                    if (!(lr > 0f) || !Float.isFinite(lr)) {
                        throw new IllegalArgumentException("the learning rate must be a positive number, got " + lr);
                    }
                    float e = model.finetuneStep(cloud, pos, neg, lr);
                    yield ByteBuffer.allocate(4).putFloat(e).flip();
                }
                case WorkerProtocol.RESET -> {
                    require(Signatures.RESET);
                    model.reset();
                    yield ByteBuffer.allocate(0);
                }
                case WorkerProtocol.SHUTDOWN -> ByteBuffer.allocate(0);
                default -> throw new IllegalArgumentException(
                        "unknown request type " + req.tag() + " (protocol version " + WorkerProtocol.VERSION + ")");
            };
        } catch (IOException | java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException(
                    "malformed " + WorkerProtocol.typeName(req.tag()) + " request: " + e.getMessage(), e);
        }
    }

    private void require(String signature) {
        if (!model.has(signature)) {
            throw new UnsupportedOperationException(
                    "this model has no '" + signature + "' signature: use a model " + "exported by iseg3d train");
        }
    }

    private static void checkIndices(String what, int[] idx, int n) {
        if (idx.length == 0) {
            throw new IllegalArgumentException(
                    "fine-tuning needs at least one positive and one negative click (no " + what + " clicks)");
        }
        for (int i : idx) {
            if (i < 0 || i >= n) {
                throw new IllegalArgumentException(
                        what + " click index " + i + " is not a point of the cloud (0.." + (n - 1) + ")");
            }
        }
    }

    private ByteBuffer info() {
        List<String> sigs = model.signatures().stream().map(s -> s.key()).toList();
        String dir = folder.toAbsolutePath().toString();
        int size = 4 + 8 + WorkerProtocol.sizeOf(dir) + 4;
        for (String s : sigs) {
            size += WorkerProtocol.sizeOf(s);
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.putInt(views * model.dimension()).putLong(model.parameters());
        WorkerProtocol.putString(b, dir);
        b.putInt(sigs.size());
        for (String s : sigs) {
            WorkerProtocol.putString(b, s);
        }
        return b.flip();
    }

    private static boolean failHello(DataOutputStream out, byte status, String message, PrintStream log) {
        try {
            out.writeInt(WorkerProtocol.MAGIC);
            out.writeInt(WorkerProtocol.VERSION);
            ByteBuffer b = WorkerProtocol.string(message);
            out.writeByte(status);
            out.writeInt(b.remaining());
            out.write(b.array(), 0, b.remaining());
            out.flush();
            return true;
        } catch (IOException e) {
            log.println("iseg3d model worker: cannot write to the client: " + e);
            return false;
        }
    }

    static byte status(Throwable e) {
        if (e instanceof ModelException) {
            return WorkerProtocol.ERR_MODEL;
        }
        if (e instanceof IllegalArgumentException) {
            return WorkerProtocol.ERR_ARGUMENT;
        }
        if (e instanceof UnsupportedOperationException) {
            return WorkerProtocol.ERR_UNSUPPORTED;
        }
        return WorkerProtocol.ERR_INTERNAL;
    }

    private static String message(Throwable e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.toString();
    }
}
