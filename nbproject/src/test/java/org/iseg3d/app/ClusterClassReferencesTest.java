package org.iseg3d.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packaging test of the ASSEMBLED editor ({@code target/iseg3d}, not the Maven class path): every class that the
 * Part Segmentation module's jar and the jars of its {@code Class-Path} ({@code modules/ext/org.iseg3d.editor/…})
 * reference must exist in the built application — the module and its extensions, the jME stand-in modules and their
 * extensions, the platform cluster's jars — or in the JDK. References are read from the class files' constant pools
 * (class entries and the types in field/method descriptors). It would have caught issue 13's
 * {@code NoClassDefFoundError: de/javagl/jgltf/model/GltfModel} on Export glTF….
 *
 * <p>{@link #NOT_LOADED_IN_THE_EDITOR} lists the packages whose references are not checked, and
 * {@link #OPTIONAL} the referenced packages that may be missing, each with its reason.
 */
class ClusterClassReferencesTest {

    /** The assembled application ({@code -Diseg3d.app} to check another one, e.g. an older build). */
    private static final Path APP =
            Path.of(System.getProperty("iseg3d.app", "target/iseg3d")).toAbsolutePath();

    private static final String MODULE_JAR = "iseg3d/modules/org-iseg3d-editor.jar";

    /** Referencing packages (class-file prefixes) that the editor never loads, with the reason. */
    static final Map<String, String> NOT_LOADED_IN_THE_EDITOR = Map.of(
            // none since the command line left engine-bridge for iseg-cli (it referenced picocli, progressbar and
            // test-scenes, which the editor does not bundle); e.g. "org/iseg3d/bridge/cli/", "command line only"
            );

    /** Referenced packages (prefixes) that may be absent, with the reason: optional integrations of libraries. */
    static final Map<String, String> OPTIONAL = Map.ofEntries(
            Map.entry("org/osgi/", "log4j-api, jackson: OSGi activators/bundle lookups, used only inside OSGi"),
            Map.entry("org/apache/logging/log4j/core/", "log4j-api: optional log4j-core lookups (we route to JUL)"),
            Map.entry("com/conversantmedia/", "log4j: optional disruptor queue"),
            Map.entry("org/jspecify/", "annotations only (not needed at run time)"),
            Map.entry("edu/umd/cs/findbugs/", "SpotBugs annotations only"),
            Map.entry("javax/annotation/", "JSR-305 annotations only"),
            Map.entry("aQute/bnd/", "bnd annotations only"),
            Map.entry("org/joda/", "jackson-databind: optional Joda-Time support"),
            Map.entry("org/w3c/dom/bootstrap/", "jackson-databind: optional DOM bootstrap lookup"));

    @Test
    void everyClassTheModuleReferencesIsInTheBuiltApplication() throws IOException {
        Path moduleJar = APP.resolve(MODULE_JAR);
        assertTrue(Files.isRegularFile(moduleJar), "the application was not assembled: " + moduleJar);

        List<Path> checked = withClassPath(moduleJar);
        Set<String> available = new HashSet<>();
        try (Stream<Path> jars = Files.walk(APP)) {
            for (Path j : (Iterable<Path>)
                    jars.filter(p -> p.toString().endsWith(".jar") && onEditorsClassPath(p))::iterator) {
                available.addAll(classNames(j));
            }
        }
        Map<String, Set<String>> missing = new TreeMap<>();
        int refs = 0;
        for (Path jar : checked) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                for (JarEntry e : (Iterable<JarEntry>) jf.stream()::iterator) {
                    String n = e.getName();
                    if (!n.endsWith(".class")
                            || n.startsWith("META-INF/")
                            || n.endsWith("module-info.class")
                            || startsWithAny(n, NOT_LOADED_IN_THE_EDITOR.keySet())) {
                        continue;
                    }
                    Set<String> used;
                    try (InputStream in = jf.getInputStream(e)) {
                        used = referencedClasses(in);
                    }
                    for (String r : used) {
                        refs++;
                        if (!available.contains(r) && !inJdk(r) && !startsWithAny(r, OPTIONAL.keySet())) {
                            missing.computeIfAbsent(r, k -> new TreeSet<>())
                                    .add(jar.getFileName() + "!" + n.replace(".class", ""));
                        }
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder();
        missing.forEach((cls, from) -> report.append('\n')
                .append(cls)
                .append("  ← ")
                .append(from.size() > 3 ? from.stream().limit(3).toList() + " … (" + from.size() + ")" : from));
        System.out.printf(
                "[cluster-classes] %d jars checked (%s), %d references, %d missing%n",
                checked.size(),
                checked.stream().map(p -> p.getFileName().toString()).toList(),
                refs,
                missing.size());
        assertEquals(
                0,
                missing.size(),
                "classes referenced by the editor module but not in the built application " + APP + ":" + report);
    }

    /** The module jar and the jars of its manifest {@code Class-Path}, which must all exist. */
    private static List<Path> withClassPath(Path moduleJar) throws IOException {
        List<Path> jars = new ArrayList<>(List.of(moduleJar));
        Manifest mf;
        try (JarFile jf = new JarFile(moduleJar.toFile())) {
            mf = jf.getManifest();
        }
        String cp = mf.getMainAttributes().getValue("Class-Path");
        assertTrue(cp != null && !cp.isBlank(), "no Class-Path in " + moduleJar);
        for (String entry : cp.trim().split("\\s+")) {
            Path p = moduleJar.getParent().resolve(entry).normalize();
            assertTrue(Files.isRegularFile(p), "Class-Path entry " + entry + " of " + moduleJar + " is missing");
            jars.add(p);
        }
        return jars;
    }

    /**
     * Whether classes of a jar of the application can be seen by the editor module: everything but other modules'
     * extensions — the TensorFlow module's {@code ext/org.iseg3d.tfworker/} jars are files for the model process,
     * never loaded in the editor, so they must not hide a jar missing from the editor's own Class-Path.
     */
    private static boolean onEditorsClassPath(Path jar) {
        String p = APP.relativize(jar).toString().replace('\\', '/');
        int ext = p.indexOf("/modules/ext/");
        if (ext < 0) {
            return true;
        }
        String owner = p.substring(ext + "/modules/ext/".length());
        return owner.startsWith("org.iseg3d.editor/")
                || owner.startsWith("com.jme3.gde.core.baselibs/")
                || owner.startsWith("com.jme3.gde.core.libraries/");
    }

    private static Set<String> classNames(Path jar) throws IOException {
        Set<String> names = new HashSet<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            jf.stream()
                    .map(JarEntry::getName)
                    .filter(n -> n.endsWith(".class"))
                    .map(n -> n.startsWith("META-INF/versions/") ? n.replaceFirst("^META-INF/versions/\\d+/", "") : n)
                    .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
        } catch (java.util.zip.ZipException e) {
            // not a jar (e.g. a native bundle): no classes
        }
        return names;
    }

    private static boolean inJdk(String internalName) {
        return ClassLoader.getPlatformClassLoader().getResource(internalName + ".class") != null;
    }

    private static boolean startsWithAny(String s, Set<String> prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([^;<>]+);");

    /**
     * The classes a class file refers to (internal names): {@code CONSTANT_Class} entries (array types reduced to
     * their element) and the object types in field and method descriptors ({@code CONSTANT_NameAndType},
     * {@code CONSTANT_MethodType}).
     */
    static Set<String> referencedClasses(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classIdx = new ArrayList<>();
        List<Integer> descIdx = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classIdx.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> {
                    int idx = in.readUnsignedShort();
                    if (tag == 16) {
                        descIdx.add(idx);
                    }
                }
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 9, 10, 11, 17, 18 -> in.readInt();
                case 12 -> {
                    in.readUnsignedShort();
                    descIdx.add(in.readUnsignedShort());
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int idx : classIdx) {
            String n = utf8[idx];
            if (n.startsWith("[")) {
                addDescriptorTypes(n, out);
            } else {
                out.add(n);
            }
        }
        for (int idx : descIdx) {
            addDescriptorTypes(utf8[idx], out);
        }
        return out;
    }

    private static void addDescriptorTypes(String descriptor, Set<String> out) {
        Matcher m = DESCRIPTOR_CLASS.matcher(descriptor);
        while (m.find()) {
            out.add(m.group(1));
        }
    }
}
