package dev.pantherkernel.kernel;

import dev.pantherkernel.kernel.history.SessionHistory;
import dev.pantherkernel.kernel.jshell.CellFailure;
import dev.pantherkernel.kernel.jshell.CellThreads;
import dev.pantherkernel.kernel.jshell.JShellEvaluator;
import dev.pantherkernel.kernel.jshell.JavaCodeAssist;
import dev.pantherkernel.kernel.magic.CellMagicCall;
import dev.pantherkernel.kernel.magic.LineMagics;
import dev.pantherkernel.kernel.protocol.KernelIO;
import dev.pantherkernel.kernel.protocol.RequestCell;
import dev.pantherkernel.kernel.protocol.StatusOkReplies;
import dev.pantherkernel.kernel.protocol.StdinPrompt;
import dev.pantherkernel.kernel.render.FigureHtml;
import dev.pantherkernel.kernel.render.PlotlyCarrier;
import dev.pantherkernel.kernel.render.PlotlyJs;
import dev.pantherkernel.kernel.render.Renderers;
import dev.pantherkernel.kernel.render.ValueRenderer;
import dev.pantherkernel.kernel.session.DisplayProgress;
import dev.pantherkernel.kernel.session.BoundVariables;
import dev.pantherkernel.kernel.session.KernelNotebookHost;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.memory.HeapLevel;
import dev.pantherkernel.magics.session.PantherSession;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.util.TextColor;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.LinkedHashMap;

/**
 * The Jupyter kernel: Java cells in JShell, {@code %panther} magics, tables and charts rendered inline.
 * It speaks the protocol through jjava's {@link BaseKernel}; executing a cell is ours, so errors carry the
 * user's exception name, streams are flushed before the result, and history is kept.
 */
public final class PantherKernel extends BaseKernel {

    private static final Logger LOG = LoggerFactory.getLogger(PantherKernel.class);
    static final String VERSION = PantherMagics.version();
    /** How long an interrupted cell may take to wind down (cancel its query, say) before it is stopped. */
    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(10);
    /**
     * How full a collection may leave the heap before a Java cell's loops stop: past it an {@link OutOfMemoryError} is
     * near, and it could strike any thread, the kernel's own included. Above the limit where fetches stop (80%), so
     * that the rows a fetch kept leave Java cells room to work on them.
     */
    static final double JAVA_CELL_HEAP_LIMIT = 0.90;

    private final KernelIO kernelIO;
    private final SessionHistory history;
    private final CellThreads threads;
    private final LineMagics lineMagics;
    private final JShellWarmUp warmUp;
    private final CompletableFuture<JShellEvaluator> evaluator;
    private final Cells cells;
    private final KernelNotebookHost host;
    private final BoundVariables bound = new BoundVariables();
    private final PlotlyCarrier plotlyCarrier = new PlotlyCarrier();
    private final PantherSession session;
    private final PantherMagics panther;

    private PantherKernel(KernelIO io, SessionHistory history, Renderer renderer, MagicsRegistry magics, JShellWarmUp jshell) {
        this(io, history, renderer, magics, new LineMagics(), jshell);
    }

