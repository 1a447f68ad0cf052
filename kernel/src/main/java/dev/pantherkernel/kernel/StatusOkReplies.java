package dev.pantherkernel.kernel;

import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.reply.HistoryReply;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;

import java.util.List;

/**
 * Replies with the {@code "status": "ok"} field the messaging protocol asks of every reply; jjava 1.0-a6 leaves it
 * out of these two.
 */
final class StatusOkReplies {

    private StatusOkReplies() {
    }

    static final class KernelInfo extends KernelInfoReply {
        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";

        KernelInfo(String protocolVersion, String implementation, String implementationVersion,
                   LanguageInfo languageInfo, String banner, List<HelpLink> helpLinks) {
            super(protocolVersion, implementation, implementationVersion, languageInfo, banner, helpLinks);
        }
    }

    static final class History extends HistoryReply {
        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";

        History(List<HistoryEntry> history) {
            super(history);
        }
    }
}
