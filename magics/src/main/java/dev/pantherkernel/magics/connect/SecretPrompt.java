package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.core.Internal;
import java.util.Optional;

/** Asks the user for a secret without echoing it (Jupyter's password input); empty when it cannot ask. */
@Internal
@FunctionalInterface
public interface SecretPrompt {

    Optional<String> ask(String prompt);

    SecretPrompt NONE = prompt -> Optional.empty();
}
