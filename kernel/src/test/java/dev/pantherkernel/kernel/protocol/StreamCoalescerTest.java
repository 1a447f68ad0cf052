package dev.pantherkernel.kernel.protocol;

import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishStream.StreamType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

class StreamCoalescerTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<PublishStream> sent = new CopyOnWriteArrayList<>();
    private final StreamCoalescer streams = new StreamCoalescer(timer, sent::add);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private static PublishStream out(String text) {
        return new PublishStream(StreamType.OUT, text);
    }

    @Test
    void manyWritesInARowGoOutAsOneMessageAfterAShortWait() throws InterruptedException {
        for (int i = 0; i < 1_000; i++) {
            streams.write(out(i + "\n"));
        }
        assertThat(sent).isEmpty();

        long deadline = System.nanoTime() + 2_000_000_000L;
        while (sent.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(sent).singleElement().extracting(PublishStream::getText).asString().startsWith("0\n1\n").endsWith("999\n");
    }

    @Test
    void aMessageGoesOutAtOnceWhenItHoldsEnoughText() {
        streams.write(out("x".repeat(StreamCoalescer.MAX_CHARS)));

        assertThat(sent).singleElement().extracting(PublishStream::getText).asString().hasSize(StreamCoalescer.MAX_CHARS);
    }

    @Test
    void aWriteToTheOtherStreamSendsWhatWaitedFirstSoTheOrderIsKept() {
        streams.write(out("a"));
        streams.write(new PublishStream(StreamType.ERR, "b"));
        streams.write(out("c"));
        streams.flush();

        assertThat(sent).extracting(PublishStream::getStreamType).containsExactly(StreamType.OUT, StreamType.ERR, StreamType.OUT);
        assertThat(sent).extracting(PublishStream::getText).containsExactly("a", "b", "c");
    }

    @Test
    void flushSendsWhatWaitsNowAndNothingWhenNothingWaits() {
        streams.flush();
        streams.write(out("now"));
        streams.flush();

        assertThat(sent).extracting(PublishStream::getText).containsExactly("now");
    }
}
