package org.iseg3d.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.scenes.GlbWriter;
import org.iseg3d.scenes.SceneObject;

/**
 * Builds the real-object benchmark: reads the CC0/CC-BY furniture libraries, turns each OBJ's groups into parts
 * ({@link PartSplitter}), and writes {@code OUT/<split>/<category>/<name>.glb} with one node per part, plus
 * {@code OUT/manifest.json} and {@code OUT/CREDITS.md}. Single-threaded; the output's train/eval folders are
 * replaced.
 */
public final class CorpusBuilder {

    /** The default output folder (git-ignored), relative to the repository root. */
    public static final Path DEFAULT_OUT = Path.of("corpus");

    private static final Logger LOG = LogManager.getLogger(CorpusBuilder.class);

    private final Path out;
    private final PartRules rules;
    private final SplitRule splitRule;
    private final CorpusReport report = new CorpusReport();
    private final Set<String> names = new HashSet<>();
    private final Set<String> models = new HashSet<>();

    private CorpusBuilder(Path out, PartRules rules, SplitRule splitRule) {
        this.out = out;
        this.rules = rules;
        this.splitRule = splitRule;
    }

    /**
     * Converts the libraries in {@code input} (a .deb, a folder, or one .sh3f) into {@code outDir}.
     *
     * @return what was kept and skipped
     */
    public static CorpusReport build(Path input, Path outDir, PartRules rules, SplitRule split) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(outDir);
        for (String s : List.of(SplitRule.TRAIN, SplitRule.EVAL)) {
            deleteTree(outDir.resolve(s));
        }
        CorpusBuilder b = new CorpusBuilder(outDir, rules, split);
        for (Path library : LibraryLocator.libraries(input, outDir.resolve("unpacked"))) {
            b.library(library);
        }
        String source = input.getFileName().toString();
        CorpusWriters.manifest(outDir, b.report, rules, split, source);
        CorpusWriters.credits(outDir, b.report, source);
        b.report.millis((System.nanoTime() - start) / 1_000_000);
        return b.report;
    }

    /** {@code main [INPUT [OUT]]}: INPUT defaults to downloading the package into OUT/download; OUT to corpus/. */
    public static void main(String[] args) throws IOException {
        Path out = args.length > 1 ? Path.of(args[1]) : DEFAULT_OUT;
        Path input = args.length > 0 ? Path.of(args[0]) : LibraryLocator.download(out.resolve("download"));
        CorpusReport report = build(input, out, PartRules.DEFAULT, SplitRule.DEFAULT);
        System.out.print(report.toText());
        System.out.println("written to " + out.toAbsolutePath());
    }

    private void library(Path path) throws IOException {
        try (LibraryFiles files = LibraryFiles.of(path)) {
            Optional<InputStream> in = files.open(Catalog.FILE);
            if (in.isEmpty()) {
                LOG.warn("{}: no {}, skipped", path, Catalog.FILE);
                return;
            }
            Catalog catalog;
            try (InputStream s = in.get()) {
                catalog = Catalog.read(s);
            }
            Optional<Licence> licence = Licence.classify(catalog.license());
            if (licence.isEmpty()) {
                licence = files.open("LICENSE.TXT").map(CorpusBuilder::text).flatMap(Licence::classify);
            }
            String library = catalog.name().isBlank() ? path.getFileName().toString() : catalog.name();
            for (Catalog.Entry e : catalog.entries()) {
                report.piece(library);
                if (licence.isEmpty()) {
                    report.skipped("library licence not CC0/CC-BY", 0);
                    continue;
                }
                piece(files, catalog, library, licence.get(), e);
            }
            LOG.info("{}: {} pieces, licence {}", library, catalog.entries().size(), licence.map(Licence::id));
        }
    }

    private void piece(LibraryFiles files, Catalog catalog, String library, Licence libraryLicence, Catalog.Entry e)
            throws IOException {
        Optional<ModelLicence> own = ModelLicence.near(files, e.model());
        if (own.isPresent() && own.get().licence().isEmpty()) {
            report.skipped("model licence not CC0/CC-BY", 0);
            return;
        }
        Licence licence = own.flatMap(ModelLicence::licence).orElse(libraryLicence);
        if (!e.model().toLowerCase(Locale.ROOT).endsWith(".obj")) {
            report.skipped("not an OBJ model", 0);
            return;
        }
        Optional<InputStream> in = files.open(e.model());
        if (in.isEmpty()) {
            report.skipped("model file missing", 0);
            return;
        }
        byte[] bytes;
        try (InputStream s = in.get()) {
            bytes = s.readAllBytes();
        }
        if (!models.add(Digest.sha256(bytes))) {
            report.skipped("duplicate model (same OBJ bytes as an earlier piece)", 0);
            return;
        }
        ObjMesh mesh;
        try {
            mesh = ObjParser.parse(
                    new ByteArrayInputStream(bytes), files.origin().getFileName() + "!" + e.model());
            report.lineFaces(mesh.lineFaces());
        } catch (ObjFormatException ex) {
            LOG.warn("skipped: {}", ex.getMessage());
            report.error("unreadable OBJ", ex.getMessage());
            return;
        }
        PartSplit split = PartSplitter.split(mesh, rules);
        if (!split.kept()) {
            report.skipped(split.rejection().text(), split.droppedSmall());
            return;
        }
        String id = catalog.id() + "/" + e.id();
        String category = Slug.of(e.category());
        String name = uniqueName(Slug.of(library.replace(" catalog", "")) + "_" + Slug.of(localId(e.id())));
        String set = splitRule.splitOf(id);
        Path file = out.resolve(set).resolve(category).resolve(name + ".glb");
        var parts = PartMeshes.build(mesh, split, e.rotation(), e.size());
        GlbWriter.write(new SceneObject(category, name, parts), file);
        String credit = own.map(ModelLicence::author).filter(a -> !a.isBlank()).orElse(e.creator());
        String source = own.map(ModelLicence::url).filter(u -> !u.isBlank()).orElse(library + ": " + catalog.license());
        report.kept(new CorpusObject(
                id,
                e.name(),
                library,
                category,
                set,
                out.relativize(file).toString(),
                parts.stream().map(p -> p.name()).toList(),
                split.groups(),
                split.mergedByMaterial(),
                split.droppedSmall(),
                parts.stream().mapToInt(p -> p.triangleCount()).sum(),
                licence,
                credit,
                own.map(ModelLicence::title).orElse(""),
                source));
    }

    private static String localId(String id) {
        int hash = id.lastIndexOf('#');
        return hash >= 0 ? id.substring(hash + 1) : id;
    }

    private String uniqueName(String base) {
        String name = base;
        for (int k = 2; !names.add(name); k++) {
            name = base + "_" + k;
        }
        return name;
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
