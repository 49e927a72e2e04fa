package id.go.bnn.pasarbersinar.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Races for tests: tasks started at the same moment on their own threads. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs the tasks at the same moment; each outcome is the task's answer or the runtime exception it threw. */
    public static List<Object> race(List<Callable<Object>> tasks) throws Exception {
        return race(tasks, Duration.ofSeconds(60));
    }

    /** The same, for tasks that may take longer than a minute each (a node's start-up work). */
    public static List<Object> race(List<Callable<Object>> tasks, Duration timeout) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return task.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            if (!ready.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the racing threads did not start");
            }
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
