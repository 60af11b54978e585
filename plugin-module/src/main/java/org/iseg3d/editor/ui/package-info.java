/**
 * NetBeans UI of the Part Segmentation tool: the window ({@link org.iseg3d.editor.ui.PartSegmentationTopComponent}),
 * its actions, the options panel and the start-up hook. Thin views over {@code org.iseg3d.editor.control}.
 */
package org.iseg3d.editor.ui;
