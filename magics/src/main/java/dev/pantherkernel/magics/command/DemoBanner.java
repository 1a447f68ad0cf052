package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;

/**
 * A command that connected by itself, without {@code %panther connect}, and landed on the built-in demo says so
 * as {@code connect} does: synthetic alerts must never pass for real ones.
 */
final class DemoBanner {

    private DemoBanner() {
    }

    static Object onImplicitDemo(PantherSession session, Object value) {
        if (session != null && value instanceof Result result && session.takeDemoAnnouncement()) {
            return result.withFirstWarning(ConnectCommand.DEMO_BANNER);
        }
        return value;
    }
}
