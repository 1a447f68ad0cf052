package dev.pantherkernel.magics.core;


/**
 * A command line the grammar does not accept. Its message is one line that names what was wrong
 * and what to do, so the kernel shows it without a stack trace.
 */
@Internal
public class UsageException extends PantherException {

    public UsageException(String message) {
        super(message);
    }
}
