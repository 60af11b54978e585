package org.iseg3d.bridge.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.io.PartUserData;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.writeback.WriteBackScene;
import org.iseg3d.core.click.Mask;

/**
 * The parts a scene already carries when it is opened (saved after an earlier write-back: {@link PartUserData} on
 * part Nodes and Geometries, j3o user data or glTF extras), as the first state of a session: each label becomes a
 * {@link Part} with the triangles of its Geometries and the points sampled on them, so it shows, can be renamed,
 * deleted or merged like an accepted part, and the next part gets the largest id + 1.
 *
 * <p>Ids stay unique: the first (id, name) met in scene order (depth-first, as flattened) keeps its id; a later
 * label with the same id and another name gets a new id (largest id + 1, + 2, … in scene order), a later label with
 * the same name and another id gets the name {@code "<name>#2"} (#3, …). Each such repair is logged at warn level
 * with the file's name; the next write-back then writes the repaired ids and names.
 */
final class SavedParts {

    private static final Logger LOG = LogManager.getLogger(SavedParts.class);

    private SavedParts() {}

    /**
     * The ready state of a shape of {@code points} samples whose soup Geometries carried {@code scene.labels()}.
     *
     * @param triangleOfPoint soup triangle of each sampled point
     */
    static SessionState read(WriteBackScene scene, int[] triangleOfPoint) {
        TriangleSoup soup = scene.soup();
        SessionState ready = SessionState.ready(triangleOfPoint.length, soup.triangleCount());
        if (!scene.labelled()) {
            return ready;
        }
        Map<PartUserData.Label, PartUserData.Label> assigned = assign(scene.labels(), soup.fileName());
        int[] partOfGeometry = new int[soup.geometries().size()];
        for (int g = 0; g < partOfGeometry.length; g++) {
            partOfGeometry[g] =
                    scene.labels().get(g).map(l -> assigned.get(l).id()).orElse(SessionState.NO_PART);
        }
        int[] pt = new int[soup.triangleCount()];
        Map<Integer, int[]> count = new HashMap<>();
        Map<Integer, double[]> area = new HashMap<>();
        for (int t = 0; t < pt.length; t++) {
            int id = partOfGeometry[soup.geometryOfTriangle()[t]];
            pt[t] = id;
            if (id != SessionState.NO_PART) {
                count.computeIfAbsent(id, k -> new int[1])[0]++;
                area.computeIfAbsent(id, k -> new double[1])[0] += soup.areas()[t];
            }
        }
        int[] pp = new int[triangleOfPoint.length];
        for (int i = 0; i < pp.length; i++) {
            pp[i] = pt[triangleOfPoint[i]];
        }
        List<Part> parts = new ArrayList<>();
        assigned.values().stream()
                .distinct()
                .sorted((a, b) -> Integer.compare(a.id(), b.id()))
                .forEach(l -> parts.add(new Part(
                        l.id(), l.name(), Part.paletteColor(l.id()), count.get(l.id())[0], area.get(l.id())[0])));
        int next = parts.stream().mapToInt(Part::id).max().orElse(-1) + 1;
        LOG.debug("{}: opened with {} saved parts", soup.fileName(), parts.size());
        return new SessionState(
                SessionState.Phase.READY,
                List.of(),
                Mask.empty(pp.length),
                new boolean[pt.length],
                0,
                pp,
                pt,
                parts,
                next,
                false);
    }

    /** Each label as found → the label it gets in the session (unique ids and names). */
    static Map<PartUserData.Label, PartUserData.Label> assign(List<Optional<PartUserData.Label>> labels, String file) {
        int maxId = labels.stream()
                .flatMap(Optional::stream)
                .mapToInt(PartUserData.Label::id)
                .max()
                .orElse(-1);
        Map<PartUserData.Label, PartUserData.Label> out = new LinkedHashMap<>();
        Map<Integer, String> nameOfId = new HashMap<>();
        Map<String, Integer> idOfName = new HashMap<>();
        for (Optional<PartUserData.Label> o : labels) {
            if (o.isEmpty() || out.containsKey(o.get())) {
                continue;
            }
            PartUserData.Label found = o.get();
            int id = found.id();
            String name = found.name();
            if (nameOfId.containsKey(id)) {
                id = ++maxId;
                LOG.warn(
                        "{}: part id {} is used by '{}' and '{}'; '{}' gets id {}",
                        file,
                        found.id(),
                        nameOfId.get(found.id()),
                        name,
                        name,
                        id);
            }
            if (idOfName.containsKey(name)) {
                for (int k = 2; idOfName.containsKey(name); k++) {
                    name = found.name() + "#" + k;
                }
                LOG.warn(
                        "{}: part name '{}' is used by ids {} and {}; id {} is named '{}'",
                        file,
                        found.name(),
                        idOfName.get(found.name()),
                        found.id(),
                        id,
                        name);
            }
            nameOfId.put(id, name);
            idOfName.put(name, id);
            out.put(found, new PartUserData.Label(id, name));
        }
        return out;
    }
}
