/**
 * The mesh side of a model (issue 12): one world-space triangle soup for the whole model ({@link
 * org.iseg3d.core.mesh.TriangleMesh}), vertices welded by position ({@link org.iseg3d.core.mesh.VertexWelding}), its
 * over-segmentation into crease-bounded facets ({@link org.iseg3d.core.mesh.Facets}) and the facet-level helpers the
 * click engine uses ({@link org.iseg3d.core.mesh.FacetPooling}, {@link org.iseg3d.core.mesh.FacetSnap}).
 * Pure Java, primitive arrays, no engine types.
 */
package org.iseg3d.core.mesh;
