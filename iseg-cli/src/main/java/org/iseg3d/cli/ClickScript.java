package org.iseg3d.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.iseg3d.bench.JsonFiles;
import org.iseg3d.bench.Methods;

/**
 * A recorded click script, replayed by {@code iseg3d segment} and written by {@code iseg3d clicks}: the parts of a
 * model, each a list of positive/negative clicks at world positions (and optionally a negative scribble).
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "model": "chair_01.glb",          // optional, informational
 *   "method": "xyz",                  // optional: default for --method (learned, fpfh, heatmap, xyz)
 *   "points": 4096, "seed": 1,        // optional: defaults for --points and --seed
 *   "parts": [
 *     {"name": "seat",
 *      "clicks": [{"p": [0.01, 0.45, 0.02], "positive": true}, {"p": [0.0, 0.9, -0.2], "positive": false}],
 *      "scribble": [[0.1, 0.2, 0.3], [0.1, 0.25, 0.3]]}     // optional: negative clicks in one step
 *   ]
 * }
 * }</pre>
 * Rules: {@code version} is 1 if absent; {@code parts} is a non-empty array; each part has a unique non-blank
 * {@code name} and a {@code clicks} array with at least one positive click; {@code p} is three finite numbers in
 * world units (the scene's coordinates after its transforms); {@code positive} defaults to true. Parts are accepted
 * in file order, a later part taking over triangles an earlier one also selected. Unknown fields are ignored.
 *
 * @param version the format version, {@value #VERSION}
 * @param model   the model file name it was recorded on, or null
 * @param method  method name, or null
 * @param points  sampled points, or null
 * @param seed    sampling seed, or null
 * @param parts   the parts, in order
 */
record ClickScript(int version, String model, String method, Integer points, Long seed, List<PartScript> parts) {

    /** The format version this class reads and writes. */
    static final int VERSION = 1;

    /** One click: a world position and its polarity. */
    record ScriptClick(float[] p, boolean positive) {}

    /**
     * One part.
     *
     * @param name     part name (unique, non-blank)
     * @param clicks   clicks in order
     * @param scribble negative scribble positions (possibly empty)
     */
    record PartScript(String name, List<ScriptClick> clicks, List<float[]> scribble) {
        PartScript {
            clicks = List.copyOf(clicks);
            scribble = List.copyOf(scribble);
        }
    }

    ClickScript {
        parts = List.copyOf(parts);
    }

