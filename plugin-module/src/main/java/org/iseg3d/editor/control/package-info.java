/**
 * The Part Segmentation editor's logic without Swing or OpenGL: what a mouse gesture means
 * ({@link org.iseg3d.editor.control.GestureInterpreter}), the orbit camera ({@link org.iseg3d.editor.control.OrbitCamera}),
 * what to draw ({@link org.iseg3d.editor.control.OverlayColors}) and the commands on the segmentation session
 * ({@link org.iseg3d.editor.control.SegmentationController}). The NetBeans window is a thin view over these.
 */
package org.iseg3d.editor.control;
