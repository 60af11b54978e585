/**
 * Label transfer from sampled points to every triangle of the original meshes
 * ({@link org.iseg3d.bridge.transfer.LabelTransfer}) and the area-weighted IoU over triangles
 * ({@link org.iseg3d.bridge.transfer.AreaIou}).
 */
package org.iseg3d.bridge.transfer;