    /**
     * Reads and validates a script.
     *
     * @throws IllegalArgumentException one line starting with the file name: missing file, not JSON, a missing or
     *                                  malformed field, empty parts, duplicate names, a part without positive click
     */
    static ClickScript read(Path file) {
        String label = String.valueOf(file.getFileName());
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(label + ": no such file");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(label + ": not valid JSON (" + e.getOriginalMessage() + ", line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException(label + ": cannot read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw bad(label, "expected a JSON object with \"version\" and \"parts\"");
        }
        int version = VERSION;
        if (root.has("version")) {
            if (!root.get("version").isInt()) {
                throw bad(label, "\"version\" must be an integer");
            }
            version = root.get("version").asInt();
            if (version != VERSION) {
                throw bad(label, "unsupported version " + version + " (this iseg3d reads version " + VERSION + ")");
            }
        }
        String method = optText(root, "method", label);
        if (method != null && !Methods.NAMES_LIST.contains(method)) {
            throw bad(label, "unknown method '" + method + "'; choose one of " + Methods.NAMES);
        }
        Integer points = root.hasNonNull("points") ? positiveInt(root.get("points"), label, "\"points\"") : null;
        Long seed = null;
        if (root.hasNonNull("seed")) {
            if (!root.get("seed").canConvertToLong() || !root.get("seed").isIntegralNumber()) {
                throw bad(label, "\"seed\" must be an integer");
            }
            seed = root.get("seed").asLong();
        }
        JsonNode parts = root.get("parts");
        if (parts == null || parts.isNull()) {
            throw bad(label, "missing field \"parts\"");
        }
        if (!parts.isArray()) {
            throw bad(label, "\"parts\" must be an array");
        }
        if (parts.isEmpty()) {
            throw bad(label, "\"parts\" is empty: nothing to segment");
        }
        List<PartScript> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            JsonNode part = parts.get(i);
            String where = "parts[" + i + "]";
            if (!part.isObject()) {
                throw bad(label, where + " must be an object with \"name\" and \"clicks\"");
            }
            String name = optText(part, "name", label + ": " + where);
            if (name == null || name.isBlank()) {
                throw bad(label, where + ": missing field \"name\"");
            }
            name = name.strip();
            where += " (\"" + name + "\")";
            if (!names.add(name)) {
                throw bad(label, where + ": duplicate part name");
            }
            JsonNode clicks = part.get("clicks");
            if (clicks == null || clicks.isNull()) {
                throw bad(label, where + ": missing field \"clicks\"");
            }
            if (!clicks.isArray()) {
                throw bad(label, where + ": \"clicks\" must be an array");
            }
            List<ScriptClick> cs = new ArrayList<>();
            boolean anyPositive = false;
            for (int j = 0; j < clicks.size(); j++) {
                JsonNode c = clicks.get(j);
                String cw = where + ".clicks[" + j + "]";
                if (!c.isObject()) {
                    throw bad(label, cw + " must be an object {\"p\": [x, y, z], \"positive\": true|false}");
                }
                if (!c.has("p")) {
                    throw bad(label, cw + ": missing field \"p\"");
                }
                float[] p = point(c.get("p"), label, cw + ".p");
                boolean positive = true;
                if (c.has("positive")) {
                    if (!c.get("positive").isBoolean()) {
                        throw bad(label, cw + ": \"positive\" must be true or false");
                    }
                    positive = c.get("positive").asBoolean();
                }
                anyPositive |= positive;
                cs.add(new ScriptClick(p, positive));
            }
            if (!anyPositive) {
                throw bad(label, where + ": no positive click (a part needs at least one)");
            }
            List<float[]> scribble = new ArrayList<>();
            JsonNode sc = part.get("scribble");
            if (sc != null && !sc.isNull()) {
                if (!sc.isArray()) {
                    throw bad(label, where + ": \"scribble\" must be an array of [x, y, z]");
                }
                for (int j = 0; j < sc.size(); j++) {
                    scribble.add(point(sc.get(j), label, where + ".scribble[" + j + "]"));
                }
            }
            out.add(new PartScript(name, cs, scribble));
        }
        return new ClickScript(version, optText(root, "model", label), method, points, seed, out);
    }

    /** Writes the script as indented JSON (atomically: a temporary file in the folder, then a move). */
    void write(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("version", version);
        if (model != null) {
            root.put("model", model);
        }
        if (method != null) {
            root.put("method", method);
        }
        if (points != null) {
            root.put("points", points);
        }
        if (seed != null) {
            root.put("seed", seed);
        }
        ArrayNode ps = root.putArray("parts");
        for (PartScript p : parts) {
            ObjectNode pn = ps.addObject();
            pn.put("name", p.name());
            ArrayNode cs = pn.putArray("clicks");
            for (ScriptClick c : p.clicks()) {
                ObjectNode cn = cs.addObject();
                ArrayNode xyz = cn.putArray("p");
                for (float v : c.p()) {
                    xyz.add(v);
                }
                cn.put("positive", c.positive());
            }
            if (!p.scribble().isEmpty()) {
                ArrayNode sn = pn.putArray("scribble");
                for (float[] v : p.scribble()) {
                    sn.addArray().add(v[0]).add(v[1]).add(v[2]);
                }
            }
        }
        JsonFiles.write(root, file);
    }

    /** Number of clicks over all parts. */
    int clickCount() {
        return parts.stream().mapToInt(p -> p.clicks().size()).sum();
    }

    private static float[] point(JsonNode n, String label, String where) {
        if (n == null || !n.isArray() || n.size() != 3) {
            throw bad(label, where + " must be [x, y, z]");
        }
        float[] p = new float[3];
        for (int k = 0; k < 3; k++) {
            if (!n.get(k).isNumber() || !Float.isFinite((float) n.get(k).asDouble())) {
                throw bad(label, where + " must be three finite numbers");
            }
            p[k] = (float) n.get(k).asDouble();
        }
        return p;
    }

    private static Integer positiveInt(JsonNode n, String label, String field) {
        if (!n.isInt() || n.asInt() < 1) {
            throw bad(label, field + " must be a positive integer");
        }
        return n.asInt();
    }

    private static String optText(JsonNode n, String field, String label) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(label + ": \"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private static IllegalArgumentException bad(String label, String problem) {
        return new IllegalArgumentException(label + ": " + problem);
    }

    /** "(x, y, z)" with 4 significant digits, for messages. */
    static String format(float[] p) {
        Objects.requireNonNull(p);
        return String.format(Locale.ROOT, "(%.4g, %.4g, %.4g)", p[0], p[1], p[2]);
    }
}