    /** One {@link LineMagics}: jjava's magic parser and the cells' translation to Java read the same one. */
    private PantherKernel(KernelIO io, SessionHistory history, Renderer renderer, MagicsRegistry magics,
                          LineMagics lineMagics, JShellWarmUp jshell) {
        super("panther", VERSION, languageInfo(), List.of(), history, io, new CommManager(), renderer,
                lineMagics.parser(), magics, false, errorStyler());
        this.lineMagics = lineMagics;
        this.kernelIO = io;
        this.history = history;
        this.warmUp = jshell;
        this.threads = jshell.threads();
        this.host = new KernelNotebookHost(name -> evaluator().variable(name), name -> evaluator().declaredType(name),
                () -> new DisplayProgress(io, io),
                io::readPassword, message -> System.err.println("warning: " + message), bound, jshell::hurry);
        this.session = new PantherSession(host);
        // the demo's start (for a first Tab, say) and javac's first compilation would share two cores
        jshell.yieldWhile(session::connectingNow);
        // tables are shown as the session's display says; registered before the warm-up renders anything
        Renderers.registerAll(renderer, new FigureHtml(PlotlyJs.find(), plotlyCarrier), session::display);
        // the first value rendered pays for the renderer's first look-ups: in the warm-up, not in the first cell (unless
        // that cell is waiting already, see JShellWarmUp)
        this.evaluator = jshell.ready().thenApply(ready -> {
            if (jshell.rehearsed()) {
                renderer.render(2);
            }
            // JShell's class index (for Tab in Java) is built while the kernel is idle: during a first %panther
            // command it would take the core that command's demo needs; a Java cell or Tab starts it otherwise
            if (!threads.inCell()) {
                ready.analysis();
            }
            return ready;
        });
        session.heap().onLow(level -> {
            // measured again after a full collection: a young collection's figure counts garbage not freed yet
            if (level.fraction() >= JAVA_CELL_HEAP_LIMIT && threads.cellWithoutHeapStop()) {
                HeapLevel now = session.heap().measureMakingRoom(JAVA_CELL_HEAP_LIMIT);
                if (now.fraction() >= JAVA_CELL_HEAP_LIMIT) {
                    threads.heapLow(now);
                }
            }
        });
        PantherMagics panther = new PantherMagics(session);
        this.panther = panther;
        magics.registerLineMagic("panther", (LineMagic<Object, PantherKernel>) (kernel, args) -> panther.line(args));
        // registered with jjava for its names; a %%panther cell is called with its body's line (see Cells)
        magics.registerCellMagic("panther", (CellMagic<Object, PantherKernel>) (kernel, args, body) -> panther.cell(args, body));
        this.cells = new Cells(this::evaluator, this::evaluatorIfReady, threads, lineMagics, this, this::declareBoundVariables,
                Map.of("panther", panther::cell));
    }

    /** Starts making JShell ready for {@link #create}, on a thread of its own: before anything else, as it takes longest. */
    static JShellWarmUp warmUpJShell() {
        return JShellWarmUp.begin(new CellThreads(INTERRUPT_GRACE));
    }

    /** A kernel with the {@code %panther} magics registered, its cells run by the JShell {@code jshell} makes ready. */
    static PantherKernel create(JShellWarmUp jshell) {
        return new PantherKernel(new KernelIO(StandardCharsets.UTF_8), new SessionHistory(), new ValueRenderer(),
                new MagicsRegistry(), jshell);
    }

    /**
     * Starts the built-in demo in the background when that is where {@code %panther} would connect (see
     * {@link PantherMagics#prepareDemo()}), once JShell is ready and no cell runs (else when that cell ends): on two
     * cores the demo's start would slow a first Java cell by a second. A {@code %panther} cell or a Tab before then
     * starts it itself.
     */
    void prepareDemo() {
        warmUp.ready().thenRun(() -> {
            if (!threads.inCell()) {
                panther.prepareDemo();
            }
        });
    }

    /** Where password prompts are asked (set before the connection opens; without it, jjava's blocking read). */
    void askInputOn(StdinPrompt prompt) {
        kernelIO.askInputOn(prompt);
    }

    @Override
    public void onStartup() {
        super.onStartup();
        PantherSession.install(session);
    }

    /** {@code --as NAME} asked for a variable: declare it now, between snippets, when JShell can take it. */
    private void declareBoundVariables() {
        for (Map.Entry<String, String> binding : bound.declarations()) {
            try {
                threads.evenIfInterrupted(() -> {
                    evaluator().bind(binding.getKey(), binding.getValue(), bound.value(binding.getKey()));
                    return null;
                });
            } catch (CellFailure failure) {
                throw PantherMagics.userError("could not bind --as " + binding.getKey() + ": " + failure.errorValue(), null);
            } catch (Exception unexpected) {
                throw PantherMagics.userError("could not bind --as " + binding.getKey() + ": " + unexpected.getMessage(),
                        unexpected);
            } finally {
                bound.forget(binding.getKey());
            }
        }
    }

