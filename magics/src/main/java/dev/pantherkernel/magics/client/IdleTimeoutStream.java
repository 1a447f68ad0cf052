package dev.pantherkernel.magics.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.net.http.HttpTimeoutException;

/**
 * A reply body that gives up when no byte arrives for a while. java.net.http's request timeout ends when the
 * headers arrive; a body that stalls after that would otherwise hold the cell forever.
 */
final class IdleTimeoutStream extends FilterInputStream {

    private final long idleNanos;
    private final Duration idle;
    private final ScheduledFuture<?> check;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean timedOut;

    /** One watchdog per client checks all of its open bodies; its thread goes away while no body is open. */
    static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "panther-body-watchdog");
            t.setDaemon(true);
            return t;
        });
        pool.setKeepAliveTime(30, TimeUnit.SECONDS);
        pool.allowCoreThreadTimeOut(true);
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }

    IdleTimeoutStream(InputStream in, Duration idle, ScheduledExecutorService watchdog) {
        super(in);
        this.idle = idle;
        this.idleNanos = idle.toNanos();
        long period = Math.max(50, Math.min(1000, idle.toMillis() / 4));
        this.check = watchdog.scheduleWithFixedDelay(this::checkIdle, period, period, TimeUnit.MILLISECONDS);
    }

    private void checkIdle() {
        if (System.nanoTime() - lastActivity > idleNanos) {
            timedOut = true;
            check.cancel(false);
            try {
                in.close();
            } catch (IOException ignored) {
                // the reader sees the end of the stream and the flag below
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = guard(super.read());
        lastActivity = System.nanoTime();
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = guard(super.read(buffer, offset, length));
        lastActivity = System.nanoTime();
        return n;
    }

    private int guard(int result) throws IOException {
        if (timedOut) {
            throw new HttpTimeoutException("no data for " + idle.toSeconds() + " s in the middle of the reply");
        }
        return result;
    }

    @Override
    public void close() throws IOException {
        check.cancel(false);
        super.close();
    }
}
