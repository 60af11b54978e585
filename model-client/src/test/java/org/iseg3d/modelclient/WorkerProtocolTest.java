package org.iseg3d.modelclient;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.iseg3d.core.cloud.PointCloud;
import org.junit.jupiter.api.Test;

/** The wire format and the client's codec, without a model process. */
class WorkerProtocolTest {

    @Test
    void framesRoundTripAndACleanEndIsAnEof() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        WorkerProtocol.writeFrame(out, 7, WorkerProtocol.EMBED, WorkerProtocol.string("héllo"));
        WorkerProtocol.writeFrame(out, 8, WorkerProtocol.RESET, WorkerProtocol.EMPTY.duplicate());
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        WorkerProtocol.Frame a = WorkerProtocol.readFrame(in);
        assertEquals(7, a.id());
        assertEquals(WorkerProtocol.EMBED, a.tag());
        assertEquals("héllo", WorkerProtocol.getString(a.body()));
        WorkerProtocol.Frame b = WorkerProtocol.readFrame(in);
        assertEquals(8, b.id());
        assertEquals(0, b.body().remaining());
        assertThrows(EOFException.class, () -> WorkerProtocol.readFrame(in));
    }

    @Test
    void corruptLengthsAreRejected() {
        byte[] frame = ByteBuffer.allocate(9)
                .putInt(1)
                .put(WorkerProtocol.INFO)
                .putInt(-5)
                .array();
        IOException e = assertThrows(
                IOException.class,
                () -> WorkerProtocol.readFrame(new DataInputStream(new ByteArrayInputStream(frame))));
        assertTrue(e.getMessage().contains("frame length -5"), e.getMessage());
        ByteBuffer body = ByteBuffer.allocate(8).putInt(1000).putInt(0).flip();
        e = assertThrows(IOException.class, () -> WorkerProtocol.getFloats(body));
        assertTrue(e.getMessage().contains("array length 1000"), e.getMessage());
    }

    @Test
    void requestBodiesCarryTheCloudAndTheClicks() throws IOException {
        PointCloud cloud = new PointCloud(new float[] {0, 1, 2, 3, 4, 5}, new float[] {0, 0, 1, 0, 1, 0});
        ByteBuffer b = WorkerMessages.finetuneRequest(cloud, new int[] {1}, new int[] {0}, 0.5f);
        assertArrayEquals(cloud.xyz(), WorkerProtocol.getFloats(b));
        assertArrayEquals(cloud.normals(), WorkerProtocol.getFloats(b));
        assertArrayEquals(new int[] {1}, WorkerProtocol.getInts(b));
        assertArrayEquals(new int[] {0}, WorkerProtocol.getInts(b));
        assertEquals(0.5f, b.getFloat());
        assertEquals(0, b.remaining());

        ByteBuffer answer = ByteBuffer.allocate(4 + WorkerProtocol.sizeOf(new float[6]));
        answer.putInt(3);
        WorkerProtocol.putFloats(answer, new float[] {1, 2, 3, 4, 5, 6});
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, WorkerMessages.embedding(answer.flip(), 2));
        ModelException e = assertThrows(ModelException.class, () -> WorkerMessages.embedding(answer.rewind(), 3));
        assertEquals("the model process returned 6 floats for 3 points × 3", e.getMessage());
    }

    @Test
    void errorStatusesBecomeTheExceptionsOfTheInProcessModel() {
        assertInstanceOf(ModelException.class, WorkerMessages.error(WorkerProtocol.ERR_MODEL, "m"));
        assertInstanceOf(IllegalArgumentException.class, WorkerMessages.error(WorkerProtocol.ERR_ARGUMENT, "a"));
        assertInstanceOf(
                UnsupportedOperationException.class, WorkerMessages.error(WorkerProtocol.ERR_UNSUPPORTED, "u"));
        assertEquals(
                "the model process failed: x",
                WorkerMessages.error(WorkerProtocol.ERR_INTERNAL, "x").getMessage());
        assertEquals("was killed by signal 9 (SIGKILL, exit code 137)", WorkerMessages.describeExit(137));
        assertEquals("was killed by signal 11 (SIGSEGV, exit code 139)", WorkerMessages.describeExit(139));
        assertEquals("exited with code 1", WorkerMessages.describeExit(1));
    }

    @Test
    void classPathEntriesAreFoundBehindJarAndNetBeansUrls() {
        assertEquals(
                Path.of("/opt/app/modules/ext/x/tf-model.jar"),
                WorkerClasspath.fromUrl(
                        "nbjcl:file:/opt/app/modules/ext/x/tf-model.jar!/org/a/B.class", "org/a/B.class"));
        assertEquals(
                Path.of("/w/target/classes"),
                WorkerClasspath.fromUrl("file:/w/target/classes/org/a/B.class", "org/a/B.class"));
        assertNull(WorkerClasspath.fromUrl("jrt:/java.base/java/lang/Object.class", "java/lang/Object.class"));
    }

    @Test
    void withoutTfModelTheClassPathCannotBeAssembledAndSaysWhatIsMissing() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> WorkerClasspath.resolve(getClass().getClassLoader()));
        assertTrue(e.getMessage().contains("tf-model (org/iseg3d/tf/worker/ModelWorker.class)"), e.getMessage());
        assertFalse(e.getMessage().contains("model-client ("), e.getMessage());
    }
}
