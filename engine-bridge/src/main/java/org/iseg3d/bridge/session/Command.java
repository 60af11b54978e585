package org.iseg3d.bridge.session;

import java.util.concurrent.CompletableFuture;

/** One session command: starts on the worker with the state current when it runs. */
@FunctionalInterface
interface Command<T> {

    CompletableFuture<Outcome<T>> start(SessionState current, CancellationToken token) throws Exception;
}
