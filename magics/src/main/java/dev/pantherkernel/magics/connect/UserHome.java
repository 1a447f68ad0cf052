package dev.pantherkernel.magics.connect;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's home as the shell, Jupyter and the XDG rules read it: {@code $HOME} when it is set to an absolute path.
 * The JVM's {@code user.home} comes from the password database instead, which a JupyterHub, a container image or a
 * test may not follow (and which is {@code ?} for a user id with no entry): only then is it the answer.
 */
final class UserHome {

    private UserHome() {
    }

    static Path of(Map<String, String> variables, String jvmUserHome) {
        String home = variables.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
            return Path.of(home);
        }
        return Path.of(jvmUserHome);
    }
}
