package org.iseg3d.modelclient;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The class path of the model process, found from where the classes it needs are installed: the code-source jar
 * (or classes folder) of one marker resource per library, looked up as resources (the classes are not loaded, so
 * TensorFlow's native library is never loaded in the calling JVM). This works wherever the libraries are plain jars
 * or folders: a Maven class path, the {@code iseg3d} launcher's {@code target/lib}, and a NetBeans module's
 * {@code modules/ext/…} Class-Path extensions. The TensorFlow native jar (a classifier jar without classes) is found
 * by its library resource, or else as a sibling {@code tensorflow-core-native-*.jar} of the API part.
 */
public final class WorkerClasspath {

    /** Libraries the worker cannot run without: resource → what it is (for the error message). */
    private static final String[][] REQUIRED = {
        {"org/iseg3d/tf/worker/ModelWorker.class", "tf-model"},
        {"org/iseg3d/modelclient/WorkerProtocol.class", "model-client"},
        {"org/iseg3d/core/cloud/PointCloud.class", "iseg-core"},
        {"org/tensorflow/TensorFlow.class", "tensorflow-core-api"},
        {"org/tensorflow/ndarray/NdArray.class", "tensorflow ndarray"},
        {"org/tensorflow/internal/c_api/global/tensorflow.class", "tensorflow-core-native"},
        {"org/bytedeco/javacpp/Loader.class", "javacpp"},
        {"com/google/protobuf/Message.class", "protobuf-java"},
        {"com/fasterxml/jackson/databind/ObjectMapper.class", "jackson-databind"},
        {"com/fasterxml/jackson/core/JsonFactory.class", "jackson-core"},
        {"com/fasterxml/jackson/annotation/JsonProperty.class", "jackson-annotations"},
        {"org/apache/logging/log4j/LogManager.class", "log4j-api"},
    };

    /** Taken along when present: iseg-core's other libraries, a Log4j backend, tensorflow-framework. */
    private static final String[] OPTIONAL = {
        "org/tensorflow/framework/optimizers/Optimizer.class",
        "org/jgrapht/Graph.class",
        "org/jheaps/AddressableHeap.class",
        "org/apfloat/Apfloat.class",
        "org/apache/logging/log4j/core/LoggerContext.class",
        "org/apache/logging/log4j/tojul/JULLoggerContextFactory.class",
    };

    private static final String NATIVE_API_JAR = "tensorflow-core-native";

    private WorkerClasspath() {}

    /** The class path entries for the worker, as visible to {@code loader}. */
    public static List<Path> resolve(ClassLoader loader) {
        Set<Path> out = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (String[] r : REQUIRED) {
            Path p = locate(loader, r[0]);
            if (p == null) {
                missing.add(r[1] + " (" + r[0] + ")");
            } else {
                out.add(p);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot assemble the model process class path: not found from " + loader
                    + ": " + String.join(", ", missing));
        }
        for (String r : OPTIONAL) {
            Path p = locate(loader, r);
            if (p != null) {
                out.add(p);
            }
        }
        Path nativeJar = null;
        for (String lib : nativeLibraryResources()) {
            nativeJar = locate(loader, lib);
            if (nativeJar != null) {
                break;
            }
        }
        if (nativeJar == null) {
            nativeJar = nativeSibling(locate(loader, REQUIRED[5][0]));
        }
        if (nativeJar == null) {
            throw new IllegalStateException("cannot assemble the model process class path: the TensorFlow native "
                    + "library jar (tensorflow-core-native-<platform>.jar) was not found for " + platform());
        }
        out.add(nativeJar);
        return List.copyOf(out);
    }

    /**
     * The class path entries for the worker from the jars under {@code folder} (searched recursively), e.g. the
     * {@code modules/ext/…} folder of an installed TensorFlow module: the same selection as {@link #resolve}, made
     * by a class loader over those jars alone.
     *
     * @throws IllegalStateException when a required library is not among them
     */
    public static List<Path> resolve(Path folder) {
        List<URL> jars = new ArrayList<>();
        try (var files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>)
                    files.filter(f -> f.toString().endsWith(".jar")).sorted()::iterator) {
                jars.add(p.toUri().toURL());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the model process libraries in " + folder + ": " + e, e);
        }
        try (URLClassLoader l = new URLClassLoader(jars.toArray(URL[]::new), null)) {
            return resolve(l);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the model process libraries in " + folder + ": " + e, e);
        }
    }

    /** The entries joined with the platform's path separator. */
    public static String join(List<Path> entries) {
        return String.join(
                File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    /** The jar or folder that holds {@code resource}, or null. */
    static Path locate(ClassLoader loader, String resource) {
        URL u = loader.getResource(resource);
        if (u == null) {
            return null;
        }
        Path p = fromUrl(u.toString(), resource);
        if (p == null && resource.endsWith(".class")) {
            try { // not initialised: static initialisers (TensorFlow's native loading) do not run
                Class<?> c = Class.forName(
                        resource.substring(0, resource.length() - 6).replace('/', '.'), false, loader);
                var cs = c.getProtectionDomain().getCodeSource();
                if (cs != null && cs.getLocation() != null) {
                    p = Path.of(cs.getLocation().toURI());
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException | java.net.URISyntaxException e) {
                return null;
            }
        }
        return p;
    }

    /**
     * {@code jar:file:/x/lib.jar!/res} → /x/lib.jar; {@code file:/x/classes/res} → /x/classes; other wrappers around
     * a {@code file:} URL (NetBeans' {@code nbjcl:}) the same way. Null when there is no file behind it.
     */
    static Path fromUrl(String url, String resource) {
        int f = url.indexOf("file:");
        if (f < 0) {
            return null;
        }
        try {
            int bang = url.indexOf("!/", f);
            if (bang >= 0) {
                return Path.of(URI.create(url.substring(f, bang)));
            }
            if (url.endsWith(resource)) {
                return Path.of(URI.create(url.substring(f, url.length() - resource.length())));
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
        return null;
    }

    private static Path nativeSibling(Path apiJar) {
        if (apiJar == null || !Files.isRegularFile(apiJar)) {
            return null;
        }
        String name = apiJar.getFileName().toString();
        String base = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
        if (!base.startsWith(NATIVE_API_JAR)) {
            return null;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(apiJar.getParent(), base + "-*.jar")) {
            for (Path p : ds) {
                return p;
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static List<String> nativeLibraryResources() {
        String dir = "org/tensorflow/internal/c_api/" + platform() + "/";
        return List.of(dir + "libjnitensorflow.so", dir + "libjnitensorflow.dylib", dir + "jnitensorflow.dll");
    }

    /** JavaCPP's platform name, e.g. {@code linux-x86_64}. */
    public static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macosx" : "linux";
        String a =
                switch (arch) {
                    case "amd64", "x86_64", "x86-64" -> "x86_64";
                    case "aarch64", "arm64" -> "arm64";
                    default -> arch;
                };
        return o + "-" + a;
    }

    /** The java launcher of the running JVM. */
    public static Path javaExecutable() {
        Path home = Path.of(
                System.getProperty("java.home"),
                "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        if (Files.isExecutable(home)) {
            return home;
        }
        return ProcessHandle.current()
                .info()
                .command()
                .map(Path::of)
                .orElseThrow(() -> new IllegalStateException(
                        "cannot find the java launcher (java.home=" + System.getProperty("java.home") + ")"));
    }
}
