/**
 * The jME side of the Part Segmentation window: a {@link org.iseg3d.editor.view.SegmentationViewApp} rendered into an
 * AWT panel ({@code AwtPanelsContext}), with the model, the mask/part overlay and the orbit camera.
 */
package org.iseg3d.editor.view;
