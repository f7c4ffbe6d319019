package org.ogptracker.notifications.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.inbox.ConsumedEvent;
import org.ogptracker.platform.testing.TestMembers;

/**
 * A reader following the feed by its cursor never misses a change, however its writers'
 * transactions interleave: writers that take positions and commit them out of order would let a
 * reader step over a position that commits late (ChangeLog's lock is what prevents it).
 */
@QuarkusTest
class FeedOrderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WRITERS = 4;
  private static final int EACH = 25;

  @Inject
  ChangeLog log;

  @Inject
  ChangeFeed feed;

  @Test
  void a_reader_following_the_cursor_sees_every_change_of_concurrent_writers() throws Exception {
    String member = TestMembers.freshLocalCode('X');
    FeedQuery query = new FeedQuery(feed.head(), Set.of(), member, null);
    Set<String> written = ConcurrentHashMap.newKeySet();
    List<String> read = new ArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      writers.add(pool.submit(() -> {
        for (int i = 0; i < EACH; i++) {
          String id = UUID.randomUUID().toString();
          QuarkusTransaction.requiringNew().run(() -> {
            log.append(event(id, member));
            // Hold the transaction open a while after taking the position, as a consumer does
            // while it applies the rest of its poll.
            pause(ThreadLocalRandom.current().nextInt(0, 8));
          });
          written.add(id);
        }
        return null;
      }));
    }
    Thread closer = new Thread(() -> {
      for (Future<?> f : writers) {
        try {
          f.get();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      writing.set(false);
    });
    closer.start();
    long after = query.after();
    boolean last = false;
    while (!last) {
      last = !writing.get(); // one more read once every writer has committed
      ChangeFeed.Batch batch = feed.read(query.from(after), 200);
      batch.changes().forEach(c -> read.add(c.id()));
      after = batch.cursor();
      pause(1);
    }
    closer.join();
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);

    assertEquals(WRITERS * EACH, written.size());
    assertEquals(read.size(), new HashSet<>(read).size(), "a change read twice");
    Set<String> missed = new HashSet<>(written);
    read.forEach(missed::remove);
    assertEquals(Set.of(), missed, "changes the reader stepped over");
    assertEquals(written, new HashSet<>(read));
  }

  private static ConsumedEvent event(String id, String member) {
    try {
      return new ConsumedEvent(id, "ogp.country.updated.v1", "/countries-service", member,
          member, Instant.now(), JSON.readTree("{\"code\":\"" + member + "\"}"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
