package dev.pantherkernel.kernel.protocol;

import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.CommInfoReply;
import org.dflib.jjava.jupyter.messages.reply.HistoryReply;
import org.dflib.jjava.jupyter.messages.reply.InterruptReply;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;
import org.dflib.jjava.jupyter.messages.reply.ShutdownReply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replies with the {@code "status": "ok"} field the messaging protocol asks of every reply; jjava 1.0-a6 leaves it
 * out of these (kernel_info, history, comm_info, interrupt and shutdown replies), and writes history entries as
 * objects where the protocol has {@code [session, line, input]}.
 */
public final class StatusOkReplies {

    private StatusOkReplies() {
    }

    public static final class KernelInfo extends KernelInfoReply {
        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";

        public KernelInfo(String protocolVersion, String implementation, String implementationVersion,
                   LanguageInfo languageInfo, String banner, List<HelpLink> helpLinks) {
            super(protocolVersion, implementation, implementationVersion, languageInfo, banner, helpLinks);
        }
    }

    /** A reply content of ours: {@code "status": "ok"} and the fields of the subclass, as Gson writes them. */
    private abstract static class Ok<T> implements ContentType<T> {
        @SuppressWarnings("unused") // serialised by Gson
        private final String status = "ok";
        private final transient MessageType<T> type;

        @SuppressWarnings("unchecked")
        Ok(MessageType<?> type) {
            this.type = (MessageType<T>) type;
        }

        @Override
        public MessageType<T> getType() {
            return type;
        }
    }

    /**
     * A history_reply as the messaging spec shapes it: {@code [session, line, input]}, or
     * {@code [session, line, [input, output]]} when output was asked for.
     */
    public static final class History extends Ok<History> {
        @SuppressWarnings("unused") // serialised by Gson
        private final List<List<Object>> history = new ArrayList<>();

        public History(List<HistoryEntry> entries, boolean withOutput) {
            super(HistoryReply.MESSAGE_TYPE);
            for (HistoryEntry e : entries) {
                Object input = withOutput ? List.of(e.getInput(), e.hasOutput() ? e.getOutput() : "") : e.getInput();
                history.add(List.of(e.getSession(), e.getCellNumber(), input));
            }
        }
    }

    public static final class CommInfo extends Ok<CommInfo> {
        @SuppressWarnings("unused") // serialised by Gson
        private final Map<String, Map<String, String>> comms;

        public CommInfo(Map<String, Map<String, String>> comms) {
            super(CommInfoReply.MESSAGE_TYPE);
            this.comms = comms;
        }
    }

    public static final class Interrupt extends Ok<Interrupt> {
        public Interrupt() {
            super(InterruptReply.MESSAGE_TYPE);
        }
    }

    public static final class Shutdown extends Ok<Shutdown> {
        @SuppressWarnings("unused") // serialised by Gson
        private final boolean restart;

        public Shutdown(boolean restart) {
            super(ShutdownReply.MESSAGE_TYPE);
            this.restart = restart;
        }
    }
}
