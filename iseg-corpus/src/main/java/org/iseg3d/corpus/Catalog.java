package org.iseg3d.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * A Sweet Home 3D {@code PluginFurnitureCatalog.properties}: the library header ({@code id}, {@code name},
 * {@code license}) and one {@link Entry} per piece ({@code id#N}, {@code name#N}, {@code category#N},
 * {@code model#N}, {@code creator#N}, {@code modelRotation#N}, {@code width#N}/{@code depth#N}/{@code height#N}).
 */
public record Catalog(String id, String name, String license, List<Entry> entries) {

    /** The catalog file name inside a library. */
    public static final String FILE = "PluginFurnitureCatalog.properties";

    public Catalog {
        entries = List.copyOf(entries);
    }

    /**
     * One piece of furniture.
     *
     * @param rotation model rotation (row-major 3×3) or null for none
     * @param size     width, depth, height in centimetres (NaN when missing)
     */
    public record Entry(
            int index,
            String id,
            String name,
            String category,
            String model,
            String creator,
            float[] rotation,
            float[] size) {}

    /** Reads a catalog (Java properties: ISO-8859-1 with unicode escapes). */
    public static Catalog read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        TreeSet<Integer> indices = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("id#")) {
                try {
                    indices.add(Integer.parseInt(key.substring(3)));
                } catch (NumberFormatException e) {
                    // a localized or malformed key, not a piece
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (int i : indices) {
            String model = p.getProperty("model#" + i);
            if (model == null) {
                continue;
            }
            entries.add(new Entry(
                    i,
                    p.getProperty("id#" + i),
                    p.getProperty("name#" + i, p.getProperty("id#" + i)),
                    p.getProperty("category#" + i, "Miscellaneous"),
                    model.strip(),
                    p.getProperty("creator#" + i, ""),
                    rotation(p.getProperty("modelRotation#" + i)),
                    new float[] {number(p, "width#" + i), number(p, "depth#" + i), number(p, "height#" + i)}));
        }
        return new Catalog(p.getProperty("id", ""), p.getProperty("name", ""), p.getProperty("license", ""), entries);
    }

    private static float number(Properties p, String key) {
        try {
            return Float.parseFloat(p.getProperty(key, "NaN").strip());
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }

    private static float[] rotation(String value) {
        if (value == null) {
            return null;
        }
        String[] t = value.strip().split("\\s+");
        if (t.length != 9) {
            return null;
        }
        float[] m = new float[9];
        try {
            for (int k = 0; k < 9; k++) {
                m[k] = Float.parseFloat(t[k]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return m;
    }
}
