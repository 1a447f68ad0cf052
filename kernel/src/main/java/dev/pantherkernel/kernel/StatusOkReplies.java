package dev.pantherkernel.kernel;

import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.HistoryReply;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;

import java.util.ArrayList;
import java.util.List;

/**
 * Replies with the {@code "status": "ok"} field the messaging protocol asks of every reply; jjava 1.0-a6 leaves it
 * out of these two, and writes history entries as objects where the protocol has {@code [session, line, input]}.
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

    /**
     * A history_reply as the messaging spec shapes it: {@code [session, line, input]}, or
     * {@code [session, line, [input, output]]} when output was asked for.
     */
    static final class History implements ContentType<History> {
        @SuppressWarnings("unchecked")
        private static final MessageType<History> TYPE = (MessageType<History>) (MessageType<?>) HistoryReply.MESSAGE_TYPE;

        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";
        @SuppressWarnings("unused") // serialised by Gson
        private final List<List<Object>> history = new ArrayList<>();

        History(List<HistoryEntry> entries, boolean withOutput) {
            for (HistoryEntry e : entries) {
                Object input = withOutput ? List.of(e.getInput(), e.hasOutput() ? e.getOutput() : "") : e.getInput();
                history.add(List.of(e.getSession(), e.getCellNumber(), input));
            }
        }

        @Override
        public MessageType<History> getType() {
            return TYPE;
        }
    }
}
