package org.itaminer.ingest.ocr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * At most {@code size} engines, each lent to one thread at a time (a Tesseract instance is not thread-safe,
 * and each holds some 100 MB of native model memory, so their number is bounded rather than one per
 * thread). Engines are made when first needed and kept until {@link #close()}; a thread that finds all of
 * them busy waits for one.
 */
public final class EnginePool implements AutoCloseable {

    /** Makes an engine. */
    @FunctionalInterface
    public interface Factory {
        OcrEngine create() throws OcrException;
    }

    /** Work done with a borrowed engine. */
    @FunctionalInterface
    public interface Job<T> {
        T run(OcrEngine engine) throws OcrException;
    }

    private final Factory factory;
    private final int size;
    private final Deque<OcrEngine> idle = new ArrayDeque<>();
    private int made;
    private boolean closed;

    public EnginePool(Factory factory, int size) {
        this.factory = Objects.requireNonNull(factory, "factory");
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, was " + size);
        }
        this.size = size;
    }

    /** Runs {@code job} with an engine of the pool, waiting while all of them are busy. */
    public <T> T with(Job<T> job) throws OcrException, InterruptedException {
        OcrEngine engine = borrow();
        boolean healthy = false;
        try {
            T result = job.run(engine);
            healthy = true;
            return result;
        } finally {
            giveBack(engine, healthy);
        }
    }

    /** How many engines exist now (busy or idle). */
    public synchronized int made() {
        return made;
    }

    private OcrEngine borrow() throws OcrException, InterruptedException {
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("pool closed");
                }
                if (!idle.isEmpty()) {
                    return idle.pop();
                }
                if (made < size) {
                    made++; // reserved; the engine is made outside the lock (loading a model takes a second)
                    break;
                }
                wait();
            }
        }
        try {
            return factory.create();
        } catch (OcrException | RuntimeException | Error e) {
            synchronized (this) {
                made--;
                notifyAll();
            }
            throw e;
        }
    }

    /** An engine that threw is closed, not reused: its native state is not to be trusted. */
    private void giveBack(OcrEngine engine, boolean healthy) {
        boolean close;
        synchronized (this) {
            close = closed || !healthy;
            if (close) {
                made--;
            } else {
                idle.push(engine);
            }
            notifyAll();
        }
        if (close) {
            engine.close();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        OcrEngine engine;
        while (true) {
            synchronized (this) {
                engine = idle.poll();
                if (engine == null) {
                    return;
                }
                made--;
            }
            engine.close();
        }
    }
}
