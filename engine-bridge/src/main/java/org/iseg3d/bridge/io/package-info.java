/**
 * Writing jME scenes: atomic j3o save ({@link org.iseg3d.bridge.io.SceneSaver}), glTF 2.0 export with part labels in
 * node extras ({@link org.iseg3d.bridge.io.GltfSceneExporter}) and the per-triangle labels sidecar
 * ({@link org.iseg3d.bridge.io.LabelsJsonWriter}); every write goes to a sibling temporary file that is fsynced and
 * atomically moved over the target.
 */
package org.iseg3d.bridge.io;
