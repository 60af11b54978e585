package org.iseg3d.bridge.session;

/** Told about online fine-tuning rounds of a session, on the session's scene executor. */
@FunctionalInterface
public interface FinetuneListener {

    void finetuned(FinetuneEvent event);
}
