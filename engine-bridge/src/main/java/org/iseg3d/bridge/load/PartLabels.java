package org.iseg3d.bridge.load;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Ground-truth part of every triangle (and Geometry) of a {@link TriangleSoup}. The segmentation never reads it: it
 * is the evaluation's answer key, kept apart from the welded triangle soup the method sees (issue 12).
 *
 * <p>A glTF model whose meshes carry the per-vertex attribute {@code _PART} ({@link GltfPartAttribute}, written by
 * {@code iseg3d export --merge}) takes its parts from it, per triangle, whatever its Geometries.
 *
 * <p>Without a sidecar, each Geometry belongs to the part named by {@link SourceGeometry#defaultPartName()} (glTF
 * node name, OBJ group, Ogre submesh name, j3o Geometry name or its sole-parent Node name). With a sidecar
 * {@code <model file>.parts.json} (e.g. {@code chair.glb.parts.json}) the parts are exactly those listed there:
 * <pre>{@code
 * {"parts": [
 *   {"name": "seat", "geometries": ["seat_top", "seat_cushion"]},
 *   {"name": "legs", "geometries": ["chair/legs"]}
 * ]}
 * }</pre>
 * An entry matches a Geometry when it equals the Geometry's name, its default part name, or a
 * {@code /}-aligned suffix of the node path of the Geometry or of one of its ancestors (so a Node name selects every
 * Geometry below it). Geometries not matched are {@link #UNLABELLED} (excluded from evaluation). An entry that
 * matches nothing, a Geometry claimed by two parts, duplicate part names and malformed JSON are errors naming the
 * JSON file.
 *
 * @param partNames      names of the parts, indexed by part id
 * @param partOfGeometry part id per {@link TriangleSoup#geometries() Geometry}, or {@link #UNLABELLED} (also for a
 *                       Geometry whose {@code _PART} triangles belong to several parts)
 * @param partOfTriangle part id per soup triangle, or {@link #UNLABELLED}: the ground truth used for sampling and
 *                       scoring
 * @param sidecar        the {@code .parts.json} the labels came from, or null for default labels
 */
public record PartLabels(List<String> partNames, int[] partOfGeometry, int[] partOfTriangle, Path sidecar) {

    /** Part id of points on Geometries no part claims; such points are excluded from evaluation. */
    public static final int UNLABELLED = -1;

    /** Suffix appended to the model file name to find its sidecar. */
    public static final String SIDECAR_SUFFIX = ".parts.json";

    private static final Logger LOG = LogManager.getLogger(PartLabels.class);

    public PartLabels {
        partNames = List.copyOf(partNames);
        for (int[] ids : new int[][] {partOfGeometry, partOfTriangle}) {
            for (int p : ids) {
                if (p < UNLABELLED || p >= partNames.size()) {
                    throw new IllegalArgumentException("part id " + p + " out of range");
                }
            }
        }
    }

    /** The sidecar path for a model file: {@code chair.glb} → {@code chair.glb.parts.json}. */
    public static Path sidecarOf(Path modelFile) {
        return modelFile.resolveSibling(modelFile.getFileName().toString() + SIDECAR_SUFFIX);
    }

    /** Labels from the model's sidecar if it exists, else the default labels ({@code _PART} if present). */
    public static PartLabels forModel(Path modelFile, TriangleSoup soup) throws ModelLoadException {
        Path sidecar = sidecarOf(modelFile);
        return Files.isRegularFile(sidecar) ? fromSidecar(sidecar, soup) : defaults(soup);
    }

    /**
     * The parts of the glTF attribute {@code _PART} when some Geometry carries it, else one part per distinct
     * {@link SourceGeometry#defaultPartName()}, in order of first appearance.
     */
    public static PartLabels defaults(TriangleSoup soup) {
        if (TriangleParts.hasPartAttribute(soup)) {
            return TriangleParts.fromAttribute(soup);
        }
        Map<String, Integer> ids = new LinkedHashMap<>();
        int[] part = new int[soup.geometries().size()];
        for (SourceGeometry g : soup.geometries()) {
            part[g.index()] = ids.computeIfAbsent(g.defaultPartName(), k -> ids.size());
        }
        return new PartLabels(new ArrayList<>(ids.keySet()), part, TriangleParts.ofGeometries(soup, part), null);
    }

    /** Labels read from a {@code .parts.json} file (format in the class comment). */
    public static PartLabels fromSidecar(Path json, TriangleSoup soup) throws ModelLoadException {
        String label = json.getFileName().toString();
        JsonElement doc;
        try {
            doc = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ModelLoadException(label + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (JsonParseException | IllegalStateException e) {
            LOG.debug("{}: JSON error", label, e);
            throw new ModelLoadException(label + ": not valid JSON (" + rootMessage(e) + ")", e);
        }
        if (!doc.isJsonObject()
                || !doc.getAsJsonObject().has("parts")
                || !doc.getAsJsonObject().get("parts").isJsonArray()) {
            throw new ModelLoadException(label + ": expected an object {\"parts\": [...]}");
        }
        JsonArray parts = doc.getAsJsonObject().getAsJsonArray("parts");
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] partOf = new int[soup.geometries().size()];
        Arrays.fill(partOf, UNLABELLED);
        for (int p = 0; p < parts.size(); p++) {
            JsonElement e = parts.get(p);
            if (!e.isJsonObject()) {
                throw new ModelLoadException(label + ": parts[" + p + "] is not an object");
            }
            JsonObject o = e.getAsJsonObject();
            String name = string(o.get("name"));
            if (name == null || name.isBlank()) {
                throw new ModelLoadException(label + ": parts[" + p + "] needs a non-empty string \"name\"");
            }
            if (!seen.add(name)) {
                throw new ModelLoadException(label + ": part name '" + name + "' appears twice");
            }
            JsonElement geoms = o.get("geometries");
            if (geoms == null || !geoms.isJsonArray() || geoms.getAsJsonArray().isEmpty()) {
                throw new ModelLoadException(
                        label + ": part '" + name + "' needs a non-empty array \"geometries\" of names");
            }
            names.add(name);
            for (JsonElement ge : geoms.getAsJsonArray()) {
                String entry = string(ge);
                if (entry == null || entry.isBlank()) {
                    throw new ModelLoadException(
                            label + ": part '" + name + "' has a geometry entry that is not a" + " non-empty string");
                }
                boolean any = false;
                for (SourceGeometry g : soup.geometries()) {
                    if (!g.matches(entry)) {
                        continue;
                    }
                    any = true;
                    int prev = partOf[g.index()];
                    if (prev != UNLABELLED && prev != p) {
                        throw new ModelLoadException(label + ": geometry '" + g.path() + "' is claimed by parts '"
                                + names.get(prev) + "' and '" + name + "'");
                    }
                    partOf[g.index()] = p;
                }
                if (!any) {
                    throw new ModelLoadException(label + ": part '" + name + "' lists '" + entry
                            + "', which matches no geometry of " + soup.fileName() + " (known: "
                            + known(soup) + ")");
                }
            }
        }
        if (names.isEmpty()) {
            throw new ModelLoadException(label + ": lists no parts");
        }
        int unlabelled = 0;
        for (int p : partOf) {
            if (p == UNLABELLED) {
                unlabelled++;
            }
        }
        if (unlabelled > 0) {
            LOG.debug("{}: {} geometries not listed, unlabelled", label, unlabelled);
        }
        return new PartLabels(names, partOf, TriangleParts.ofGeometries(soup, partOf), json);
    }

    private static String string(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e.getMessage();
    }

    private static String known(TriangleSoup soup) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (SourceGeometry g : soup.geometries()) {
            if (shown == 12) {
                sb.append(", ...");
                break;
            }
            if (shown++ > 0) {
                sb.append(", ");
            }
            sb.append(g.path());
        }
        return sb.toString();
    }
}
