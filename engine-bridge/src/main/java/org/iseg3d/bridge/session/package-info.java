/**
 * The interactive segmentation session used by the editor plugin and the command line: open a scene, click,
 * scribble, accept parts, rename/delete/merge them, undo/redo every step, write the parts back into the scene.
 * Heavy work runs on a worker executor; results are applied through a pluggable scene-thread executor
 * ({@code app::enqueue} in the editor). See {@link org.iseg3d.bridge.session.SegmentationSession}.
 */
package org.iseg3d.bridge.session;
