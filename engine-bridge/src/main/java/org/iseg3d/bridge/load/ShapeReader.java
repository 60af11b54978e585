package org.iseg3d.bridge.load;

import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The one call the evaluation uses: load a model file, flatten it to world-space triangles, label its parts
 * (sidecar {@code .parts.json} or defaults) and sample points on its surface.
 */
public final class ShapeReader {

    private static final Logger LOG = LogManager.getLogger(ShapeReader.class);

    private final SceneLoader loader;

    public ShapeReader() {
        this(new SceneLoader());
    }

    public ShapeReader(SceneLoader loader) {
        this.loader = loader;
    }

    /** {@link #read(Path, int, long)} with {@link SurfaceSampler#DEFAULT_POINTS} points and seed 0. */
    public SampledShape read(Path file) throws ModelLoadException {
        return read(file, SurfaceSampler.DEFAULT_POINTS, 0L);
    }

    /**
     * Loads, flattens, labels and samples {@code file}.
     *
     * @param points number of surface points, &gt; 0
     * @param seed   sampling seed; same file + points + seed give the same shape
     * @throws ModelLoadException with a one-line message naming the model (or its .parts.json) file
     */
    public SampledShape read(Path file, int points, long seed) throws ModelLoadException {
        if (points <= 0) {
            throw new IllegalArgumentException("points must be positive, got " + points);
        }
        LoadedScene scene = loader.load(file);
        TriangleSoup soup = SceneFlattener.flatten(scene);
        PartLabels labels = PartLabels.forModel(scene.file(), soup);
        SampledShape shape = SurfaceSampler.sample(soup, labels, points, seed);
        LOG.debug(
                "{}: {} points on {} triangles, parts {}",
                scene.fileName(),
                points,
                soup.triangleCount(),
                labels.partNames());
        return shape;
    }
}
