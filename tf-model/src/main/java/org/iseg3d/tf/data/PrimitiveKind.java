package org.iseg3d.tf.data;

/**
 * The surface primitives of the procedural repository, the stand-in for the paper's primitive repository extracted
 * from ABC models (iSeg3D, Sec. 3.1: "plane, circle, cylinder, etc."). Each generated primitive becomes one
 * segment. Every kind is built in a local frame whose +y is its main axis (cylinder axis, plate normal, handle
 * "up", rod length) by {@link PrimitiveFactory}.
 */
public enum PrimitiveKind {
    /** Flat rectangle. */
    PLANE,
    /** Flat disc. */
    DISC,
    /** Flat ring. */
    ANNULUS,
    /** Closed box, six faces as one primitive. */
    BOX,
    /** Box without its top face (tray, drawer, shell). */
    OPEN_BOX,
    /** Box with rounded edges and corners. */
    ROUNDED_BOX,
    /** Box with chamfered edges. */
    BEVELLED_BOX,
    /** Concave quarter-round strip, as between a floor and a wall. */
    FILLET,
    /** Elliptic cylinder with zero, one or two caps. */
    CYLINDER,
    /** Open cylinder over part of the circle (curved panel, gutter). */
    PARTIAL_CYLINDER,
    /** Cone or frustum, optionally capped. */
    FRUSTUM,
    /** Sphere or ellipsoid. */
    SPHERE,
    /** Spherical cap or hemisphere, optionally closed by a disc. */
    SPHERICAL_CAP,
    /** Full torus (ring, rim). */
    TORUS,
    /** Torus segment: bent tube, handle. */
    TORUS_SEGMENT,
    /** Extruded 2-D outline (L, U, T, cross, polygon, ellipse, rounded rectangle) with caps. */
    EXTRUSION,
    /** Thin plate (box or rounded box of small thickness). */
    THIN_PLATE,
    /** Thin rod (round or square). */
    ROD,
    /** Surface of revolution of a random profile (vase, bottle, bowl). */
    REVOLUTION,
    /** Tube swept along a random smooth curve. */
    SWEPT_TUBE
}
