package org.iseg3d.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the groups of an {@link ObjMesh} into benchmark parts.
 * <ol>
 *   <li>Part = the {@code o} object of a triangle when the file has {@code o} statements, else its {@code g}
 *       group. (Kator Legaz files nest one {@code g} per material inside each {@code o}: the {@code o} is the part;
 *       Scopia uses only {@code o}, Blend Swap either.) Triangles before any statement form {@value #UNNAMED}.
 *       A group named {@code <object>_<its material>} (Kator Legaz files without {@code o}) is merged into
 *       {@code <object>} ({@link #objectName}); groups with the same name are one part.</li>
 *   <li>Parts below {@link PartRules#areaFloor()} of the object's surface are dropped.</li>
 *   <li>Still more parts than {@link PartRules#maxParts()}: parts whose dominant material (by area) is the same are
 *       merged into one part named after the material.</li>
 *   <li>Still more than {@code maxParts}, or fewer than {@code minParts}: the object is rejected.</li>
 * </ol>
 * Deterministic: parts keep the order of their first triangle in the file.
 */
public final class PartSplitter {

    /** Name of the part made of triangles before any {@code o}/{@code g} statement. */
    public static final String UNNAMED = "default";

    private PartSplitter() {}

    public static PartSplit split(ObjMesh mesh, PartRules rules) {
        int n = mesh.triangleCount();
        int[] key = mesh.usesObjects() ? mesh.objectOf() : mesh.groupOf();
        List<String> names = mesh.usesObjects() ? mesh.objectNames() : mesh.groupNames();
        double[] area = new double[n];
        double total = 0;
        for (int t = 0; t < n; t++) {
            area[t] = mesh.triangleArea(t);
            total += area[t];
        }
        if (!(total > 0)) {
            return new PartSplit(List.of(), 0, false, 0, PartSplit.Rejection.NO_SURFACE);
        }
        List<PartSplit.Part> parts = group(mesh, key, names, area);
        int groups = parts.size();
        if (groups < rules.minParts()) {
            return new PartSplit(List.of(), groups, false, 0, PartSplit.Rejection.TOO_FEW_GROUPS);
        }
        double floor = rules.areaFloor() * total;
        List<PartSplit.Part> kept = new ArrayList<>();
        for (PartSplit.Part p : parts) {
            if (p.area() >= floor) {
                kept.add(p);
            }
        }
        int dropped = parts.size() - kept.size();
        boolean merged = false;
        if (kept.size() > rules.maxParts()) {
            kept = mergeByMaterial(kept);
            merged = true;
        }
        PartSplit.Rejection why = kept.size() > rules.maxParts()
                ? PartSplit.Rejection.TOO_MANY_PARTS
                : kept.size() < rules.minParts() ? PartSplit.Rejection.TOO_FEW_PARTS : null;
        return new PartSplit(why == null ? kept : List.of(), groups, merged, dropped, why);
    }

    private static List<PartSplit.Part> group(ObjMesh mesh, int[] key, List<String> names, double[] area) {
        int keys = names.size();
        int[] count = new int[keys];
        for (int k : key) {
            count[k]++;
        }
        int[][] members = new int[keys][];
        int[] fill = new int[keys];
        int[] firstSeen = new int[keys];
        Arrays.fill(firstSeen, Integer.MAX_VALUE);
        for (int t = 0; t < key.length; t++) {
            int k = key[t];
            if (members[k] == null) {
                members[k] = new int[count[k]];
                firstSeen[k] = t;
            }
            members[k][fill[k]++] = t;
        }
        Integer[] order = new Integer[keys];
        for (int k = 0; k < keys; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(firstSeen[a], firstSeen[b]));
        List<PartSplit.Part> parts = new ArrayList<>();
        for (int k : order) {
            if (members[k] == null) {
                continue;
            }
            double sum = 0;
            Map<Integer, Double> byMaterial = new LinkedHashMap<>();
            for (int t : members[k]) {
                sum += area[t];
                byMaterial.merge(mesh.materialOf()[t], area[t], Double::sum);
            }
            int dominant = byMaterial.entrySet().stream()
                    .max((a, b) -> Double.compare(a.getValue(), b.getValue()))
                    .orElseThrow()
                    .getKey();
            String material = mesh.materialNames().get(dominant);
            parts.add(new PartSplit.Part(objectName(names.get(k), material), members[k], sum, material));
        }
        return mergeSameName(parts);
    }

    /**
     * The name of the object a group belongs to: a group named {@code <object>_<its material>} (Kator Legaz writes
     * one such group per material of an object) belongs to {@code <object>}; other groups are their own object.
     */
    static String objectName(String group, String material) {
        String name = group.strip();
        if (!material.isBlank() && name.length() > material.length() + 1 && name.endsWith("_" + material)) {
            name = name.substring(0, name.length() - material.length() - 1);
        }
        return name.isBlank() ? UNNAMED : name;
    }

    /** Merges parts with the same name (first appearance order); the dominant material is the largest part's. */
    private static List<PartSplit.Part> mergeSameName(List<PartSplit.Part> parts) {
        Map<String, List<PartSplit.Part>> byName = new LinkedHashMap<>();
        for (PartSplit.Part p : parts) {
            byName.computeIfAbsent(p.name(), m -> new ArrayList<>()).add(p);
        }
        List<PartSplit.Part> merged = new ArrayList<>();
        for (Map.Entry<String, List<PartSplit.Part>> e : byName.entrySet()) {
            merged.add(union(e.getKey(), e.getValue()));
        }
        return merged;
    }

    private static PartSplit.Part union(String name, List<PartSplit.Part> same) {
        if (same.size() == 1) {
            return same.get(0);
        }
        int size = same.stream().mapToInt(p -> p.triangles().length).sum();
        int[] triangles = new int[size];
        int at = 0;
        double area = 0;
        PartSplit.Part largest = same.get(0);
        for (PartSplit.Part p : same) {
            System.arraycopy(p.triangles(), 0, triangles, at, p.triangles().length);
            at += p.triangles().length;
            area += p.area();
            if (p.area() > largest.area()) {
                largest = p;
            }
        }
        Arrays.sort(triangles);
        return new PartSplit.Part(name, triangles, area, largest.material());
    }

    /** Merges parts with the same dominant material; the merged part is named after the material. */
    static List<PartSplit.Part> mergeByMaterial(List<PartSplit.Part> parts) {
        Map<String, List<PartSplit.Part>> byMaterial = new LinkedHashMap<>();
        for (PartSplit.Part p : parts) {
            byMaterial.computeIfAbsent(p.material(), m -> new ArrayList<>()).add(p);
        }
        List<PartSplit.Part> merged = new ArrayList<>();
        for (Map.Entry<String, List<PartSplit.Part>> e : byMaterial.entrySet()) {
            List<PartSplit.Part> same = e.getValue();
            String name = e.getKey().isBlank() ? UNNAMED : e.getKey();
            merged.add(same.size() == 1 ? same.get(0) : union(name, same));
        }
        return merged;
    }
}
