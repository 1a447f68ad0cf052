package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a successful (HTTP 2xx) reply body. A reader that fails on broken JSON makes the call count as failed
 * in transit, so a query is tried again; a reader must therefore keep nothing from a body it did not finish.
 */
@Internal
@FunctionalInterface
public interface ReplyReader<T> {

    T read(InputStream body) throws IOException;
}
