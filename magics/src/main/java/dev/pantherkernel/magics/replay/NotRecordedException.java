package dev.pantherkernel.magics.replay;

import dev.pantherkernel.magics.core.PantherException;

/** A replayed session asked for something the recording does not hold: nothing was sent anywhere instead. */
final class NotRecordedException extends PantherException {

    NotRecordedException(String message) {
        super(message);
    }
}
