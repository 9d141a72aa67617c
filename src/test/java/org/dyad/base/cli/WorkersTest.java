package org.dyad.base.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void runs_every_task_on_the_given_number_of_threads() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger done = new AtomicInteger();
        try (Workers workers = new Workers(3, "test")) {
            for (int i = 0; i < 200; i++) {
                workers.submit(() -> {
                    threads.add(Thread.currentThread().getName());
                    done.incrementAndGet();
                });
            }
            workers.finish();
        }
        assertThat(done).hasValue(200);
        assertThat(threads).isNotEmpty().allMatch(name -> name.matches("test-[123]"));
    }

    @Test
    void a_producer_waits_instead_of_queueing_everything() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger submitted = new AtomicInteger();
        Workers workers = new Workers(2, "test");
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                workers.submit(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                submitted.incrementAndGet();
            }
        });
        producer.start();
        producer.join(500);
        assertThat(submitted.get()).as("held back at 3 tasks per thread").isEqualTo(6);
        release.countDown();
        producer.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(submitted).hasValue(100);
        workers.finish();
        workers.close();
    }

    @Test
    void the_first_failure_stops_the_run_and_is_thrown() {
        AtomicInteger ran = new AtomicInteger();
        try (Workers workers = new Workers(1, "test")) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100; i++) {
                    int n = i;
                    workers.submit(() -> {
                        ran.incrementAndGet();
                        if (n == 5) {
                            throw new IllegalStateException("article 5 failed");
                        }
                    });
                }
                workers.finish();
            }).isInstanceOf(IllegalStateException.class).hasMessage("article 5 failed");
        }
        assertThat(ran.get()).as("tasks after the failure are not run").isLessThan(100);
    }

    @Test
    void refuses_zero_threads() {
        assertThatThrownBy(() -> new Workers(0, "test")).isInstanceOf(IllegalArgumentException.class);
    }
}
