package dev.pantherkernel.emulator.bulk;

/** Uploaded content that cannot be taken, with a message that names the file and what to change. */
final class UploadProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UploadProblem(String message) {
        super(message, null, false, false);
    }
}
