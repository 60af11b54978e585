package org.iseg3d.tf.model;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iseg3d.modelclient.ModelException;
import org.iseg3d.tf.net.NetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Bad model folders fail with a message naming the problem and the fix. */
class ModelLoaderTest {

    private static String failure(Path dir) {
        return assertThrows(ModelException.class, () -> new LearnedEmbedderProvider().create(dir))
                .getMessage();
    }

    @Test
    void missingFolderOrFile(@TempDir Path tmp) throws Exception {
        assertTrue(failure(tmp.resolve("nope")).contains("does not exist"));
        assertTrue(failure(Files.writeString(tmp.resolve("f"), "x")).contains("is a file"));
        assertTrue(failure(Files.createDirectories(tmp.resolve("empty"))).contains("not a SavedModel folder"));
    }

    @Test
    void corruptSavedModel(@TempDir Path tmp) throws Exception {
        Path d =
                Files.createDirectories(tmp.resolve("bad").resolve("variables")).getParent();
        Files.writeString(d.resolve("saved_model.pb"), "not a protobuf at all");
        String m = failure(d);
        assertTrue(m.contains("corrupt or incomplete"), m);
    }

    @Test
    void modelWithoutEmbedSignature(@TempDir Path tmp) throws Exception {
        Path d = tmp.resolve("other");
        try (Graph g = new Graph();
                Session s = new Session(g)) {
            Ops tf = Ops.create(g);
            var x = tf.withName("x").placeholder(TFloat32.class);
            var v = tf.withInitScope().withName("v").variable(tf.withInitScope().constant(2f));
            var y = tf.math.mul(x, v);
            SavedModelBundle.exporter(d.toString())
                    .withSession(s)
                    .withSignature(Signature.builder("double")
                            .input("x", x)
                            .output("y", y)
                            .build())
                    .export();
        }
        String m = failure(d);
        assertTrue(m.contains("no 'embed' signature") && m.contains("double"), m);
    }

    @Test
    void wrongEmbeddingSize(@TempDir Path tmp) throws Exception {
        NetConfig small = new NetConfig(
                4, 8, new int[][] {{8}, {8}, {8}}, new int[][] {{8}, {8}, {8}}, 16, new float[] {10, 5, 2.5f});
        Path d = tmp.resolve("d16");
        try (TfModel m = TfModel.create(small, 1)) {
            m.export(d);
        }
        String m = failure(d);
        assertTrue(m.contains("embedding size 16, expected 32"), m);
        // and an info file that disagrees with the graph
        Files.writeString(
                d.resolve(Signatures.INFO_FILE),
                Files.readString(d.resolve(Signatures.INFO_FILE))
                        .replace("\"embeddingDim\" : 16", "\"embeddingDim\" : 32"));
        m = failure(d);
        assertTrue(m.contains("declares d = 32"), m);
    }
}
