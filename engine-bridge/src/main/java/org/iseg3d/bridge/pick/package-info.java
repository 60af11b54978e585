/**
 * Picking: a ray (e.g. from a camera and screen coordinates) → the nearest triangle hit on the scene → the
 * nearest sampled point on the same Geometry. A miss is a {@link org.iseg3d.bridge.pick.PickResult.OffModel}
 * result, never an exception.
 */
package org.iseg3d.bridge.pick;
