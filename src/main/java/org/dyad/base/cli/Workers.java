package org.dyad.base.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the tasks of a bulk command on a few threads. Submitting blocks while {@code 2 × threads} tasks
 * are waiting, so a producer that reads files or generates articles stays just ahead of the workers
 * instead of holding them all in memory. The first task that throws stops the run: nothing more is
 * accepted, and {@link #submit} or {@link #finish} throws it (tasks already running complete first).
 */
public final class Workers implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    public Workers(int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.slots = new Semaphore(threads * 3);
    }

    /** The number of threads a bulk command uses unless told otherwise: one per processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public void submit(Runnable task) {
        rethrow();
        slots.acquireUninterruptibly();
        rethrow();
        pool.execute(() -> {
            try {
                if (failure.get() == null) {
                    task.run();
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e instanceof RuntimeException re ? re : new IllegalStateException(e));
            } finally {
                slots.release();
            }
        });
    }

    /** Waits for every submitted task; throws the first failure, if any. */
    public void finish() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // a long bulk run: keep waiting
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workers", e);
        }
        rethrow();
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            pool.shutdown();
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
