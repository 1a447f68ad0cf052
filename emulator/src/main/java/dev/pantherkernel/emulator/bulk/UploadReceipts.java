package dev.pantherkernel.emulator.bulk;

import dev.pantherkernel.emulator.core.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Uploads taken in the background ({@code uploadDetectionEntitiesAsync}): each gets a receipt that reads
 * {@code NOT_PROCESSED} until its content is in the stores ({@code COMPLETED}) or refused ({@code FAILED}, with the
 * reason). One worker takes them in the order they came, as one upload at a time is what Panther takes.
 */
public final class UploadReceipts implements AutoCloseable {
    /** Receipts kept for polling; the oldest are forgotten beyond this. */
    static final int KEPT = 1000;
    private static final System.Logger LOG = System.getLogger(UploadReceipts.class.getName());

    /** The API's {@code UploadStatus}. */
    public enum Status {
        NOT_PROCESSED,
        COMPLETED,
        FAILED
    }

    /** The API's {@code DetectionEntitiesUploadStatusOutput}. */
    public record Receipt(String id, Status status, String error, UploadResult result, String mode, Instant createdAt,
            Instant updatedAt) {

        Receipt finished(Status newStatus, String newError, UploadResult newResult, Instant at) {
            return new Receipt(id, newStatus, newError, newResult, mode, createdAt, at);
        }
    }

    private final Clock clock;
    private final Map<String, Receipt> receipts = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Receipt> eldest) {
            return size() > KEPT;
        }
    };
    // the worker thread starts with the first upload, not with the emulator
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "emulator-uploads");
                t.setDaemon(true);
                return t;
            });

    public UploadReceipts(Clock clock) {
        this.clock = clock;
    }

    /** Queues the upload and returns its receipt id at once. */
    String submit(String mode, Supplier<UploadResult> upload) {
        Instant now = clock.instant();
        Receipt receipt = new Receipt(UUID.randomUUID().toString(), Status.NOT_PROCESSED, null, null, mode, now, now);
        synchronized (receipts) {
            receipts.put(receipt.id(), receipt);
        }
        worker.execute(() -> finish(receipt.id(), upload));
        return receipt.id();
    }

    private void finish(String id, Supplier<UploadResult> upload) {
        Status status;
        String error = null;
        UploadResult result = null;
        try {
            result = upload.get();
            status = Status.COMPLETED;
        } catch (UploadProblem e) {
            status = Status.FAILED;
            error = e.getMessage();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "upload " + id + " failed", e);
            status = Status.FAILED;
            error = "an unknown error occurred while taking the upload";
        }
        synchronized (receipts) {
            Receipt receipt = receipts.get(id);
            if (receipt != null) {
                receipts.put(id, receipt.finished(status, error, result, clock.instant()));
            }
        }
    }

    Receipt get(String id) {
        synchronized (receipts) {
            Receipt receipt = receipts.get(id);
            if (receipt == null) {
                throw ApiException.notFound("upload receipt " + id);
            }
            return receipt;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
