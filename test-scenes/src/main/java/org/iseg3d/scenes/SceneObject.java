package org.iseg3d.scenes;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A benchmark object: a category (e.g. {@code "chair"}), an object name (e.g. {@code "chair_01"})
 * and its ground-truth parts, whose names are unique within the object.
 */
public record SceneObject(String category, String name, List<MeshPart> parts) {

    public SceneObject {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        if (category.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("category and name must not be blank");
        }
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(name + ": an object needs at least one part");
        }
        Set<String> seen = new HashSet<>();
        for (MeshPart p : parts) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException(name + ": duplicate part name " + p.name());
            }
        }
    }

    public Optional<MeshPart> part(String partName) {
        return parts.stream().filter(p -> p.name().equals(partName)).findFirst();
    }

    public List<String> partNames() {
        return parts.stream().map(MeshPart::name).toList();
    }

    public int triangleCount() {
        return parts.stream().mapToInt(MeshPart::triangleCount).sum();
    }

    public double area() {
        return parts.stream().mapToDouble(MeshPart::area).sum();
    }
}
