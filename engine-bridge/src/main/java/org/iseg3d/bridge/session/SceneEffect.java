package org.iseg3d.bridge.session;

/** A scene graph change that can be undone (write-back); both methods run on the scene executor. */
interface SceneEffect {

    void redo();

    void undo();
}