    /** JShell if it is ready; empty while it warms up (or if it failed to start: {@link #evaluator()} says so). */
    private Optional<JShellEvaluator> evaluatorIfReady() {
        return evaluator.isDone() && !evaluator.isCompletedExceptionally() ? Optional.of(evaluator.join()) : Optional.empty();
    }

    private JShellEvaluator evaluator() {
        if (!evaluator.isDone()) {
            warmUp.hurry();
        }
        try {
            return evaluator.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JShell was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("JShell did not start: " + e.getCause(), e.getCause());
        }
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    private static StringStyler errorStyler() {
        return new StringStyler.Builder()
                .addPrimaryStyle(TextColor.BOLD_RESET_FG)
                .addSecondaryStyle(TextColor.BOLD_RESET_FG)
                .addHighlightStyle(TextColor.BOLD_RESET_FG)
                .addHighlightStyle(TextColor.RED_BG)
                .build();
    }

    /**
     * Runs a cell and replies. Nothing thrown here may reach jjava's shell thread, an {@link OutOfMemoryError} least
     * of all: whatever escapes the cell's own error reporting (which needs memory too) gets a last reply that needs
     * almost none, so the front end never waits for an answer that does not come.
     */
    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        int count = executionCount.get();
        try {
            count = executeRequest(env, message);
        } catch (Throwable escaped) {
            lastReply(env, count, escaped);
        }
    }

    /** The last reply to a cell whose error could not be reported the usual way; it must not throw. */
    private void lastReply(ShellReplyEnvironment env, int count, Throwable escaped) {
        try {
            String name = escaped.getClass().getSimpleName();
            String value = escaped instanceof OutOfMemoryError ? CellFailure.outOfMemory((OutOfMemoryError) escaped).errorValue()
                    : String.valueOf(escaped.getMessage());
            List<String> traceback = List.of(name + ": " + value);
            env.publish(new PublishError(name, value, traceback));
            ErrorReply reply = new ErrorReply(name, value, traceback);
            reply.setExecutionCount(count);
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
            LOG.error("the kernel could not report a cell's failure the usual way", escaped);
        } catch (Throwable unanswered) {
            // nothing is left to say it with; jjava still sends the idle status
        }
    }

