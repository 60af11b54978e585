/**
 * Write-back of a segmentation into the jME scene graph: every affected Geometry is split into one Geometry per
 * part (all vertex buffers and the material kept), grouped under a Node per part carrying the
 * {@link org.iseg3d.bridge.io.PartUserData} keys. Preparation is pure (off the render thread);
 * {@link org.iseg3d.bridge.writeback.PreparedWriteBack#apply()} and {@code revert()} run on the scene thread.
 */
package org.iseg3d.bridge.writeback;
