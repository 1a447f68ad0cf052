package dev.pantherkernel.emulator.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent pieces of SQL work at once, each on its own thread, and collects their results in order. */
final class Parallel {
    private Parallel() {}

    static <T> List<T> all(List<Callable<T>> work) throws SQLException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, work.size()));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> piece : work) {
                futures.add(pool.submit(piece));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while generating the sample data", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