    private int executeRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        try {
            return runRequest(env, message);
        } finally {
            if (evaluatorIfReady().isPresent()) {
                panther.prepareDemo(); // the demo's start waited for this cell (see prepareDemo); once only
            }
        }
    }

    private int runRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        int count = executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(request.getCode(), count));
        replaceOutputStreams(env);
        ShellReplyEnvironment cellSide = kernelIO.attach(env, request.isStdinEnabled());
        plotlyCarrier.cellStarts(RequestCell.id(message), RequestCell.deleted(message));
        env.defer(() -> kernelIO.detach(cellSide));
        try {
            Object value = cells.run(count, request.getCode());
            flushStreams();
            String shown = "";
            if (value != null && !request.isSilent()) {
                DisplayData data = value instanceof DisplayData d ? d : cells.show(value, renderer::render);
                env.publish(new PublishExecuteResult(count, data));
                Object text = data.getData(MIMEType.TEXT_PLAIN);
                shown = text == null ? "" : text.toString();
            }
            if (request.shouldStoreHistory()) {
                history.record(count, request.getCode(), shown);
            }
            env.defer().reply(new ExecuteReply(count, Map.of()));
        } catch (CellFailure failure) {
            replyWithError(env, request, count, failure);
        } catch (RuntimeException | Error unexpected) {
            LOG.error("the kernel failed to run a cell", unexpected);
            replyWithError(env, request, count, evaluatorFailure(unexpected));
        }
        return count;
    }

    private CellFailure evaluatorFailure(Throwable unexpected) {
        return evaluator.isDone() && !evaluator.isCompletedExceptionally()
                ? evaluator().failureOf(unexpected)
                : JShellEvaluator.failureOutside(unexpected);
    }

    private void replyWithError(ShellReplyEnvironment env, ExecuteRequest request, int count, CellFailure failure) {
        flushStreams();
        failure.kept().ifPresent(kept -> env.publish(new PublishDisplayData(renderer.render(kept))));
        if (request.shouldStoreHistory()) {
            history.record(count, request.getCode(), "");
        }
        env.publish(new PublishError(failure.errorName(), failure.errorValue(), failure.traceback()));
        ErrorReply reply = new ErrorReply(failure.errorName(), failure.errorValue(), failure.traceback());
        reply.setExecutionCount(count);
        env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
    }

    private void flushStreams() {
        kernelIO.flush();
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        env.reply(new StatusOkReplies.KernelInfo(Header.PROTOCOL_VERISON, name, version, getLanguageInfo(),
                getBanner(), getHelpLinks()));
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        HistoryRequest request = message.getContent();
        List<HistoryEntry> entries = history.answer(request);
        env.reply(new StatusOkReplies.History(entries, request.includeOutput()));
    }

    @Override
    protected void handleShutdownRequest(ShellReplyEnvironment env, Message<ShutdownRequest> message) {
        boolean restart = message.getContent().isRestart();
        env.setBusyDeferIdle();
        env.defer().reply(new StatusOkReplies.Shutdown(restart));
        onShutdown(restart);
        env.resolveDeferrals(); // before the connection closes
        env.markForShutdown();
    }

    @Override
    protected void handleInterruptRequest(ShellReplyEnvironment env, Message<InterruptRequest> message) {
        env.setBusyDeferIdle();
        env.defer().reply(new StatusOkReplies.Interrupt());
        interrupt();
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.COMM_INFO_REQUEST, this::handleCommInfoRequest);
    }

    private void handleCommInfoRequest(ShellReplyEnvironment env, Message<CommInfoRequest> message) {
        env.setBusyDeferIdle();
        String target = message.getContent().getTargetName();
        Map<String, Map<String, String>> comms = new LinkedHashMap<>();
        for (Comm comm : commManager) {
            if (target == null || target.equals(comm.getTargetName())) {
                comms.put(comm.getID(), Map.of("target_name", comm.getTargetName()));
            }
        }
        env.reply(new StatusOkReplies.CommInfo(comms));
    }

    @Override
    public Object evalRaw(String source) {
        try {
            return cells.run(executionCount.get(), source);
        } catch (CellFailure failure) {
            throw new IllegalStateException(failure.errorName() + ": " + failure.errorValue());
        }
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        if (PantherMagics.isMagicText(code, at)) {
            return panther.inspect(code, at).map(DisplayData::new).orElse(null);
        }
        return new JavaCodeAssist(evaluator()).inspect(lineMagics.toJava(code), at)
                .map(DisplayData::new)
                .orElse(null);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        if (PantherMagics.isMagicText(code, at)) {
            return panther.complete(code, at)
                    .map(c -> new ReplacementOptions(c.candidates(), c.start(), c.end()))
                    .or(() -> MagicNameCompletion.complete(code, at, getMagicsRegistry()))
                    .orElse(null);
        }
        return new JavaCodeAssist(evaluator()).complete(code, at)
                .map(c -> new ReplacementOptions(c.candidates(), c.start(), c.end()))
                .orElse(null);
    }

    @Override
    public String isComplete(String code) {
        if (CellMagicCall.looksLikeOne(code)) {
            // like IPython: a cell magic goes on until an empty line
            return code.endsWith("\n") && code.strip().contains("\n") ? IS_COMPLETE_YES : "";
        }
        String answer = new JavaCodeAssist(evaluator()).isComplete(lineMagics.toJava(code));
        return "invalid".equals(answer) ? IS_COMPLETE_BAD : answer;
    }

    @Override
    public void interrupt() {
        threads.interrupt();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        session.close();
        if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) {
            evaluator().close();
        }
        super.onShutdown(isRestarting);
    }

    @Override
    protected ClassLoader getClassLoader() {
        return PantherKernel.class.getClassLoader();
    }
}
