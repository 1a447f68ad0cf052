package dev.pantherkernel.magics.session;

import dev.pantherkernel.magics.connect.Environment;

import dev.pantherkernel.magics.core.Internal;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code %panther record} writes: the file named, else beside the notebook (whose path Jupyter's server gives the
 * kernel as {@code JPY_SESSION_NAME}), named after it; else, when the front end names no notebook (nbconvert, a
 * console), in the working directory.
 *
 * @param chosen how the place was chosen, for the cell to say
 */
@Internal
public record RecordingLocation(Path file, String chosen) {

    /** The variable Jupyter's server sets to the notebook's path when it starts a kernel for it. */
    public static final String NOTEBOOK_VARIABLE = "JPY_SESSION_NAME";
    static final String SUFFIX = ".recording.jsonl.gz";
    static final String UNNAMED = "panther" + SUFFIX;
    private static final String NOTEBOOK = ".ipynb";

    /**
     * @param given            the file the user named, or null
     * @param workingDirectory where relative names point (the kernel's working directory)
     */
    public static RecordingLocation of(String given, Environment environment, Path workingDirectory) {
        if (given != null) {
            return new RecordingLocation(workingDirectory.resolve(given).normalize(), "as named");
        }
        Optional<String> session = environment.variable(NOTEBOOK_VARIABLE).filter(name -> name.endsWith(NOTEBOOK));
        if (session.isPresent()) {
            Path notebook = Path.of(session.get());
            Path directory = notebook.isAbsolute() && notebook.getParent() != null ? notebook.getParent() : workingDirectory;
            String name = notebook.getFileName().toString();
            return new RecordingLocation(directory.resolve(name.substring(0, name.length() - NOTEBOOK.length()) + SUFFIX),
                    "beside the notebook " + name + " (from " + NOTEBOOK_VARIABLE + ")");
        }
        return new RecordingLocation(workingDirectory.resolve(UNNAMED), "in the working directory (the front end names no "
                + "notebook, as nbconvert does not: name a FILE to choose)");
    }
}
